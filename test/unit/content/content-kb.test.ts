import { compileContent } from '../../../src/content/compile-content.ts';
import { readContent } from '../../../src/content/load-knowledge.ts';
import { parseCatalogue } from '../../../src/core/knowledge/catalogue.ts';
import {
  type Block,
  type Entry,
  knowledgeBaseSchema,
  supportedLocales,
} from '../../../src/core/knowledge/entry.ts';
import { plainText } from '../../../src/core/knowledge/inline.ts';
import { getLocalized } from '../../../src/core/knowledge/localized.ts';
import { summarizeCause } from '../../../src/core/knowledge/summary.ts';

const warnings: string[] = [];
const kb = compileContent(undefined, (m) => warnings.push(m));
const catalogue = parseCatalogue(readContent().catalogue);
const byId = (id: string): Entry => {
  const found = kb.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const learnLocale = { en: 'en-us', sv: 'sv-se', 'zh-CN': 'zh-cn', fr: 'fr-fr' } as const;

/** Every link and image address anywhere in the compiled text. */
function addresses(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) addresses(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'href' || key === 'src') && typeof v === 'string') out.push(v);
      else addresses(v, out);
    }
  }
  return out;
}

describe('the knowledge base compiled from content/', () => {
  it('holds exactly the catalogue ids, in catalogue order, with the catalogue platform, and passes the schema', () => {
    expect(kb.entries.map((e) => [e.id, e.platform])).toEqual(catalogue.map((r) => [r.id, r.platform]));
    expect(knowledgeBaseSchema.safeParse(kb).success).toBe(true);
    expect(warnings).toEqual([]);
  });

  it.each(catalogue.map((r) => r.id))('%s has a title, a cause and something to do in every locale', (id) => {
    const entry = byId(id);
    for (const locale of supportedLocales) {
      const l = entry.locales[locale];
      expect(l.title.length).toBeGreaterThan(0);
      const steps = l.causes.flatMap((c) => summarizeCause(c).steps);
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.every((s) => s.length > 0)).toBe(true);
    }
  });

  it('has sv, zh-CN and fr text for every iOS entry and English fallbacks, flagged, for the general article', () => {
    for (const entry of kb.entries) {
      for (const locale of ['sv', 'zh-CN', 'fr'] as const) {
        expect([entry.id, locale, entry.locales[locale].fallback]).toEqual([
          entry.id,
          locale,
          entry.id.startsWith('general/'),
        ]);
      }
    }
    const cap = byId('general/device-cap-reached');
    expect(cap.locales.sv).toEqual({ ...cap.locales.en, fallback: true });
  });

  it('gives each translation the same cause ids as English', () => {
    for (const entry of kb.entries) {
      const ids = entry.locales.en.causes.map((c) => c.id);
      for (const locale of supportedLocales)
        expect(entry.locales[locale].causes.map((c) => c.id)).toEqual(ids);
    }
    expect(
      byId('ios/profile-installation-failed-connection-to-the-server-could-not-be-established').locales.en
        .causes,
    ).toHaveLength(5);
  });

  it('deep-links each entry to its section on learn.microsoft.com in the locale it is written in', () => {
    for (const entry of kb.entries) {
      for (const locale of supportedLocales) {
        const l = entry.locales[locale];
        const shown = l.fallback ? 'en' : locale;
        expect(l.url).toMatch(
          new RegExp(
            `^https://learn\\.microsoft\\.com/${learnLocale[shown]}/troubleshoot/mem/intune/device-enrollment/[a-z-]+#[a-z0-9_-]+$`,
          ),
        );
      }
    }
    expect(byId('ios/ade-enrollment-stuck-at-user-login').locales['zh-CN'].url).toMatch(
      /#ade-enrollment-stuck-at-user-login$/,
    );
  });

  it('makes every link absolute, relative doc links in the locale of the text', () => {
    const all = addresses(kb);
    expect(all.length).toBeGreaterThan(20);
    for (const href of all) expect(href).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/i);
    const push = byId('ios/this-service-is-not-supported-no-enrollment-policy');
    expect(addresses(push.locales.sv)).toContain(
      'https://learn.microsoft.com/sv-se/mem/intune/enrollment/apple-mdm-push-certificate-get#steps-to-get-your-certificate',
    );
  });

  it('drops HTML comments and anchor tags from the text', () => {
    const text = JSON.stringify(kb);
    expect(text).not.toContain('byodtestservice');
    expect(text).not.toMatch(/<a name|<!--|\[!NOTE\]/);
  });

  it('maps the DEP sections of the older zh-CN and fr translations to the ADE ids', () => {
    expect(byId('ios/ade-enrollment-doesnt-start').locales.fr.title).toContain('DEP');
    expect(byId('ios/ade-enrollment-doesnt-start').locales['zh-CN'].title).toContain('DEP');
    expect(byId('ios/ade-enrollment-doesnt-start').locales.sv.title).toContain('ADE');
  });

  it('keeps the CNAME table, the DNS note and the XPC log as such', () => {
    const connection = byId(
      'ios/profile-installation-failed-connection-to-the-server-could-not-be-established',
    );
    const cname = connection.locales.en.causes[1];
    const table = cname?.outro.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(table?.header.map(plainText)).toEqual(['TYPE', 'Host name', 'Points to', 'TTL']);
    expect(table?.rows[0]?.map(plainText)).toEqual([
      'CNAME',
      'EnterpriseEnrollment.company_domain.com',
      'EnterpriseEnrollment-s.manage.microsoft.com',
      '1 Hr',
    ]);
    expect(cname?.outro.at(-1)).toMatchObject({ kind: 'note', level: 'note' });
    const xpc = byId('ios/xpc_type_error-connection-invalid').locales.en.intro;
    expect(xpc[1]).toMatchObject({ kind: 'code', language: 'asciidoc' });
    expect(xpc[1]?.kind === 'code' && xpc[1].code.startsWith('mobileassetd[83]')).toBe(true);
  });

  it('keeps notes inside numbered steps and the Important callout typed', () => {
    const cap = byId('ios/device-cap-reached').locales.en.causes[0];
    expect(cap?.steps[0]?.blocks).toEqual([expect.objectContaining({ kind: 'note', level: 'note' })]);
    const registry = byId('general/the-machine-is-already-enrolled---error-hr-0x8007064c').locales.en
      .causes[0];
    expect(registry?.steps.at(-1)?.blocks).toEqual([
      expect.objectContaining({ kind: 'note', level: 'important' }),
    ]);
    const renew = byId('ios/accountnotonboarded').locales.fr.causes[0];
    expect(renew?.outro[0]).toMatchObject({ kind: 'note', level: 'important' });
  });

  it('keeps the screenshots of the Samsung steps with their alt text', () => {
    const samsung = byId(
      'general/devices-fail-to-check-in-with-the-intune-service-and-display-as-unhealthy-in-the-intune-admin-console',
    ).locales.en.causes[0];
    expect(samsung?.alternatives.map((a) => a.title)).toEqual([
      'Resolution #1',
      'Resolution #2',
      'Resolution #3',
    ]);
    const steps = samsung?.alternatives[2]?.steps ?? [];
    expect(steps).toHaveLength(6);
    expect(steps[1]?.blocks).toEqual([
      {
        kind: 'image',
        alt: 'Select the Battery tile',
        src: expect.stringMatching(/^https:\/\/.+smart-manager-battery-tile\.png$/),
      },
    ]);
  });

  it('gives "User Name Not Recognized" its steps although it has no Resolution heading', () => {
    const id =
      'ios/user-name-not-recognized-this-user-account-is-not-authorized-to-use-microsoft-intune-contact-your-system-administrator-if-you-think-you-have-received-this-message-in-error';
    for (const locale of supportedLocales) expect(byId(id).locales[locale].causes[0]?.steps).toHaveLength(4);
  });

  it('collects the codes a user may paste', () => {
    expect(byId('ios/noenrollmentpolicy').codes).toEqual(['NoEnrollmentPolicy']);
    expect(byId('ios/accountnotonboarded').codes).toEqual(['AccountNotOnboarded']);
    expect(byId('ios/xpc_type_error-connection-invalid').codes).toEqual(['XPC_TYPE_ERROR']);
    expect(byId('general/device-cap-reached').codes).toEqual(['DeviceCapReached']);
    expect(byId('general/error-code-0x8024d015').codes).toEqual([
      '0x8024D015',
      '0x00240005',
      '0x80070BC2',
      '0x80070BC9',
      '0x80CFD015',
    ]);
    expect(byId('general/error-code-0x80cf0440').codes).toEqual(['0x80CF0440']);
    for (const entry of kb.entries)
      for (const code of entry.codes) expect(code).toMatch(/^0x[0-9A-F]+$|^[A-Za-z_]+$/);
  });

  it('serves the asked locale through getLocalized, English when none is known', () => {
    const entry = byId('ios/device-cap-reached');
    expect(getLocalized(entry, 'sv').title).toBe('Enhetstaket har nåtts');
    expect(getLocalized(entry, null).title).toBe('Device Cap Reached');
  });
});
