import { KnowledgeBaseError } from '../../../../src/core/knowledge/errors.ts';
import { plainText } from '../../../../src/core/knowledge/inline.ts';
import { summarizeCause } from '../../../../src/core/knowledge/summary.ts';
import { causeOf, compile, entry } from './fixtures.ts';

const iosEn = `# Troubleshoot iOS

## Error messages

### Profile Installation Failed. Connection to the server could not be established.

**Cause:** Your tenant only allows corporate-owned devices.

#### Resolution
1. Allow personal iOS devices.
2. Re-enroll the device.

**Cause**: The CNAME records don't exist.

#### Resolution
Create CNAME records for your domain.

|TYPE|Host name|
|---|---|
|CNAME|EnterpriseEnrollment.contoso.com|

> [!NOTE]
> DNS changes take up to 72 hours.

### User Name Not Recognized.

**Cause:** The user has no valid Intune license.

1. Assign a license.
2. Re-enroll the device.

### NoEnrollmentPolicy

**Cause:** The APNs certificate is missing.

#### Resolution
Verify that a valid APNs certificate is added to Intune.

## Other issues

### ADE enrollment doesn't start
When you turn on an ADE-managed device, enrollment isn't initiated.

**Cause:** The profile was created before the ADE token was uploaded.

#### Resolution
1. Edit the enrollment profile.
2. Sync ADE-managed devices.
`;

const iosFr = `# <a name="troubleshoot"></a>Résoudre

### <a name="profile-installation-failed-connection-to-the-server-could-not-be-established"></a>Échec de l’installation du profil.

**Cause :** Votre client autorise uniquement les appareils d’entreprise.

#### <a name="resolution"></a>Résolution
1. Autorisez les appareils iOS personnels.
2. Réinscrivez l’appareil.

**Cause :** Les enregistrements CNAME n’existent pas.

#### <a name="resolution"></a>Résolution
Créez des enregistrements CNAME.

### <a name="dep-enrollment-doesnt-start"></a>L’inscription DEP ne démarre pas
Lorsque vous activez un appareil géré par DEP, l’inscription n’est pas initiée.

**Cause :** Le profil est créé avant le chargement du jeton DEP.

#### <a name="resolution"></a>Résolution
1. Modifiez le profil.
2. Synchronisez les appareils DEP.
`;

const general = `# Troubleshoot device enrollment

## Android issues
### Devices fail to check in and display as "Unhealthy"
**Issue:** Some Samsung devices stop checking in.

**Resolution #1:**

Tell your users to start the Company Portal app manually.

> [!IMPORTANT]
> This is a temporary solution.

**Resolution #2:**

Tell your users to upgrade to Android 6.0.

### Profile installation failed
**Issue:** A user receives a **Profile installation failed** error on an Android device.

**Resolution:**

1.  Confirm the license.

## iOS issues
### Profile installation failed
**Issue:** A user receives a **Profile installation failed** error on an iOS device.

### Troubleshooting steps for failed profile installation

1.  Confirm the license.
2.  Confirm that Safari is the default browser.

### Other iOS enrollment errors
See the user documentation.

## PC  Issues

### The machine is already enrolled - Error hr 0x8007064c
**Issue:** Enrollment fails with the error **The machine is already enrolled**.

**Resolution:**

1. Delete the Intune certificate.

## General enrollment Error codes

|Error code|Possible problem|Suggested resolution|
|---|---|---|
|0x80CF0437 |The clock is wrong.|Set the clock.|
|0x80240438, 0x80cf0438, 0x80CF402C|Cannot connect to the Intune service.|Verify the proxy.|
|0x80240438, 0x80CF0438|Proxy settings are not configured.|Configure the proxy.|
`;

