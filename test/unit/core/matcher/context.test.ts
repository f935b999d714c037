import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';

const matcher = createMatcher(loadKnowledgeBase());

describe('the context of a question decides its confidence', () => {
  test.each([
    // another MDM product
    ['SimpleMDM shows Device Cap Reached for this user'],
    ['MicroMDM: Profile Installation Failed on the iPhone'],
    // another OS
    ['Profile installation failed on the iMac'],
    // an app's own code
    ['TestFlight build logs XPC_TYPE_ERROR Connection invalid on launch'],
    ['vår egenutvecklade app loggar XPC_TYPE_ERROR Connection invalid'],
    // app protection and Entra sign-in errors
    ['AADSTS700016 when the user signs in to the Company Portal'],
    ['Word på iPad: organisationens krav på dataåtkomst kontrolleras hela tiden'],
    // other products' device limits
    ['Kindle app: device limit reached for this account'],
    // how to configure, in four languages
    ['How do I configure Apple Business Manager so that new iPads enroll?'],
    ['Hur konfigurerar man gränsen för antal enheter?'],
    ['Comment configurer la limite d’inscription des appareils ?'],
    ['如何配置设备注册限制？'],
    // how to change a limit, not a failure
    ['how do I increase the device limit per user?'],
    ['hur ökar man gränsen för antal enheter per användare?'],
    ['comment augmenter le nombre d’appareils autorisés par utilisateur ?'],
    ['怎么提高每个用户的设备数量上限？'],
    // another company's app and its push certificate
    ['le certificat push de notre appli a expiré'],
  ])('"%s" is not answered confidently', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test('an unmistakable error message still wins over a how-to phrasing around it', () => {
    const r = matcher.match('Device Cap Reached — how do I configure a higher limit?');
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toMatch(/device-cap-reached$/);
  });

  test('naming Intune, the Company Portal or ADE lets a description in the user’s words be answered', () => {
    const plain = 'new tablets from the reseller never show remote management';
    const anchored = 'new ADE tablets never show remote management';
    expect(matcher.match(anchored).confident).toBe(true);
    expect(matcher.match(anchored).hits[0].id).toBe('ios/ade-enrollment-doesnt-start');
    expect(matcher.match(plain).confident).toBe(false);
  });

  test('a move from another MDM to Intune is the documented cause, not another product', () => {
    const moving = matcher.match(
      'we are migrating from MobileIron to Intune and the iPhones still carry the MobileIron management profile',
    );
    expect(moving.outOfScope).toBeUndefined();
    expect(moving.hits[0].id).toBe(
      'ios/profile-installation-failed-the-new-mdm-payload-does-not-match-the-old-payload',
    );
    expect(matcher.match('MobileIron: the iPhones refuse the new management profile').outOfScope).toBe(true);
  });

  test.each([
    // something else named only as what works
    [
      'Our Macs are fine, only the iPhones get Device Cap Reached in the Company Portal',
      'device-cap-reached',
    ],
    [
      'Outlook fungerar, men Företagsportalen säger Användarlicenstypen är ogiltig på iPhone',
      'license-type-invalid',
    ],
    // another MDM named as the devices' past
    [
      'Ces iPad étaient gérés par Mosyle avant. Maintenant : Échec de l’installation du profil. Une erreur réseau s’est produite.',
      'a-network-error-has-occurred',
    ],
    // another MDM named beside Intune itself
    ['我们从 Kandji 换到了 Intune，iPhone 注册时出现 AccountNotOnboarded', 'accountnotonboarded'],
    // a vendor once named as the former MDM stays the former MDM in the next sentence
    [
      'Vi lämnade Addigy. iPads har kvar Addigy-profilen: Den nya MDM-nyttolasten matchar inte den gamla nyttolasten.',
      'does-not-match-the-old-payload',
    ],
  ])('"%s" names another product or OS only as background: answered', (text, id) => {
    const r = matcher.match(text, { platform: 'ios' });
    expect(r.outOfScope).toBeUndefined();
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toContain(id);
  });

  test.each([
    // the other OS is where it fails, though an iPhone works
    ['MacBook via Company Portal: Profile installation failed. The iPhone of the same user enrolled fine'],
    // "works" denied
    ['Våra Mac-datorer fungerar inte heller: Enhetstaket har nåtts'],
    // the devices are not in Intune at all
    ['Hexnode : NoEnrollmentPolicy dans le journal, on n’a jamais utilisé Intune'],
    ['Jamf 的 iPad 提示已达到设备上限，我们没用过 Intune'],
    // another OS, another product's activation limit, a question about reports
    ['Apple TV: the ADE profile is assigned but tvOS never shows Remote Management'],
    ['Adobe dit que le nombre maximal d’activations est atteint sur mes deux ordinateurs'],
    ['有没有报表能看每个用户注册了多少台设备？'],
  ])('"%s" keeps the other setting in charge: not answered confidently', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test.each([
    ['ADE-iPads registreras bara när vi byter till ett annat nätverk, på kontorets wifi avbryts det'],
    ['les iPhone ADE ne s’inscrivent que sur un autre réseau, sur le wifi du bureau l’inscription échoue'],
    ['DEP iPads only enroll after switching to another network, the office wifi drops them'],
    ['ADE 的 iPhone 只有换个网络才能注册，公司的无线网络不行'],
  ])('"%s" is the connection to Apple during ADE, not an ADE that does not start', (text) => {
    const r = matcher.match(text);
    expect(r.hits[0].id).toBe('ios/xpc_type_error-connection-invalid');
    expect(r.confident).toBe(true);
  });

  test('a phone is not a Windows PC: phone words keep the PC client rows back', () => {
    const r = matcher.match('the phone says it is already registered and the user cannot add another one');
    expect(r.hits[0]?.id ?? '').not.toMatch(/^general\/(error-code|the-machine)/);
  });
});

describe('a bare name is no problem report', () => {
  test.each([
    ['Authenticator'],
    ['Safari'],
    ['Smart Manager'],
    ['the Authenticator app'],
    ['Authenticator-appen'],
    ["l'application Authenticator"],
    ['Safari 浏览器'],
  ])('"%s" alone is not answered confidently', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test.each([
    ['Workplace Join', 'ios/workplace-join-failed'],
    ['maintenance mode', 'general/error-code-0x80043002'],
    ['Connection invalid', 'ios/xpc_type_error-connection-invalid'],
    ['DeviceCapReached', 'general/device-cap-reached'],
  ])('"%s", words of a documented message or a code, is still an answer', (text, id) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe(id);
  });
});

describe('names no list holds are read from where they stand', () => {
  test.each([
    // placed as the managing system: a cue before or after the name, or a product-shaped name ending in MDM
    ['Kiteworks MDM shows Device Cap Reached for this user'],
    ['our iPads are managed by Brightline and show Profile Installation Failed'],
    ['Brightline-managed tablets: Company Portal Temporarily Unavailable'],
    ['QuillMDM: profile installation failed on every iPad'],
    ['iPads som hanteras av Brightline visar "Enhetstaket har nåtts"'],
    ["les iPad gérés par Brightline affichent « Nombre maximal d'appareils atteint »"],
    ['由 Brightline 管理的 iPad 提示“已达到设备上限”'],
    // an operating system by its name's shape, an app's code identifier
    ['NimbusOS tablets: Company Portal says Device Cap Reached'],
    ['registerForPushNotificationsWithToken returns AccountNotOnboarded in our tests'],
    // a sign-in failure's decimal code
    ['Error code: 530003 after enrolling the iPad in Company Portal'],
  ])('"%s" is another setting: not confident, out of scope', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(false);
    expect(r.outOfScope).toBe(true);
  });

  test.each([
    ['Do we need to renew the ADE token every year?'],
    ['Behöver vi förnya ADE-token varje år?'],
    ['Faut-il renouveler le jeton ADE chaque année ?'],
    ['每年都需要续订 ADE 令牌吗？'],
  ])('"%s" asks how things are set up, by the shape of the question', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test('the same question opener before a failure is a problem report', () => {
    const r = matcher.match('Do we need to do anything when ADE iPads are stuck after the password?');
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe('ios/ade-enrollment-stuck-at-user-login');
  });

  test.each([
    // another product beside Intune, or another system given other devices in the same sentence
    ['We use Brightline for VPN and Intune for MDM; the new iPhone says Device Cap Reached'],
    ['Jamf for the Macs and Intune for the iPads, and the iPads get Device Cap Reached'],
    ['Jamf för Mac-datorerna och Intune för telefonerna; iPhones får "Enhetstaket har nåtts"'],
    [
      'Jamf pour les Mac et Intune pour les iPhone ; le Portail d’entreprise affiche « Nombre maximal d’appareils atteint »',
    ],
    ['Mac 用 Jamf 管理，iPhone 用 Intune 管理；公司门户提示“已达到设备上限”'],
    // another OS in a clause that says it works
    ['Our NimbusOS laptops enroll fine, only the iPhones fail with Device Cap Reached'],
    // device makers and models, a ticket heading: no other system
    ['Lenovo Tab M9: Company Portal says Device Cap Reached'],
  ])('"%s" is still answered', (text) => {
    const r = matcher.match(text);
    expect(r.outOfScope).toBeUndefined();
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toMatch(/device-cap-reached$/);
  });

  test.each([
    ['Provisioned with Fernhill, the Android scanners show Profile installation failed'],
    ['Fernhill Mobile: users reach the device cap on the third phone'],
    ["Agent Fernhill sur les iPad : « Échec de l'installation du profil » après la mise à jour"],
  ])('"%s" places another system by its provisioning or by heading the post', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(false);
    expect(r.outOfScope).toBe(true);
  });

  test.each([
    ['Details: Device Cap Reached on the iPhone of the new hire'],
    ['Ticket SR20931: Company Portal shows Device Cap Reached'],
    ['Bugsnag is fine on the iPad, but Company Portal says Device Cap Reached'],
    // a team or a place heading a ticket, before the documented message itself
    ['Warehouse Team iPhones: Device Cap Reached'],
  ])('"%s": a field label, a ticket id or a crash reporter that works is no other setting', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toMatch(/device-cap-reached$/);
  });

  test.each([['Has anyone set up ADE for shared iPads?'], ['Hur gör ni med ADE för delade iPads?']])(
    '"%s" asks how others set things up',
    (text) => {
      expect(matcher.match(text).confident).toBe(false);
    },
  );

  test('a person saying what the device shows is no product', () => {
    const r = matcher.match('Maria says the iPad hangs after she types her password during ADE setup');
    expect(r.outOfScope).toBeUndefined();
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe('ios/ade-enrollment-stuck-at-user-login');
  });

  test("a log line's component before a documented code is no other system", () => {
    const r = matcher.match('11:02:13.407 Error PolicyAgent: enrollment failed: 0x80CF0437');
    expect(r.outOfScope).toBeUndefined();
    expect(r.hits[0].id).toBe('general/error-code-0x80cf0437');
  });

  test('a ticket heading and a device model are no product', () => {
    const r = matcher.match(
      'Ticket 5521: Zebra TC57 shows Profile installation failed during Company Portal enrollment',
    );
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe('general/profile-installation-failed');
  });

  test.each([
    ['公司门户 App'],
    ['Intune 公司门户应用'],
    ['公司门户应用程序'],
    ['the Intune Company Portal app'],
  ])('"%s" is only names: no answer is confident', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });
});

