import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import { defaultMatcherData } from '../../../../src/core/matcher/matcher-data.ts';
import { buildPhraseIndex } from '../../../../src/core/matcher/phrase-index.ts';

const kb = loadKnowledgeBase();
const matcher = createMatcher(kb);
const deviceCap = ['ios/device-cap-reached', 'general/device-cap-reached'];

describe('a name opening a sentence in plain capitals', () => {
  test.each([
    ['Zentrovia keeps blocking the profile install on our iPads'],
    ['Hi all. Velmora blocks the management profile on new iPhones, any idea?'],
    ["Brivantis's console shows device cap reached for one user"],
    ['Zentrovia stoppar installationen av hanteringsprofilen på våra iPhones'],
    ["Velmora bloque l'installation du profil sur nos iPad"],
    ['Velmora bloque les iPhone : Device Cap Reached'],
    ['Zentrovia 一直阻止 iPad 安装描述文件'],
  ])('"%s" is a product doing it, not answered confidently', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test.each([
    ['Maria keeps getting Device Cap Reached on her new iPhone'],
    ['Johan får Device Cap Reached på sin nya iPhone'],
    ['Yesterday the iPhones started failing with Device Cap Reached'],
    ['Sigrun says her new iPhone shows Device Cap Reached'],
    ['Oskarsson säger att iPhonen visar Device Cap Reached'],
    ['Aurélie indique que son iPhone affiche Device Cap Reached'],
  ])('"%s": a person or an ordinary word opening the sentence is no product', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(deviceCap).toContain(r.hits[0].id);
  });
});

describe('a documented message quoted beside a name no list holds', () => {
  test.each([
    ['Our Calvex scanners show profile installation failed'],
    ['Dravik tablets display Device Cap Reached'],
    ['Calvex-skannrarna visar Profile installation failed'],
    ['Quorvane visar Device Cap Reached för en användare'],
    ['nos terminaux Calvex affichent Profile installation failed'],
    ['Calvex 扫描枪显示 Device Cap Reached'],
  ])('"%s" is the named product’s message when the name shows it', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test.each([
    ['Calvex: Device Cap Reached'],
    ['Sales Team iPhones: Device Cap Reached'],
    ['Sales iPhones show Device Cap Reached'],
  ])('"%s" is the documented message when nothing makes the name show it', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(deviceCap).toContain(r.hits[0].id);
  });
});

describe('saying only that enrollment fails', () => {
  test.each([
    ['enrollment broken'],
    ["can't enroll"],
    ['Intune enrollment is broken'],
    ['enrollment fails on all new devices'],
    ['iPhone kan inte registreras'],
    ['registreringen är trasig'],
    ["les appareils ne s'inscrivent pas"],
    ["l'inscription est cassée"],
    ['注册不了'],
    ['设备注册失败'],
  ])('"%s" is no answer yet', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test.each([
    ["users can't enroll another device, they already have too many", deviceCap],
    ['kan inte registrera fler enheter, gränsen för antal enheter är nådd', deviceCap],
    ["impossible d'inscrire un nouvel appareil, la limite d'appareils est atteinte", deviceCap],
    ['无法注册新设备，已达到设备数量上限', deviceCap],
    ['no device can enroll, the MDM authority was never set', ['general/mdm-authority-not-defined']],
    ['Workplace Join failed', ['ios/workplace-join-failed']],
  ])('"%s" says what fails: answered', (text, ids) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(ids).toContain(r.hits[0].id);
  });
});

describe('macOS release names, which are also places', () => {
  test.each([
    ['Device Cap Reached on Sonoma'],
    ['after upgrading to Sequoia the Macs show Device Cap Reached'],
    ['macOS 15 Sequoia: Device Cap Reached'],
    ['Sonoma 14.5 Device Cap Reached'],
    ['sedan vi uppgraderade till Sonoma visar datorerna Device Cap Reached'],
    ['depuis la mise à jour vers Sequoia, les postes affichent Device Cap Reached'],
    ['升级到 Sonoma 之后提示 Device Cap Reached'],
  ])('"%s" is macOS, not answered confidently', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test.each([
    ['our office in Monterey: iPhones show Device Cap Reached'],
    ['the iPads at our Ventura store get Device Cap Reached'],
    ['på kontoret i Monterey får iPhones Device Cap Reached'],
    ['au bureau de Monterey les iPhone affichent Device Cap Reached'],
    ['蒙特雷 Monterey 办公室的 iPhone 提示 Device Cap Reached'],
  ])('"%s" names a place: answered', (text) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(deviceCap).toContain(r.hits[0].id);
  });
});

describe('spelling correction leaves real words of the text’s language alone', () => {
  const { analyzer } = buildPhraseIndex(kb, defaultMatcherData());
  const corrected = (text: string) =>
    analyzer
      .analyze(text)
      .filter((t) => t.fuzzy)
      .map((t) => t.term);

  test.each([
    ['the iPhone says the phone was sent back and the old one is lost'],
    ['vi har provat igen, skärmen är stor och han sade att det inte går'],
    ['il a fait une réinitialisation mais rien, un appel au support aussi'],
  ])('"%s" keeps its words', (text) => {
    expect(corrected(text)).toEqual([]);
  });

  test('a misspelt word and another ending of an article word are still read', () => {
    expect(corrected('enrolment faild on the iphone')).toContain('§fail');
    expect(corrected('les iPhone échouent')).toContain('§fail');
  });
});

describe('a documented message the text only denies', () => {
  test.each([
    [
      'we never retired the PC in the console, just reinstalled the client, and now enrolling it again fails every time',
    ],
    [
      'vi pensionerade aldrig datorn i konsolen innan vi installerade om klienten, nu misslyckas registreringen igen',
    ],
    ["on n'a jamais retiré le PC de la console, on a juste réinstallé le client et la réinscription échoue"],
    ['电脑没停用就重装了系统，再注册就失败'],
    ['users have not reached the device limit but still cannot enroll a new iPhone'],
  ])('"%s" is a question, not that message', (text) => {
    expect(matcher.match(text).confident).toBe(false);
  });

  test.each([
    [
      'after reinstalling the Company Portal the iPhone still can’t do Workplace Join',
      'ios/workplace-join-failed',
    ],
    [
      'the PC was retired in the console by mistake and now the client says the computer has been retired',
      'general/error-code-0x80043005',
    ],
  ])('"%s": a failure said with a negation, or the message itself, is still answered', (text, id) => {
    const r = matcher.match(text);
    expect(r.confident).toBe(true);
    expect(r.hits[0].id).toBe(id);
  });
});