const iosRows: [string, string][] = [
  ['ios/profile-installation-failed-connection-to-the-server-could-not-be-established', 'ios'],
  ['ios/user-name-not-recognized', 'ios'],
  ['ios/noenrollmentpolicy', 'ios'],
  ['ios/ade-enrollment-doesnt-start', 'ios'],
];
const generalRows: [string, string][] = [
  ['general/devices-fail-to-check-in-and-display-as-unhealthy', 'android'],
  ['general/profile-installation-failed', 'android'],
  ['general/profile-installation-failed-1', 'ios'],
  ['general/the-machine-is-already-enrolled---error-hr-0x8007064c', 'windows'],
  ['general/error-code-0x80cf0437', 'windows'],
  ['general/error-code-0x80240438', 'windows'],
  ['general/error-code-0x80240438-1', 'windows'],
];
const files = {
  'ios-enrollment-errors.en.md': iosEn,
  'ios-enrollment-errors.fr.md': iosFr,
  'device-enrollment.en.md': general,
};
const kb = compile([...iosRows, ...generalRows], files);

describe('compiling an article section into an entry', () => {
  it('makes each Cause paragraph a cause with ids in document order, each with its own steps', () => {
    const en = entry(kb, iosRows[0]?.[0] ?? '').locales.en;
    expect(en.causes.map((c) => [c.id, plainText(c.summary)])).toEqual([
      ['c1', 'Your tenant only allows corporate-owned devices.'],
      ['c2', "The CNAME records don't exist."],
    ]);
    expect(summarizeCause(causeOf(en, 0)).steps).toEqual([
      'Allow personal iOS devices.',
      'Re-enroll the device.',
    ]);
  });

  it('takes a one-paragraph resolution as the step and keeps the table and note after it', () => {
    const cname = causeOf(entry(kb, iosRows[0]?.[0] ?? '').locales.en, 1);
    expect(summarizeCause(cname).steps).toEqual(['Create CNAME records for your domain.']);
    expect(cname.outro.map((b) => b.kind)).toEqual(['table', 'note']);
  });

  it('reads steps that follow the cause without a Resolution heading', () => {
    const en = entry(kb, 'ios/user-name-not-recognized').locales.en;
    expect(summarizeCause(causeOf(en, 0)).steps).toEqual(['Assign a license.', 'Re-enroll the device.']);
  });

  it('keeps the symptom text before the first cause as the intro', () => {
    const en = entry(kb, 'ios/ade-enrollment-doesnt-start').locales.en;
    expect(en.intro.map((b) => (b.kind === 'paragraph' ? plainText(b.text) : b.kind))).toEqual([
      "When you turn on an ADE-managed device, enrollment isn't initiated.",
    ]);
  });

  it('finds ADE entries under the dep- anchors of the older translations, with the same cause ids', () => {
    const ade = entry(kb, 'ios/ade-enrollment-doesnt-start');
    expect(ade.locales.fr.fallback).toBe(false);
    expect(ade.locales.fr.title).toBe('L’inscription DEP ne démarre pas');
    expect(ade.locales.fr.url).toBe(
      'https://learn.microsoft.com/fr-fr/troubleshoot/mem/intune/device-enrollment/troubleshoot-ios-enrollment-errors#ade-enrollment-doesnt-start',
    );
    const connection = entry(kb, iosRows[0]?.[0] ?? '');
    expect(connection.locales.fr.causes.map((c) => c.id)).toEqual(
      connection.locales.en.causes.map((c) => c.id),
    );
    expect(plainText(causeOf(connection.locales.fr, 0).summary)).toBe(
      'Votre client autorise uniquement les appareils d’entreprise.',
    );
  });

  it('falls back to English, flagged, where a locale has no article or the translation lacks the entry', () => {
    const warnings: string[] = [];
    const withWarnings = compile(iosRows, files, (m) => warnings.push(m));
    const noEnrollmentPolicy = entry(withWarnings, 'ios/noenrollmentpolicy');
    expect(noEnrollmentPolicy.locales.fr).toEqual({ ...noEnrollmentPolicy.locales.en, fallback: true });
    expect(noEnrollmentPolicy.locales.sv.fallback).toBe(true);
    expect(warnings).toEqual(expect.arrayContaining([expect.stringContaining('ios/noenrollmentpolicy')]));
  });

  it('makes "Resolution #n" paragraphs alternatives, a note staying with the steps it follows', () => {
    const cause = causeOf(entry(kb, generalRows[0]?.[0] ?? '').locales.en);
    expect(cause?.steps).toEqual([]);
    expect(cause?.alternatives.map((a) => a.title)).toEqual(['Resolution #1', 'Resolution #2']);
    expect(cause?.alternatives[0]?.steps[0]?.blocks.map((b) => b.kind)).toEqual(['note']);
    expect(summarizeCause(cause)).toEqual({
      cause: '',
      steps: [
        'Tell your users to start the Company Portal app manually.',
        'Tell your users to upgrade to Android 6.0.',
      ],
    });
  });

  it('tells the two "Profile installation failed" sections apart and gives the iOS one its steps heading', () => {
    const android = entry(kb, 'general/profile-installation-failed').locales.en;
    const ios = entry(kb, 'general/profile-installation-failed-1').locales.en;
    expect(summarizeCause(causeOf(android, 0)).steps).toEqual(['Confirm the license.']);
    expect(summarizeCause(causeOf(ios, 0)).steps).toEqual([
      'Confirm the license.',
      'Confirm that Safari is the default browser.',
    ]);
    expect(ios.url).toMatch(/troubleshoot-device-enrollment-in-intune#profile-installation-failed-1$/);
  });

  it('collects error codes from the heading, upper-cased', () => {
    expect(entry(kb, 'general/the-machine-is-already-enrolled---error-hr-0x8007064c').codes).toEqual([
      '0x8007064C',
    ]);
    expect(entry(kb, 'ios/noenrollmentpolicy').codes).toEqual(['NoEnrollmentPolicy']);
  });

  it('makes every row of the error-code table an entry, a repeated first code suffixed -1', () => {
    const proxy = entry(kb, 'general/error-code-0x80240438');
    const proxy1 = entry(kb, 'general/error-code-0x80240438-1');
    expect(proxy.codes).toEqual(['0x80240438', '0x80CF0438', '0x80CF402C']);
    expect(proxy1.codes).toEqual(['0x80240438', '0x80CF0438']);
    expect(proxy1.locales.en.title).toBe('Proxy settings are not configured.');
    expect(summarizeCause(causeOf(proxy1.locales.en, 0))).toEqual({
      cause: 'Proxy settings are not configured.',
      steps: ['Configure the proxy.'],
    });
    expect(proxy.locales.en.url).toMatch(/#general-enrollment-error-codes$/);
    expect(proxy.locales.sv.fallback).toBe(true);
  });

  it('records the article date from the front matter as an ISO date', () => {
    expect(entry(kb, 'ios/noenrollmentpolicy').locales.en.articleDate).toBe('2019-11-18');
  });
});

describe('compile errors', () => {
  const expectError = (fn: () => unknown, code: string, ...words: string[]) => {
    let caught: unknown;
    try {
      fn();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(KnowledgeBaseError);
    expect((caught as KnowledgeBaseError).code).toBe(code);
    for (const word of words) expect((caught as Error).message).toContain(word);
  };

  it('names the id and the file when the catalogue lists a section the article lacks', () => {
    expectError(
      () => compile([['ios/device-cap-reached', 'ios']], files),
      'entry-missing',
      'ios/device-cap-reached',
      'ios-enrollment-errors.en.md',
    );
  });

  it('names the id when the English article is missing', () => {
    expectError(
      () => compile([['ios/noenrollmentpolicy', 'ios']], { 'device-enrollment.en.md': general }),
      'article-missing',
      'ios/noenrollmentpolicy',
      'ios-enrollment-errors.en.md',
    );
  });

  it('names the catalogue line with a bad platform', () => {
    expectError(
      () => compile([['ios/noenrollmentpolicy', 'macos']], files),
      'catalogue-invalid',
      'line 2',
      'macos',
    );
  });
});