describe('a name no list, article or common word knows, placed by no cue', () => {
  test.each([
    ['Tablets rolled out with Fennix get stuck on the Remote Management screen forever'],
    ['Since moving to Tidewell 3 the phones report the maximum number of devices is reached'],
    ['The Orvana client on our shared tablets throws "device limit reached" at every shift change'],
    ['anyone know why Kestrel Hub shows the user is not authorized on a couple of iPhones?'],
    ['Nos terminaux sous Ombrea indiquent que la connexion au serveur est impossible pendant l’inscription'],
  ])('leaves the system open: "%s" is not answered confidently, its entry still listed', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(false);
    expect(r.hits.length).toBeGreaterThan(0);
  });

  test.each([
    // Intune named: the unknown name is the organisation's own business, not its MDM.
    ['iPhones enrolled in Intune at our Fennix depot get stuck on the Remote Management screen'],
    // a short post that is the documented message word for word
    ['Orvana tablets: Device Cap Reached'],
    // a person after a greeting, a place before a word for a place, an organisation written with "&"
    [
      'Hi Ahmed, new iPads from Apple Business Manager in the Malmö office skip enrollment and go straight to the home screen',
    ],
    ['Since Monday the Birmingham site gets Profile installation failed when enrolling iPhones'],
    ['After we renamed the company to Baker & Lowe nobody can create policies or enroll devices'],
    ['Hej Sara, iPhonen på Göteborgskontoret säger att användarnamnet inte känns igen'],
  ])('is no other system where the text places it: "%s" is still answered', (text) => {
    expect(matcher.match(text).confident).toBe(true);
  });
});
