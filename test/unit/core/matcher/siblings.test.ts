import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { pifAndroid, pifIos, pifPayload, pifServer } from './held-out-labels.ts';

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
