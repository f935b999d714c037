import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { loadTriageRules } from '../../../../src/content/load-triage-rules.ts';
import { createConversationEngine } from '../../../../src/core/conversation/engine.ts';
import type { ConversationState, TurnInput, TurnOutput } from '../../../../src/core/conversation/turn.ts';
import type { Locale } from '../../../../src/core/knowledge/entry.ts';
import type { Reply } from '../../../../src/core/reply/reply.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { driveConversation } from '../../../fakes/drive-conversation.ts';
import { createScriptedMatcher, hit } from '../../../fakes/scripted-matcher.ts';

const kb = loadKnowledgeBase();
const rules = loadTriageRules();
const translator = createTranslator();

const connection = 'ios/profile-installation-failed-connection-to-the-server-could-not-be-established';
const deviceCapIos = 'ios/device-cap-reached';
const profileAndroid = 'general/profile-installation-failed';
const profileIos = 'general/profile-installation-failed-1';

const matcher = createScriptedMatcher((text, { platform }) => {
  if (/workspace one/i.test(text)) {
    return {
      hits: [hit('general/device-cap-reached', 0.5), hit(deviceCapIos, 0.5)],
      confident: false,
      outOfScope: true,
    };
  }
  if (/0x80180014/.test(text)) {
    const reference =
      'https://learn.microsoft.com/troubleshoot/mem/intune/device-enrollment/troubleshoot-windows-enrollment-errors';
    return {
      hits: [],
      confident: false,
      outOfScope: true,
      uncoveredCode: { code: '0x80180014', area: 'windows-enrollment', reference },
    };
  }
  if (
    /connection to the server|impossible d.établir|anslutning till servern|无法建立到服务器的连接/i.test(text)
  )
    return { hits: [hit(connection, 0.95)], confident: true };
  if (/the cap again/i.test(text)) {
    // Equally good; the real matcher puts the card of the platform the user named first.
    const pair = [hit('general/device-cap-reached', 0.9), hit(deviceCapIos, 0.9)];
    return { hits: platform === 'ios' ? pair.reverse() : pair, confident: true };
  }
  if (/device cap/i.test(text))
    return { hits: [hit(deviceCapIos, 0.9), hit('general/device-cap-reached', 0.8)], confident: true };
  if (/^profile installation failed$/i.test(text.trim())) {
    if (platform === 'android') return { hits: [hit(profileAndroid, 0.9)], confident: true };
    if (platform === 'ios') return { hits: [hit(profileIos, 0.9)], confident: true };
    // Both cards are right without a platform, and the real matcher is confident about the pair.
    return { hits: [hit(profileAndroid, 1), hit(profileIos, 1)], confident: true };
  }
  if (/^profile installation failed on android$/i.test(text.trim())) {
    const hits = [hit(profileAndroid, 0.9), hit(profileIos, 0.7), hit('general/device-cap-reached', 0.5)];
    return { hits, confident: true };
  }
  if (/profile failed somehow/i.test(text)) {
    return { hits: [hit(profileAndroid, 0.4), hit(profileIos, 0.38)], confident: false };
  }
  if (/company portal/i.test(text)) {
    return {
      hits: [
        hit('general/company-portal-temporarily-unavailable', 0.6),
        hit('ios/workplace-join-failed', 0.55),
      ],
      confident: false,
    };
  }
  return undefined;
});
/** What the engine logged, by message. */
const logged: string[] = [];
const record = (msg: string) => void logged.push(msg);
const logger = { debug: record, info: record, warn: record, error: record };
const engine = createConversationEngine({ kb, matcher, translator, rules, logger });

/** Drives a conversation turn by turn, keeping the state the way an adapter would (JSON round trip). */
const conversation = (clientLocale: Locale = 'en') => driveConversation(engine, clientLocale);

const kinds = (replies: Reply[]) => replies.map((r) => r.kind);
const resolution = (replies: Reply[]) => replies.find((r) => r.kind === 'resolution');
/** The open question of a turn (an answered card rewritten in place is not one). */
const question = (replies: Reply[]) => replies.find((r) => r.kind === 'question' && r.answered === undefined);

describe('a confident match', () => {
  test('shows the resolution card first, with the reason and the three feedback buttons', () => {
    const turn = conversation().send('Device Cap Reached');
    expect(kinds(turn.replies)).toEqual(['resolution']);
    const card = resolution(turn.replies);
    expect(card).toMatchObject({
      entryId: deviceCapIos,
      title: 'Device Cap Reached',
      // The matcher's own phrase is not quoted: the user never wrote it; the title in their language is.
      why: 'Matched the message "Device Cap Reached"',
    });
    expect(card?.kind === 'resolution' && card.actions.map((a) => a.payload.type)).toEqual([
      'feedback',
      'feedback',
      'escalate',
    ]);
    expect(card?.kind === 'resolution' && card.causes[0]?.steps.length).toBeGreaterThan(2);
  });

  test('of two equally good cards, the one written in the user’s language is shown first', () => {
    const fr = resolution(conversation('fr').send('the cap again').replies);
    expect(fr).toMatchObject({ entryId: deviceCapIos, contentLocale: 'fr' });
    // Not when the user named another platform than the translated card's.
    expect(resolution(conversation('fr').send('the cap again on our Android phones').replies)).toMatchObject({
      entryId: 'general/device-cap-reached',
    });
  });

  test('two cards of one error for different platforms, and no platform known: asks it, then answers', () => {
    const chat = conversation('en');
    expect(question(chat.send('the cap again').replies)).toMatchObject({ question: 'platform' });
    const ios = chat.send({
      kind: 'action',
      payload: { type: 'answer', question: 'platform', value: 'ios' },
    });
    expect(resolution(ios.replies)).toMatchObject({ entryId: deviceCapIos });
    // The pressed question card is rewritten in place with the answer, before anything new.
    expect(ios.replies[0]).toMatchObject({
      kind: 'question',
      question: 'platform',
      answered: 'iOS/iPadOS',
      replaces: 'question-card',
      choices: [],
    });

    // Without an answer, both are offered rather than one picked for the user.
    const skipped = conversation('en');
    skipped.send('the cap again');
    const both = skipped.send({
      kind: 'action',
      payload: { type: 'answer', question: 'platform', value: 'unknown' },
    });
    const choice = both.replies.find((r) => r.kind === 'choose-entry');
    expect(choice?.kind === 'choose-entry' && choice.options.map((o) => o.entryId).sort()).toEqual([
      'general/device-cap-reached',
      deviceCapIos,
    ]);
  });

  test('is shown in the user’s language, and says so when the article exists only in English', () => {
    const sv = conversation('sv').send('Device Cap Reached');
    const svCard = resolution(sv.replies);
    expect(svCard?.kind === 'resolution' && svCard.contentLocale).toBe('sv');
    expect(svCard?.kind === 'resolution' && svCard.fallbackNotice).toBeUndefined();

    const fr = conversation('fr').send('Profile installation failed');
    // Ambiguous without a platform: the platform question comes first, in French.
    expect(question(fr.replies)).toMatchObject({
      question: 'platform',
      prompt: 'Quelle plateforme rencontre le problème ?',
    });
  });
});

