import type { ConversationState, TurnOutput } from '../../../../src/core/conversation/turn.ts';
import type { Locale } from '../../../../src/core/knowledge/entry.ts';
import { realConversation } from '../../../fakes/real-conversation.ts';

/**
 * Whole conversations held as a demanding new user would, in the four languages, from the first message
 * to the last: the decision each ends in (where the conversation stands, the card on screen, whether the
 * problem went to a person with what was said). A number is a button of the last reply pressed by typing.
 */

type Expect = {
  stage: ConversationState['stage'];
  /** The last card shown. */
  card?: string;
  pending?: ConversationState['pending'];
  platform?: string;
  /** The last turn handed the problem to a person, with this error text on the case. */
  handedOff?: string;
};
type Held = [name: string, locale: Locale, messages: string[], expected: Expect];

const connection = 'ios/profile-installation-failed-connection-to-the-server-could-not-be-established';
const multiCause = 'Profile Installation Failed. Connection to the server could not be established.';

const conversations: Held[] = [
  // Starting with an error code, a pasted message, a description.
  ['code, fixed', 'en', ['0x80CF0437', 'fixed'], { stage: 'idle' }],
  [
    'iPhone device cap, then yes',
    'en',
    ['My iPhone says Device Cap Reached', 'yes'],
    { stage: 'showing-resolution', card: 'ios/device-cap-reached' },
  ],
  [
    'fr device cap, none of these',
    'fr',
    ['mon iPhone affiche « Nombre maximal d’appareils atteint »', 'ça n’a pas aidé', 'aucun'],
    { stage: 'no-match' },
  ],
  [
    'zh device cap, then 不知道',
    'zh-CN',
    ['设备上限已达到', '不知道'],
    { stage: 'showing-resolution', card: 'ios/device-cap-reached' },
  ],
  [
    'sv refused code, then a person',
    'sv',
    ['0x80180014', 'prata med en människa'],
    { stage: 'escalated', handedOff: '0x80180014' },
  ],
  [
    'long Swedish description',
    'sv',
    [
      'Hej! Vi har ett problem med att registrera nya iPads via ADE. Efter att användaren loggat in med sitt jobbkonto och fått MFA-frågan fastnar installationsassistenten. Vad ska jag kolla?',
    ],
    { stage: 'showing-resolution', card: 'ios/ade-enrollment-stuck-at-user-login' },
  ],
  [
    'French sentence with a code',
    'fr',
    [
      'Bonjour, depuis ce matin aucun de nos PC Windows ne s’inscrit, le journal indique 0x80CF0437. Que faire ?',
    ],
    { stage: 'showing-resolution', card: 'general/error-code-0x80cf0437' },
  ],
  [
    'Chinese description',
    'zh-CN',
    ['我们的安卓手机在公司门户里注册时提示已达到设备上限，但是用户只有两台设备，怎么办？'],
    { stage: 'showing-resolution', card: 'general/device-cap-reached' },
  ],
  [
    'only emoji, then a code',
    'en',
    ['🙏', '...', '0x80cf0437 on two laptops', 'ok', '1'],
    { stage: 'showing-resolution', card: 'general/error-code-0x80cf0437' },
  ],
  [
    'vague, then platform, then I dont know',
    'en',
    ['enrollment fails on windows', 'I dont know'],
    { stage: 'no-match', platform: 'windows' },
  ],
  // Answering the questions in unexpected ways.
  [
    'platform: idk',
    'en',
    ['Profile installation failed', 'idk'],
    { stage: 'choosing-entry', platform: 'unknown' },
  ],
  [
    'platform: its an iphone',
    'en',
    ['Company portal temporarily unavailable', 'its an iphone'],
    { stage: 'showing-resolution', platform: 'ios' },
  ],
  [
    'platform: 不晓得 then 安卓那个',
    'zh-CN',
    ['Profile installation failed', '不晓得', '安卓那个'],
    { stage: 'showing-resolution', card: 'general/profile-installation-failed' },
  ],
  [
    'platform: sv skip then den för iphone',
    'sv',
    ['Profile installation failed', 'hoppa över', 'den för iphone'],
    { stage: 'showing-resolution', card: 'general/profile-installation-failed-1' },
  ],
  [
    'platform: android, then actually iPhone',
    'en',
    ['Profile installation failed', 'android', 'actually it is an iPhone'],
    { stage: 'showing-resolution', card: 'general/profile-installation-failed-1' },
  ],
  ['choosing: both', 'en', ['Profile installation failed', 'skip', 'both'], { stage: 'choosing-entry' }],
  [
    'history: it worked before yes',
    'en',
    [multiCause, 'it worked before yes'],
    { stage: 'asking', pending: 'usersAffected' },
  ],
  [
    'history: det fungerade tidigare',
    'sv',
    [multiCause, 'det fungerade tidigare'],
    { stage: 'asking', pending: 'usersAffected' },
  ],
  [
    'history: ça marchait avant',
    'fr',
    [multiCause, 'ça marchait avant'],
    { stage: 'asking', pending: 'usersAffected' },
  ],
  [
    'history: 以前可以，后来不行了',
    'zh-CN',
    [multiCause, '以前可以，后来不行了'],
    { stage: 'asking', pending: 'usersAffected' },
  ],
  [
    'history: no clue, BYOD volunteered',
    'en',
    [multiCause, 'no clue', 'personal BYOD phones'],
    { stage: 'asking', pending: 'usersAffected' },
  ],
  [
    'history: vet ej, alla',
    'sv',
    [multiCause, 'vet ej', 'alla användare'],
    { stage: 'asking', pending: 'devicesAffected' },
  ],
  [
    'history: answer in another language',
    'en',
    [multiCause, 'vet inte'],
    { stage: 'asking', pending: 'usersAffected' },
  ],
  [
    'history: go back',
    'en',
    [multiCause, '2', 'go back', '1'],
    { stage: 'asking', pending: 'usersAffected' },
  ],
  [
    'platform: wrong button',
    'fr',
    ['Profile installation failed', '2', 'mauvais bouton', '1'],
    { stage: 'showing-resolution', card: 'general/profile-installation-failed-1' },
  ],
  [
    'too many questions',
    'sv',
    [multiCause, 'för många frågor'],
    { stage: 'showing-resolution', card: connection },
  ],
  [
    'a second error mid-interview',
    'en',
    [multiCause, 'wait there is also XPC_TYPE_ERROR Connection invalid on another one', 'the other one'],
    { stage: 'asking', card: connection, pending: 'history' },
  ],
  [
    'a code instead of an answer',
    'fr',
    ['Profile installation failed', 'non en fait c’est 0x80CF0437'],
    { stage: 'showing-resolution', card: 'general/error-code-0x80cf0437' },
  ],
  // "That didn't work", "still broken", thanks and bye.
  [
    'already enrolled, still broken',
    'en',
    ['The machine is already enrolled', 'that didnt work', 'still broken', 'thanks bye'],
    { stage: 'no-match' },
  ],
  [
    'toujours cassé, then oui',
    'fr',
    ['0x80CF0437', 'toujours cassé', 'oui'],
    { stage: 'escalated', handedOff: '0x80CF0437' },
  ],
  [
    'fortfarande trasigt',
    'sv',
    ['0x80CF0437', 'fortfarande trasigt', 'ja tack'],
    { stage: 'escalated', handedOff: '0x80CF0437' },
  ],
  [
    '还是注册不了',
    'zh-CN',
    ['0x80CF0437', '还是注册不了', '好'],
    { stage: 'escalated', handedOff: '0x80CF0437' },
  ],
  [
    'it still does not enroll',
    'en',
    ['0x80CF0437', 'it still does not enroll', 'yes please'],
    { stage: 'escalated', handedOff: '0x80CF0437' },
  ],
  [
    'correction, thanks, bye',
    'en',
    ['the iPad shows Device Cap Reached', 'wait it is actually android', 'thanks', 'bye'],
    { stage: 'showing-resolution', card: 'general/device-cap-reached', platform: 'android' },
  ],
  // Asking for a person at every state.
  ['person: before anything', 'en', ['talk to a human'], { stage: 'escalated' }],
  [
    'person: platform asked',
    'zh-CN',
    ['Profile installation failed', '联系技术支持'],
    { stage: 'escalated', handedOff: 'Profile installation failed' },
  ],
  [
    'person: follow-up question',
    'en',
    [multiCause, '1', 'get me a real person'],
    { stage: 'escalated', handedOff: multiCause },
  ],
  [
    'person: choosing',
    'sv',
    ['Profile installation failed', 'hoppa över', 'jag vill prata med en människa'],
    { stage: 'escalated', handedOff: 'Profile installation failed' },
  ],
  [
    'person: after a card, in French',
    'fr',
    ['Company Portal temporarily unavailable', 'passer la main à un technicien'],
    { stage: 'escalated', handedOff: 'Company Portal temporarily unavailable' },
  ],
  [
    'person: after bye',
    'en',
    ['Device cap reached on my iPhone', 'thanks', 'bye', 'wait, human please'],
    { stage: 'escalated' },
  ],
  [
    'person: after fixed',
    'en',
    ['0x80CF0437', 'fixed', 'actually no, still failing. get me a person'],
    { stage: 'escalated', handedOff: '0x80CF0437' },
  ],
  [
    'person: typo yes after a refusal',
    'en',
    ['0x80180014', 'yse'],
    { stage: 'escalated', handedOff: '0x80180014' },
  ],
  [
    'person: 好 after a refusal',
    'zh-CN',
    ['0x80180014', '好'],
    { stage: 'escalated', handedOff: '0x80180014' },
  ],
  [
    'person: ticket',
    'sv',
    ['0x80CF0437', 'öppna en ticket'],
    { stage: 'escalated', handedOff: '0x80CF0437' },
  ],
  // Switching language mid-conversation.
  [
    'switch: can we do this in swedish',
    'en',
    ['Profile installation failed', 'can we do this in swedish', '1'],
    { stage: 'showing-resolution', card: 'general/profile-installation-failed-1' },
  ],
  [
    'switch: på engelska, then didnt help',
    'sv',
    ['iPhone säger att enhetstaket har nåtts', 'på engelska tack', 'didnt help'],
    { stage: 'choosing-entry' },
  ],
  [
    'switch: 请用英文回答',
    'zh-CN',
    ['配置文件安装失败', '请用英文回答', 'iPad'],
    { stage: 'showing-resolution', card: 'general/profile-installation-failed-1' },
  ],
];

describe('conversations held as a new user', () => {
  test.each(conversations)('%s (%s)', (_, locale, messages, expected) => {
    const chat = realConversation(locale);
    let last: TurnOutput | undefined;
    for (const m of messages) last = chat.send(m);
    const { state } = chat;
    expect(state.stage).toBe(expected.stage);
    if (expected.card) expect(state.shown.at(-1)?.entryId).toBe(expected.card);
    if (expected.pending) expect(state.pending).toBe(expected.pending);
    if (expected.platform) expect(state.answers.platform).toBe(expected.platform);
    if (expected.handedOff !== undefined) {
      const handOff = last?.effects.find((e) => e.kind === 'escalate');
      expect(handOff).toMatchObject({ answers: { errorText: expected.handedOff } });
    }
    // The engine always answers, except a hand-off: its replies come from the channel's escalation service.
    if (state.stage !== 'escalated') expect(last?.replies.length).toBeGreaterThan(0);
  });
});
