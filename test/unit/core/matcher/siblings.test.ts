import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { capOnIos, hybridConsole, pifAndroid, pifIos, pifPayload, pifServer } from './held-out-labels.ts';

const matcher = createMatcher(loadKnowledgeBase());
const first = (text: string) => {
  const r = matcher.match(text);
  return { id: r.hits[0]?.id, confident: r.confident };
};

// "Profile installation failed" is the whole general iOS card and the first sentence of the iOS cards that
// each name one cause: the message says which family, the rest of the text which card.
describe('a sibling card that names the cause the text describes', () => {
  test.each([
    ['en', 'Profile installation failed on the iPad, the DNS has no CNAME record for enrollment'],
    ['sv', 'Profilinstallationen misslyckades på iPhonen, vi har inga CNAME-poster i DNS för registreringen'],
    ['fr', 'Échec de l’installation du profil sur l’iPad, seuls les appareils d’entreprise sont autorisés'],
    ['zh-CN', 'iPhone 描述文件安装失败，只允许公司拥有的设备注册'],
  ])('comes before the general card that only holds the message (%s)', (_, text) => {
    expect(first(text)).toEqual({ id: pifServer, confident: true });
  });

  test('a management profile already installed is the payload card, not the general one', () => {
    expect(first('描述文件安装失败，iPhone 上已经装了别的管理描述文件').id).toBe(pifPayload);
  });

  test.each([
    ['sv', 'installationen av profilen misslyckas, det finns ingen CNAME-post för registrering i vår DNS'],
    ['fr', 'l’installation du profil échoue : aucun enregistrement CNAME d’inscription dans le DNS'],
  ])('that already leads is no question against the general cards it holds (%s)', (_, text) => {
    expect(first(text)).toEqual({ id: pifServer, confident: true });
  });

  // People's words for a device the user owns, or one the company bought (the enrollment restriction).
  test.each([
    ['en', 'profile installation failed on the iPads staff bring from home'],
    ['en', 'profile installation failed except on company-bought iPhones'],
    ['sv', 'profilinstallationen misslyckas bara på deras egna telefoner'],
    ['fr', 'échec de l’installation du profil, sauf sur les iPhone fournis par l’entreprise'],
    ['zh-CN', '描述文件安装失败，只有员工的私人手机这样'],
  ])('personal devices name the restriction card (%s)', (_, text) => {
    expect(first(text)).toEqual({ id: pifServer, confident: true });
  });

  test('the message alone stays the general card of the platform named', () => {
    expect(first('Profile installation failed on my iPhone')).toEqual({ id: pifIos, confident: true });
    // An iOS card's cause on an Android phone is no better reading: the Android card says the same.
    expect(
      first(
        'Profile installation failed on the Android phone, it is still enrolled with another MDM provider',
      ),
    ).toEqual({ id: pifAndroid, confident: true });
  });
});

// On an iPhone, "Company Portal Temporarily Unavailable" is also what a user over the device limit sees; both
// articles say so, so the two cards are one answer, not a question between them.
describe('the Company Portal error with the device limit', () => {
  test.each([
    [
      'en',
      'Company Portal temporarily unavailable on her iPhone and she already has fifteen devices enrolled',
    ],
    [
      'sv',
      'Företagsportalen är tillfälligt otillgänglig på iPhonen, hon har redan nått gränsen för antal enheter',
    ],
  ])('is answered with one of the cards (%s)', (_, text) => {
    const answer = first(text);
    expect(answer.confident).toBe(true);
    expect(capOnIos).toContain(answer.id);
  });
});

// "ConfigMgr" as people write it is split at its capital like any compound word; its split form is
// Configuration Manager too, so the card about Configuration Manager is read, not only the APNs words.
describe('Configuration Manager written as ConfigMgr', () => {
  test.each([
    [
      'en',
      'iPhones enrolled through ConfigMgr do not show up, the APNs certificate was downloaded under another account',
    ],
    [
      'sv',
      'iPhones som registrerats via ConfigMgr syns inte, APNs-certifikatet hämtades från ett annat konto',
    ],
    ['zh-CN', '通过 ConfigMgr 注册的 iPhone 不显示，APNs 证书是从另一个账户下载的'],
  ])('puts the Configuration Manager card first, not the APNs card (%s)', (_, text) => {
    expect(first(text).id).toBe(hybridConsole);
  });
});