describe('the interview', () => {
  test('asks only what the first message did not already say, then ranks the causes', () => {
    const chat = conversation();
    const first = chat.send(
      'All our users get "Connection to the server could not be established" on their iPhone',
    );
    expect(kinds(first.replies)).toEqual(['resolution', 'text', 'question']);
    const asked: string[] = [];
    let turn = first;
    for (let i = 0; i < 10; i++) {
      const q = question(turn.replies);
      if (q?.kind !== 'question') break;
      asked.push(q.question);
      const planned: Record<string, string> = {
        history: 'never-worked',
        devicesAffected: 'all',
        enrollmentMethod: 'byod',
      };
      const answer = planned[q.question] ?? 'unknown';
      turn = chat.send({ kind: 'action', payload: { type: 'answer', question: q.question, value: answer } });
    }
    expect(asked).not.toContain('usersAffected');
    expect(asked).not.toContain('platform');
    expect(asked).toEqual(expect.arrayContaining(['history', 'enrollmentMethod']));
    const card = resolution(turn.replies);
    expect(card?.kind === 'resolution' && card.causes[0]?.heading).toBe('Likely cause');
    expect(card?.kind === 'resolution' && card.causes[0]?.summary.map((s) => s.text).join('')).toMatch(
      /only allow corporate-owned devices/,
    );
    expect(card?.kind === 'resolution' && card.causes[0]?.rankReason).toMatch(/personal devices/);
  });

  test('one device that worked before puts the device-specific cause first', () => {
    const chat = conversation();
    let turn = chat.send('Connection to the server could not be established');
    const answers: Record<string, string> = {
      history: 'stopped-working',
      usersAffected: 'one',
      devicesAffected: 'one',
      enrollmentMethod: 'unknown',
    };
    for (let i = 0; i < 10; i++) {
      const q = question(turn.replies);
      if (q?.kind !== 'question') break;
      turn = chat.send({
        kind: 'action',
        payload: { type: 'answer', question: q.question, value: answers[q.question] ?? 'unknown' },
      });
    }
    const card = resolution(turn.replies);
    expect(card?.kind === 'resolution' && card.causes[0]?.summary.map((s) => s.text).join('')).toMatch(
      /previously enrolled with a different user account/,
    );
  });

  test('accepts a typed answer in another language than the conversation, and "skip"', () => {
    const chat = conversation('en');
    chat.send('Connection to the server could not be established');
    expect(chat.state.pending).toBe('history');
    chat.send('je ne sais pas');
    expect(chat.state.answers.history).toBe('unknown');
    const next = chat.state.pending;
    expect(next).toBe('usersAffected');
    chat.send('tous les utilisateurs');
    expect(chat.state.answers.usersAffected).toBe('all');
  });

  test('"that didn’t help" typed while a follow-up question is pending is a verdict on the card', () => {
    const chat = conversation();
    chat.send('Connection to the server could not be established');
    expect(chat.state.stage).toBe('asking');
    const turn = chat.send("that didn't help");
    expect(turn.effects[0]).toEqual({ kind: 'feedback', entryId: connection, verdict: 'not-fixed' });
  });

  test('re-asks politely when a short answer is not one of the choices', () => {
    const chat = conversation();
    chat.send('Connection to the server could not be established');
    const turn = chat.send('purple');
    expect(turn.replies[0]).toMatchObject({ kind: 'text', text: expect.stringMatching(/didn't catch that/) });
    expect(question(turn.replies)).toMatchObject({ question: 'history' });
  });
});

describe('routing when the match is not certain', () => {
  test('asks for the platform when it decides between entries, then matches again with it', () => {
    const chat = conversation();
    const first = chat.send('Profile installation failed');
    expect(question(first.replies)).toMatchObject({ question: 'platform' });
    const second = chat.send('Android');
    expect(resolution(second.replies)).toMatchObject({ entryId: profileAndroid });
    expect(matcher.calls.at(-1)?.options.platform).toBe('android');
  });

  test('also asks for the platform when unsure between platform-specific entries', () => {
    const chat = conversation();
    expect(question(chat.send('the profile failed somehow').replies)).toMatchObject({ question: 'platform' });
    const turn = chat.send({
      kind: 'action',
      payload: { type: 'answer', question: 'platform', value: 'ios' },
    });
    expect(matcher.calls.at(-1)?.options.platform).toBe('ios');
    expect(turn.replies.find((r) => r.kind === 'choose-entry')).toBeDefined();
  });

  test('offers close candidates as a choice, and the pick shows its card', () => {
    const chat = conversation();
    const turn = chat.send('company portal is broken');
    const choice = turn.replies.find((r) => r.kind === 'choose-entry');
    expect(choice?.kind === 'choose-entry' && choice.options.map((o) => o.entryId)).toEqual([
      'general/company-portal-temporarily-unavailable',
      'ios/workplace-join-failed',
    ]);
    // The line under each choice says where it comes from, in the user's language like the rest of the card.
    expect(choice?.kind === 'choose-entry' && choice.options[0]?.why).toBe(
      'All platforms · Device enrollment troubleshooting article',
    );
    const picked = chat.send({
      kind: 'action',
      payload: { type: 'choose-entry', entryId: 'ios/workplace-join-failed' },
    });
    expect(resolution(picked.replies)).toMatchObject({
      entryId: 'ios/workplace-join-failed',
      why: 'You picked this one',
    });
  });

  test('another product’s error is answered honestly at once, without Intune cards to pick from', () => {
    const turn = conversation().send('Workspace ONE Intelligent Hub says device cap reached');
    expect(kinds(turn.replies)).toEqual(['text']);
    // It says what the articles do cover instead.
    expect(turn.replies[0]).toMatchObject({ text: expect.stringMatching(/cover Intune device-enrollment/) });
  });

  test('an undocumented Windows enrollment code is refused with Microsoft’s Windows enrollment page', () => {
    const turn = conversation().send('0x80180014');
    expect(kinds(turn.replies)).toEqual(['text']);
    const text = turn.replies[0]?.kind === 'text' ? turn.replies[0].text : '';
    expect(text).toContain('0x80180014');
    expect(text).toContain(
      'https://learn.microsoft.com/troubleshoot/mem/intune/device-enrollment/troubleshoot-windows-enrollment-errors',
    );
  });

  test('with nothing close, asks once for the exact text, then says honestly the docs do not cover it', () => {
    const chat = conversation();
    const first = chat.send('my printer is jammed');
    expect(question(first.replies)).toMatchObject({
      question: 'errorText',
      hint: expect.stringMatching(/screenshot/),
    });
    const second = chat.send('the printer still jams');
    const last = second.replies.at(-1);
    expect(last).toMatchObject({ kind: 'text', text: expect.stringMatching(/don't cover this/) });
    expect(last?.kind === 'text' && last.actions?.map((a) => a.payload.type)).toEqual([
      'escalate',
      'restart',
    ]);
    const escalated = chat.send({ kind: 'action', payload: { type: 'escalate' } });
    expect(escalated.effects).toEqual([expect.objectContaining({ kind: 'escalate', trigger: 'no-match' })]);
  });
});

describe('feedback and hand-off', () => {
  test('"This fixed it" thanks the user and records the verdict', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    const turn = chat.send({
      kind: 'action',
      payload: { type: 'feedback', entryId: deviceCapIos, verdict: 'fixed' },
    });
    expect(turn.effects).toEqual([{ kind: 'feedback', entryId: deviceCapIos, verdict: 'fixed' }]);
    expect(turn.replies[0]).toMatchObject({ kind: 'text', text: expect.stringMatching(/glad/) });
  });

  test('"Didn\'t help" offers no article of another platform than the user\'s', () => {
    const chat = conversation();
    chat.send('Profile installation failed on Android');
    const turn = chat.send({
      kind: 'action',
      payload: { type: 'feedback', entryId: profileAndroid, verdict: 'not-fixed' },
    });
    const choice = turn.replies.find((r) => r.kind === 'choose-entry');
    expect(choice?.kind === 'choose-entry' && choice.options.map((o) => o.entryId)).toEqual([
      'general/device-cap-reached',
    ]);
  });

  test.each([
    ['en', 'still failing'],
    ['sv', 'funkar inte'],
    ['fr', 'ça marche pas'],
    ['zh-CN', '还是不行'],
  ] as const)('%s: "%s" after "This fixed it" reopens the problem as not fixed', (locale, text) => {
    const chat = conversation(locale);
    chat.send('Device Cap Reached');
    chat.send({ kind: 'action', payload: { type: 'feedback', entryId: deviceCapIos, verdict: 'fixed' } });
    const turn = chat.send(text);
    expect(turn.effects).toContainEqual({ kind: 'feedback', entryId: deviceCapIos, verdict: 'not-fixed' });
    expect(chat.state.stage).toBe('choosing-entry');
  });

  test('"Didn\'t help" offers the other candidate first, then hands the whole case to a person', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    const first = chat.send({
      kind: 'action',
      payload: { type: 'feedback', entryId: deviceCapIos, verdict: 'not-fixed' },
    });
    const choice = first.replies.find((r) => r.kind === 'choose-entry');
    expect(choice?.kind === 'choose-entry' && choice.options.map((o) => o.entryId)).toEqual([
      'general/device-cap-reached',
    ]);
    chat.send({ kind: 'action', payload: { type: 'choose-entry', entryId: 'general/device-cap-reached' } });
    // Nothing else to try: a person is offered, and called on "yes".
    expect(chat.send('still not working').effects.filter((e) => e.kind === 'escalate')).toEqual([]);
    const last = chat.send('yes');
    const effect = last.effects.find((e) => e.kind === 'escalate');
    expect(effect).toMatchObject({ trigger: 'not-fixed', answers: { errorText: 'Device Cap Reached' } });
    expect(effect?.kind === 'escalate' && effect.shown.map((s) => [s.entryId, s.verdict])).toEqual([
      [deviceCapIos, 'not-fixed'],
      ['general/device-cap-reached', 'not-fixed'],
    ]);
    expect(effect?.kind === 'escalate' && effect.transcript.length).toBeGreaterThan(3);
  });

  test.each([
    ['en', 'talk to a person'],
    ['sv', 'prata med en människa'],
    ['fr', 'parler à quelqu’un'],
    ['zh-CN', '转人工'],
  ] as const)('asking for a person in words (%s) escalates', (locale, text) => {
    const turn = conversation(locale).send(text);
    expect(turn.effects).toEqual([
      expect.objectContaining({ kind: 'escalate', trigger: 'asked-in-words', locale }),
    ]);
  });
});

describe('buttons of a card whose problem was dropped', () => {
  test('"Didn\'t help" on a card from before "start over" opens no case', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    chat.send('start over');
    const stale = chat.send({
      kind: 'action',
      payload: { type: 'feedback', entryId: deviceCapIos, verdict: 'not-fixed' },
    });
    expect(stale.effects).toEqual([]);
    expect(stale.replies[0]).toMatchObject({ text: expect.stringMatching(/no longer valid/) });
    expect(chat.state.stage).not.toBe('escalated');
  });
});

describe('after the hand-off', () => {
  test('each answer given while waiting goes onto the case, and the next question follows', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    chat.send('talk to a person');
    expect(chat.state.stage).toBe('escalated');
    // The escalation reply asks the first question; its button arrives here.
    const first = chat.send({
      kind: 'action',
      payload: { type: 'answer', question: 'usersAffected', value: 'all' },
    });
    expect(first.effects).toEqual([
      expect.objectContaining({
        kind: 'case-details',
        answers: expect.objectContaining({ usersAffected: 'all' }),
      }),
    ]);
    expect(question(first.replies)).toMatchObject({ question: 'whereSeen' });
    // Typed answers work too, and no search starts again.
    const typed = chat.send('in the company portal');
    expect(typed.effects[0]).toMatchObject({
      kind: 'case-details',
      answers: { whereSeen: 'company-portal' },
    });
    expect(resolution(typed.replies)).toBeUndefined();
  });

  test('the form completes the case in one go instead of starting a new search', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    chat.send('talk to a person');
    const turn = chat.send({
      kind: 'form',
      answers: { errorText: 'Device Cap Reached', usersAffected: 'one' },
    });
    expect(turn.effects[0]).toMatchObject({
      kind: 'case-details',
      answers: { usersAffected: 'one', mdmAuthority: 'unknown', errorText: 'Device Cap Reached' },
    });
    expect(kinds(turn.replies)).toEqual(['text']);
    expect(chat.state.stage).toBe('escalated');
  });
});

describe('commands and bad input', () => {
  test('"en français" switches the language for the rest of the conversation', () => {
    const chat = conversation('en');
    const turn = chat.send('en français');
    expect(turn.effects).toEqual([{ kind: 'locale-chosen', locale: 'fr' }]);
    expect(turn.replies[0]).toMatchObject({ text: 'D’accord, je continue en français.' });
    const next = engine.handle(
      chat.state,
      { kind: 'text', text: 'Device Cap Reached' },
      { clientLocale: 'en', now: '' },
    );
    expect(resolution(next.replies)).toMatchObject({
      contentLocale: 'fr',
      title: "Nombre maximal d'appareils atteint",
    });
  });

  test('a question shown again in a new language or after help is not counted as asked again', () => {
    const chat = conversation();
    chat.send('Connection to the server could not be established');
    chat.send('help');
    chat.send('på svenska');
    const unclear = chat.send('hmm what');
    // Not understood once: the same question again, not "moving on".
    expect(chat.state.pending).toBe('history');
    expect(unclear.replies.filter((r) => r.kind === 'question')).toHaveLength(1);
  });

  test('cancel drops the interview; help explains and repeats the pending question', () => {
    const chat = conversation();
    chat.send('Connection to the server could not be established');
    const help = chat.send('help');
    expect(kinds(help.replies)).toEqual(['text', 'question']);
    const cancel = chat.send('avbryt');
    expect(cancel.replies[0]).toMatchObject({ kind: 'text', text: expect.stringMatching(/dropped/) });
    expect(chat.state.stage).toBe('idle');
    expect(chat.state.answers).toEqual({});
  });

  test('a long message containing a command word is read as a problem, not a command', () => {
    const turn = conversation().send(
      'Cancel any current profile installation then Connection to the server could not be established',
    );
    expect(resolution(turn.replies)).toMatchObject({ entryId: connection });
  });

  test('empty text, binary junk and stale buttons get a polite answer, never a crash', () => {
    const chat = conversation();
    expect(chat.send('   ').replies[0]).toMatchObject({
      text: expect.stringMatching(/didn't receive any text/),
    });
    const junk = Array.from({ length: 200 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(chat.send(junk).replies[0]).toMatchObject({ text: expect.stringMatching(/binary data/) });
    const stale = chat.send({
      kind: 'action',
      payload: { type: 'answer', question: 'platform', value: 'blackberry' },
    });
    expect(stale.replies[0]).toMatchObject({ text: expect.stringMatching(/no longer valid/) });
    const unknownEntry = chat.send({
      kind: 'action',
      payload: { type: 'choose-entry', entryId: 'ios/nope' },
    });
    expect(unknownEntry.replies[0]).toMatchObject({ text: expect.stringMatching(/no longer valid/) });
  });

  test('a code or message split by invisible characters is read as whoever sees it reads it', () => {
    const turn = conversation().send('\u202ADevice\u200B Cap Rea\u00ADched\u202C');
    expect(resolution(turn.replies)).toMatchObject({ entryId: deviceCapIos });
    expect(matcher.calls.at(-1)?.text).toBe('Device Cap Reached');
  });

  test('full-width letters (a Chinese keyboard) are read as the plain ones', () => {
    const turn = conversation('zh-CN').send('Ｄｅｖｉｃｅ　Ｃａｐ　Ｒｅａｃｈｅｄ');
    expect(resolution(turn.replies)).toMatchObject({ entryId: deviceCapIos });
    expect(matcher.calls.at(-1)?.text).toBe('Device Cap Reached');
  });

  test('a 300 KB paste is cut to what the matcher reads and stored capped', () => {
    const chat = conversation();
    chat.send(`${'noise line\n'.repeat(30_000)}Device Cap Reached`);
    // The matcher reads the first 100 KB whole; the conversation keeps a bounded excerpt.
    expect(matcher.calls.at(-1)?.text.length).toBe(100_000);
    expect(JSON.stringify(chat.state).length).toBeLessThan(40_000);
  });

  test('the error at the end of a long multi-line paste decides the card, and the excerpt keeps it', () => {
    const chat = conversation();
    const log = `${'2024-05-01 10:14:55 INFO enrollment step completed, nothing to report here\n'.repeat(80)}connection to the server could not be established`;
    expect(resolution(chat.send(log).replies)).toMatchObject({ entryId: connection });
    expect(matcher.calls.at(-1)?.text).toBe(log);
    expect(chat.state.answers.errorText?.length).toBeLessThanOrEqual(4000);
    expect(chat.state.answers.errorText).toMatch(/could not be established$/);
  });
});

describe('small talk and messages with nothing to look up', () => {
  test('"bye", "ok" and emoji get a polite answer, never a search or a "couldn\'t match"', () => {
    const chat = conversation();
    for (const text of ['bye', 'ok', 'yes', '👍', '🙏🙏', '...']) {
      const turn = chat.send(text);
      expect(kinds(turn.replies)).toEqual(['text']);
      expect(turn.effects).toEqual([]);
      expect(chat.state.stage).toBe('idle');
      // Nothing was asked again: the no-match retry is still unused.
      expect(chat.state.errorRetries).toBe(0);
    }
  });

  test('"ok" after a card keeps the card open for its verdict; "yes" still answers a pending question', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    const ok = chat.send('ok');
    expect(kinds(ok.replies)).toEqual(['text']);
    expect(chat.state.stage).toBe('showing-resolution');
    expect(chat.send("didn't help").replies.some((r) => r.kind === 'choose-entry')).toBe(true);
  });

  test("goodbye in the user's language closes politely and drops the pending question", () => {
    const chat = conversation('sv');
    chat.send('Connection to the server could not be established');
    expect(chat.state.pending).toBeDefined();
    const bye = chat.send('hej då');
    expect(kinds(bye.replies)).toEqual(['text']);
    expect(bye.replies[0]).toMatchObject({ text: expect.stringMatching(/^Hej då/) });
    expect(chat.state.pending).toBeUndefined();
  });
});

describe('changing one’s mind about the platform', () => {
  test('"actually it\'s Android" after the iOS card matches the same error again for Android', () => {
    const chat = conversation();
    chat.send('Profile installation failed');
    expect(
      resolution(
        chat.send({ kind: 'action', payload: { type: 'answer', question: 'platform', value: 'ios' } })
          .replies,
      ),
    ).toMatchObject({ entryId: profileIos });
    const turn = chat.send("actually it's Android");
    expect(resolution(turn.replies)).toMatchObject({ entryId: profileAndroid });
    expect(chat.state.answers.platform).toBe('android');
    expect(chat.state.answers.errorText).toBe('Profile installation failed');
  });

  test('a bare platform among offered cards keeps the problem and matches it again for that platform', () => {
    const chat = conversation();
    chat.send('profile failed somehow');
    chat.send('skip');
    expect(chat.state.stage).toBe('choosing-entry');
    // "I don't know" among the cards is no question to skip: the user hears how to choose.
    expect(chat.send("I don't know").replies[0]).toMatchObject({
      text: expect.stringMatching(/None of these/),
    });
    const turn = chat.send('its an iPhone');
    expect(kinds(turn.replies)).toEqual(['text', 'choose-entry']);
    expect(chat.state.answers).toMatchObject({ platform: 'ios', errorText: 'profile failed somehow' });
  });

  test('a card documented for one platform only is not shown again as if it were for the other', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    expect(chat.state.answers.platform).toBe('ios');
    const turn = chat.send('actually windows');
    expect(kinds(turn.replies)).toEqual(['text']);
    expect(turn.replies[0]).toMatchObject({ text: expect.stringMatching(/only for iOS\/iPadOS/) });
    expect(chat.state.answers.platform).toBe('windows');
  });

  test('another platform pressed on the answered platform card is a change of mind too', () => {
    const chat = conversation();
    chat.send('Profile installation failed');
    const ios = { kind: 'action', payload: { type: 'answer', question: 'platform', value: 'ios' } } as const;
    expect(resolution(chat.send(ios).replies)).toMatchObject({ entryId: profileIos });
    // The same button again changes nothing.
    expect(resolution(chat.send(ios).replies)).toBeUndefined();
    const android = chat.send({ ...ios, payload: { ...ios.payload, value: 'android' } });
    expect(resolution(android.replies)).toMatchObject({ entryId: profileAndroid });
    expect(chat.state.answers.platform).toBe('android');
  });

  test('a first message that only names the platform keeps it and asks for the error, not "couldn\'t match"', () => {
    const chat = conversation();
    const first = chat.send('on my iPhone');
    expect(kinds(first.replies)).toEqual(['text', 'question']);
    expect(first.replies[0]).toMatchObject({ text: 'Noted: iOS/iPadOS.' });
    expect(chat.state).toMatchObject({ pending: 'errorText', errorRetries: 0, answers: { platform: 'ios' } });
    expect(resolution(chat.send('Profile installation failed').replies)).toMatchObject({
      entryId: profileIos,
    });
    // Naming the platform of the card on screen changes nothing.
    const confirm = chat.send('iPhone');
    expect(kinds(confirm.replies)).toEqual(['text']);
    expect(chat.state.answers.errorText).toBe('Profile installation failed');
  });

  test('a platform named with a documented error is a new problem, not a correction', () => {
    const chat = conversation();
    chat.send('Profile installation failed');
    chat.send('iOS');
    const turn = chat.send('on Android: Connection to the server could not be established');
    expect(resolution(turn.replies)).toMatchObject({ entryId: connection });
  });
});

describe('the whole interview submitted as a form', () => {
  test('goes straight to the ranked card without follow-up questions', () => {
    const chat = conversation();
    const turn = chat.send({
      kind: 'form',
      answers: {
        errorText: 'Connection to the server could not be established',
        platform: 'ios',
        usersAffected: 'some',
        devicesAffected: 'one',
        history: 'never-worked',
      },
    });
    expect(kinds(turn.replies)).toEqual(['resolution']);
    const card = resolution(turn.replies);
    expect(card?.kind === 'resolution' && card.causes[0]?.summary.map((s) => s.text).join('')).toMatch(
      /license/,
    );
  });
});

describe('while the case is with a person', () => {
  const fixed = { type: 'feedback', entryId: deviceCapIos, verdict: 'fixed' } as const;
  const notFixed = { type: 'feedback', entryId: deviceCapIos, verdict: 'not-fixed' } as const;
  function handedOff(locale: Locale = 'en') {
    const chat = conversation(locale);
    chat.send('Device Cap Reached', 'U-SAM');
    chat.send({ kind: 'action', payload: { type: 'escalate' } }, 'U-SAM');
    expect(chat.state.stage).toBe('escalated');
    return chat;
  }

  test.each([
    ['en', 'it works now'],
    ['en', 'fixed, thanks'],
    ['sv', 'det fungerar nu'],
    ['fr', 'ça marche maintenant'],
    ['zh-CN', '好了，可以了'],
  ] as const)('%s: the requester typing "%s" closes the case, as the button does', (locale, text) => {
    const chat = handedOff(locale);
    const turn = chat.send(text, 'U-SAM');
    expect(turn.effects).toEqual([{ kind: 'solved' }]);
    expect(chat.state.stage).toBe('idle');
    // No card is credited with the fix: it may have come from the person helping.
    expect(chat.state.shown.map((s) => s.verdict)).toEqual([undefined]);
  });

  test('a typed answer to the question asked while waiting goes onto the case, then the next question', () => {
    const chat = handedOff();
    const turn = chat.send('in the Company Portal app', 'U-SAM');
    const details = turn.effects.find((e) => e.kind === 'case-details');
    expect(details?.answers.whereSeen).toBe('company-portal');
    expect(question(turn.replies)).toMatchObject({ question: 'history' });
    expect(chat.state.collectingDetails).toBe(true);
  });

  test.each(['cancel', 'start over'])(
    '"%s" says the case stays with the team; "it works now" then still closes it',
    (text) => {
      const chat = handedOff();
      const turn = chat.send(text, 'U-SAM');
      expect(turn.replies.map((r) => r.kind === 'text' && r.text)).toContain(
        translator.forLocale('en')('common:escalation.caseStays'),
      );
      expect(turn.effects).toEqual([]);
      expect(chat.send('it works now', 'U-SAM').effects).toEqual([{ kind: 'solved' }]);
    },
  );

  test('"still failing" after "it works now" hands the problem to a person again', () => {
    const chat = handedOff();
    chat.send('it works now', 'U-SAM');
    const turn = chat.send('still failing', 'U-SAM');
    expect(turn.effects).toEqual([
      expect.objectContaining({
        kind: 'escalate',
        trigger: 'not-fixed',
        answers: { errorText: 'Device Cap Reached', platform: 'ios' },
      }),
    ]);
    expect(chat.state.stage).toBe('escalated');
  });

  test('while its details are being asked for, "solved" closes the case too', () => {
    const chat = conversation();
    chat.send('Device Cap Reached', 'U-SAM');
    chat.send({ kind: 'action', payload: { type: 'escalate' } }, 'U-SAM');
    chat.send({ kind: 'action', payload: { type: 'answer', question: 'platform', value: 'ios' } }, 'U-SAM');
    expect(chat.state.collectingDetails).toBe(true);
    expect(chat.send('problem solved, thanks', 'U-SAM').effects).toEqual([{ kind: 'solved' }]);
    expect(chat.state.stage).toBe('idle');
    expect(chat.state.pending).toBeUndefined();
  });

  test.each(['it works on one phone but not the other', 'does it work now?', 'ça marche'])(
    '"%s" closes nothing',
    (text) => {
      const chat = handedOff();
      const turn = chat.send(text, 'U-SAM');
      expect(turn.effects.filter((e) => e.kind === 'solved' || e.kind === 'feedback')).toEqual([]);
    },
  );

  test.each([
    ['the button "This fixed it"', { kind: 'action', payload: fixed }],
    ['the button "Didn\'t help"', { kind: 'action', payload: notFixed }],
    ['"it works now" typed', 'it works now'],
  ] as const)(
    'in a shared thread, %s from someone else changes nothing and tells only them',
    (_what, input) => {
      const chat = handedOff();
      const before = structuredClone(chat.state);
      logged.length = 0;
      const turn = chat.send(input as TurnInput | string, 'U-ANA');
      expect(logged).toEqual(['verdict from someone other than the requester']);
      expect(turn.effects).toEqual([]);
      expect(turn.replies).toEqual([expect.objectContaining({ kind: 'text', privately: true })]);
      const { transcript: _a, ...after } = chat.state;
      const { transcript: _b, ...was } = before;
      expect(after).toEqual(was);
      // The requester still can.
      expect(chat.send({ kind: 'action', payload: fixed }, 'U-SAM').effects).toEqual([
        { kind: 'feedback', entryId: deviceCapIos, verdict: 'fixed' },
      ]);
    },
  );

  test('what the user writes while waiting goes onto the case; a new error is a new problem', () => {
    const chat = handedOff();
    const turn = chat.send('is anyone looking at this? users are waiting', 'U-SAM');
    const details = turn.effects.find((e) => e.kind === 'case-details');
    expect(details?.transcript.map((l) => l.text)).toContain('is anyone looking at this? users are waiting');
    expect(chat.state.stage).toBe('escalated');
    expect(chat.state.shown.map((s) => s.entryId)).toEqual([deviceCapIos]);
    expect(resolution(chat.send('Connection to the server could not be established').replies)).toMatchObject({
      entryId: connection,
    });
  });

  test('"solved, thanks" with no card is thanked, not searched for (a case left open would close)', () => {
    const chat = conversation();
    chat.send('zzz qqq nothing', 'U-SAM');
    const turn = chat.send('solved, thanks', 'U-SAM');
    expect(turn.effects).toEqual([{ kind: 'solved' }]);
    expect(turn.replies.map((r) => r.kind)).toEqual(['text']);
    expect(chat.state.stage).not.toBe('no-match');
  });
});

describe('a message in a shared thread that does not name the bot', () => {
  const follows = (state: ConversationState, text: string) => engine.followsUp?.(state, text);

  test('after a card, only what is plainly for the bot continues the conversation', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    for (const text of [
      "didn't help",
      'talk to a human',
      'it works now',
      'start over',
      "it's an iPhone",
      '0x80180014',
      'the exact text is: Connection to the server could not be established',
    ])
      expect([text, follows(chat.state, text)]).toEqual([text, true]);
    for (const text of ['Bob, can you check the tenant first?', 'thanks', 'ok', 'lunch?', ''])
      expect([text, follows(chat.state, text)]).toEqual([text, false]);
  });

  test('while the case waits, a colleague in the thread is heard only when plainly writing to the bot', () => {
    const chat = conversation();
    chat.send('Device Cap Reached', 'U-SAM');
    chat.send({ kind: 'action', payload: { type: 'escalate' } }, 'U-SAM');
    expect(engine.followsUp?.(chat.state, 'anyone up for lunch?', 'U-SAM')).toBe(true);
    expect(engine.followsUp?.(chat.state, 'anyone up for lunch?', 'U-ANA')).toBe(false);
    expect(engine.followsUp?.(chat.state, 'it works now', 'U-ANA')).toBe(true);
  });

  test('while a question is open or the case waits for a person, everything does; idle, nothing', () => {
    const chat = conversation();
    expect(follows(chat.state, 'talk to a human')).toBe(false);
    chat.send('Profile installation failed');
    expect(chat.state.stage).toBe('asking');
    expect(follows(chat.state, 'no idea, Bob?')).toBe(true);
  });
});

describe('the language of what the user writes', () => {
  const textOf = (turn: TurnOutput) =>
    turn.replies.map((r) => (r.kind === 'text' ? r.text : r.kind === 'resolution' ? r.why : '')).join(' ');

  test('a message plainly in French in an English client is answered in French, then Swedish in Swedish', () => {
    const chat = conversation('en');
    chat.send('Bonjour, je ne sais pas quoi faire avec mon iPhone');
    expect(chat.state.locale).toBe('fr');
    // A pasted English error does not switch back.
    chat.send('Device Cap Reached');
    expect(chat.state.locale).toBe('fr');
    chat.send('Hej, min telefon säger att det inte går');
    expect(chat.state.locale).toBe('sv');
  });

  test('an English error pasted in a Swedish client, or a language the user chose, stays', () => {
    const chat = conversation('sv');
    chat.send('The device cap has been reached on my iPhone');
    expect(chat.state.locale).toBe('sv');
    chat.send('in english please');
    expect(chat.state.locale).toBe('en');
    const turn = chat.send('Bonjour, je ne sais pas quoi faire avec mon iPhone');
    expect(chat.state.locale).toBe('en');
    expect(textOf(turn)).not.toMatch(/[éà]/);
  });

  test('an English-speaking admin pasting a Swedish, French or Chinese device error is answered in English', () => {
    for (const pasted of [
      'My user gets this error: Det gick inte att installera profilen. Det går inte att upprätta någon anslutning till servern.',
      'The iPad says « Échec de l’installation du profil. Impossible d’établir une connexion au serveur. » what now?',
      'got this on the phone:\n配置文件安装失败。 无法建立到服务器的连接。',
    ]) {
      const chat = conversation('en');
      const turn = chat.send(pasted);
      expect(chat.state.locale).toBe('en');
      expect(turn.locale).toBe('en');
      expect(resolution(turn.replies)).toMatchObject({ entryId: connection, contentLocale: 'en' });
    }
  });

  test('text read from a screenshot does not decide the language; the words typed beside it do', () => {
    const screen =
      'Det gick inte att installera profilen. Kontakta IT-avdelningen om det inte går att ansluta till servern.';
    const english = conversation('en');
    english.send({ kind: 'text', text: `what does this mean?\n${screen}`, typed: 'what does this mean?' });
    expect(english.state.locale).toBe('en');
    const swedish = conversation('en');
    swedish.send({
      kind: 'text',
      text: `vad betyder det här och vad ska jag göra?\n${screen}`,
      typed: 'vad betyder det här och vad ska jag göra?',
    });
    expect(swedish.state.locale).toBe('sv');
  });

  test('the same error written around in Swedish is answered in Swedish', () => {
    const chat = conversation('en');
    const turn = chat.send(
      'Hej, jag får det här felet på min iPad: Det går inte att upprätta någon anslutning till servern',
    );
    expect(chat.state.locale).toBe('sv');
    expect(resolution(turn.replies)).toMatchObject({ entryId: connection, contentLocale: 'sv' });
  });
});

describe('a shared thread, people writing in different languages', () => {
  test('each person is answered in their own language; the case keeps the requester’s', () => {
    const chat = conversation('en');
    // Ana (English client) asks and hands the problem to a person.
    expect(chat.send('Device Cap Reached', 'U-ANA').locale).toBe('en');
    expect(chat.send('I want to talk to a human', 'U-ANA').effects).toEqual([
      expect.objectContaining({ kind: 'escalate', locale: 'en' }),
    ]);
    // Björn writes in Swedish in the same thread: he is answered in Swedish.
    const bjorn = chat.send(
      'Hej, vi har samma problem på min telefon och det går inte att registrera',
      'U-BJORN',
    );
    expect(bjorn.locale).toBe('sv');
    expect(bjorn.effects).toEqual([expect.objectContaining({ kind: 'case-details', note: true })]);
    // Ana is still answered in English, and the conversation's language is still hers.
    expect(chat.state.locale).toBe('en');
    expect(chat.state.requesterId).toBe('U-ANA');
    expect(chat.send('is anyone looking at this?', 'U-ANA').locale).toBe('en');
    // Björn stays Swedish on his next message, whatever his client says.
    expect(chat.send('ok', 'U-BJORN').locale).toBe('sv');
  });

  test('a language one person chose is theirs alone', () => {
    const chat = conversation('en');
    chat.send('Device Cap Reached', 'U-ANA');
    const chose = chat.send({ kind: 'action', payload: { type: 'set-locale', locale: 'fr' } }, 'U-CLAIRE');
    expect(chose.locale).toBe('fr');
    expect(chose.effects).toEqual([{ kind: 'locale-chosen', locale: 'fr' }]);
    expect(chat.send('ok', 'U-ANA').locale).toBe('en');
    // Claire's choice holds on her next message, in a client set to English.
    expect(chat.send('ok', 'U-CLAIRE').locale).toBe('fr');
  });

  test('a person who escalates in their language opens the case in it', () => {
    const chat = conversation('en');
    chat.send('Device Cap Reached', 'U-ANA');
    const turn = chat.send('je voudrais parler à quelqu’un du support, s’il vous plaît', 'U-CLAIRE');
    expect(turn.effects).toEqual([expect.objectContaining({ kind: 'escalate', locale: 'fr' })]);
    expect(chat.state.requesterId).toBe('U-CLAIRE');
  });
});

describe('asking what the bot is', () => {
  test.each([
    ['en', 'are you a real person?'],
    ['sv', 'vem är du?'],
    ['fr', 'tu es un robot ?'],
    ['zh-CN', '你是真人吗？'],
  ] as const)('%s: "%s" says it is a bot and how to reach a person, and looks nothing up', (locale, text) => {
    const chat = conversation(locale);
    const turn = chat.send(text);
    expect(kinds(turn.replies)).toEqual(['text']);
    expect(turn.replies[0]).toMatchObject({ text: translator.forLocale(locale)('common:about') });
    expect(chat.state).toMatchObject({ stage: 'idle', candidates: [], errorRetries: 0 });
  });
});

describe('a detail typed after the card', () => {
  test.each([
    ['en', 'all users'],
    ['sv', 'alla användare'],
  ] as const)('%s: "%s" is kept for the case and the card stays', (locale, text) => {
    const chat = conversation(locale);
    chat.send('Device Cap Reached');
    const turn = chat.send(text);
    expect(kinds(turn.replies)).toEqual(['text']);
    expect(chat.state).toMatchObject({
      stage: 'showing-resolution',
      answers: { errorText: 'Device Cap Reached', usersAffected: 'all' },
    });
    expect(chat.state.shown.map((s) => s.entryId)).toEqual([deviceCapIos]);
  });

  test('"didn\'t help" typed while cards are offered means none of them', () => {
    const chat = conversation();
    chat.send('Device Cap Reached');
    chat.send({ kind: 'action', payload: { type: 'feedback', entryId: deviceCapIos, verdict: 'not-fixed' } });
    expect(chat.state.stage).toBe('choosing-entry');
    const turn = chat.send("didn't help either");
    expect(chat.state.stage).toBe('no-match');
    const last = turn.replies.at(-1);
    expect(last?.kind === 'text' && last.actions?.map((a) => a.payload.type)).toEqual([
      'escalate',
      'restart',
    ]);
  });
});

describe('short replies to what is on screen', () => {
  test('"ok" while the case waits for a person says so, not "paste an error"', () => {
    const chat = conversation('zh-CN');
    chat.send('Device Cap Reached', 'U-SAM');
    chat.send({ kind: 'action', payload: { type: 'escalate' } }, 'U-SAM');
    const turn = chat.send('好的', 'U-SAM');
    expect(turn.replies).toEqual([
      expect.objectContaining({ text: translator.forLocale('zh-CN')('common:ack.escalated') }),
    ]);
    expect(chat.state.stage).toBe('escalated');
  });

  test('"didn\'t help" after "the articles don\'t cover this" hands it to a person', () => {
    const chat = conversation('zh-CN');
    chat.send('Workspace ONE cannot enroll');
    expect(chat.state.stage).toBe('no-match');
    const turn = chat.send('没有帮助');
    expect(turn.effects).toEqual([expect.objectContaining({ kind: 'escalate', trigger: 'no-match' })]);
  });

  test.each([
    ['en', 'yes please'],
    ['sv', 'ja tack'],
    ['fr', 'oui, volontiers'],
    ['zh-CN', '需要'],
  ] as const)(
    '%s: "%s" to the person offered after "the articles don\'t cover this" hands it over',
    (locale, text) => {
      const chat = conversation(locale);
      chat.send('Workspace ONE cannot enroll');
      expect(chat.state.stage).toBe('no-match');
      expect(chat.send(text).effects).toEqual([
        expect.objectContaining({ kind: 'escalate', trigger: 'no-match' }),
      ]);
    },
  );

  test('a plain "ok" there hands nothing over and does not ask for the error again', () => {
    const chat = conversation('en');
    chat.send('Workspace ONE cannot enroll');
    const turn = chat.send('ok');
    expect(turn.effects).toEqual([]);
    expect(turn.replies).toEqual([
      expect.objectContaining({ text: translator.forLocale('en')('common:ack.noMatch') }),
    ]);
    expect(chat.state.stage).toBe('no-match');
  });
});

describe('"why do you need this?" while a question is open', () => {
  test.each([
    ['en', 'why do you need this?'],
    ['sv', 'varför frågar du?'],
    ['fr', 'pourquoi cette question ?'],
    ['zh-CN', '为什么问这个？'],
  ] as const)('%s: "%s" says why, and asks the same question again without counting it', (locale, text) => {
    const chat = conversation(locale);
    chat.send('Connection to the server could not be established');
    const pending = chat.state.pending;
    expect(chat.state.stage).toBe('asking');
    const asked = chat.state.asked;
    const turn = chat.send(text);
    expect(turn.replies[0]).toMatchObject({
      text: translator.forLocale(locale)('common:interview.whyAsked'),
    });
    expect(question(turn.replies)).toMatchObject({ question: pending });
    expect(chat.state.asked).toEqual(asked);
  });
});

describe('a frustrated user', () => {
  test.each([
    ['en', 'you are useless'],
    ['sv', 'tack för ingenting'],
    ['fr', 'tu es nul'],
    ['zh-CN', '浪费时间'],
  ] as const)('%s: "%s" is offered a person, and nothing is looked up', (locale, text) => {
    const chat = conversation(locale);
    chat.send('Device Cap Reached');
    const turn = chat.send(text);
    const last = turn.replies.at(-1);
    expect(last?.kind === 'text' && last.actions?.map((a) => a.payload.type)).toEqual([
      'escalate',
      'restart',
    ]);
    expect(turn.effects).toEqual([]);
    expect(chat.state.shown.map((s) => s.entryId)).toEqual([deviceCapIos]);
  });

  test('"good night" is a goodbye', () => {
    expect(conversation().send('good night').replies[0]).toMatchObject({
      text: translator.forLocale('en')('common:closing.goodbye'),
    });
  });
});

describe('an option of a list picked by typing', () => {
  test.each([
    ['en', '2', 'ios/workplace-join-failed'],
    ['en', 'the first one', 'general/company-portal-temporarily-unavailable'],
    ['sv', 'den andra', 'ios/workplace-join-failed'],
    ['fr', 'le premier', 'general/company-portal-temporarily-unavailable'],
    ['zh-CN', '第二个', 'ios/workplace-join-failed'],
  ] as const)('%s: "%s" shows that card', (locale, text, entryId) => {
    const chat = conversation(locale);
    chat.send('Company Portal problem');
    expect(chat.state.stage).toBe('choosing-entry');
    expect(resolution(chat.send(text).replies)).toMatchObject({ entryId });
  });

  test.each(['none of these', 'aucun', '都不是'])(
    '"%s" is "None of these"; a number beyond the list is not a pick',
    (text) => {
      const chat = conversation();
      chat.send('Company Portal problem');
      chat.send('7');
      expect(chat.state.stage).not.toBe('showing-resolution');
      const other = conversation();
      other.send('Company Portal problem');
      other.send(text);
      expect(other.state.stage).toBe('asking');
      expect(other.state.pending).toBe('errorText');
    },
  );
});
