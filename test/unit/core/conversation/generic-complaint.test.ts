import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { loadTriageRules } from '../../../../src/content/load-triage-rules.ts';
import { createConversationEngine } from '../../../../src/core/conversation/engine.ts';
import type { ConversationState, TurnInput, TurnOutput } from '../../../../src/core/conversation/turn.ts';
import type { Locale } from '../../../../src/core/knowledge/entry.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import type { Reply } from '../../../../src/core/reply/reply.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';

// The real matcher: what matters is what the conversation does with its weak or platform-split hits.
const kb = loadKnowledgeBase();
const engine = createConversationEngine({
  kb,
  matcher: createMatcher(kb),
  translator: createTranslator(),
  rules: loadTriageRules(),
});

function conversation(clientLocale: Locale) {
  let state: ConversationState = engine.initialState(clientLocale);
  return {
    send(input: TurnInput | string): TurnOutput {
      const turn = engine.handle(state, typeof input === 'string' ? { kind: 'text', text: input } : input, {
        clientLocale,
        now: '2026-11-29T15:00:00.000Z',
      });
      state = JSON.parse(JSON.stringify(turn.state)) as ConversationState;
      return turn;
    },
    get state() {
      return state;
    },
  };
}

const question = (replies: Reply[]) => replies.find((r) => r.kind === 'question' && r.answered === undefined);
const shownOrOffered = (replies: Reply[]) =>
  replies.filter((r) => r.kind === 'resolution' || r.kind === 'choose-entry');

describe('a complaint that names no error, symptom or concept', () => {
  const cases: [Locale, string, string | undefined][] = [
    ['en', 'enrollment not working', undefined],
    ['en', 'my enrollment is broken', undefined],
    ['en', "My iPhone won't enroll", 'ios'],
    ['en', 'Enrollment fails on our Android phones', 'android'],
    ['sv', 'registreringen fungerar inte', undefined],
    ['sv', 'min iphone kan inte registreras', 'ios'],
    ['fr', "l'inscription ne fonctionne pas", undefined],
    ['fr', "mon iPhone ne s'inscrit pas", 'ios'],
    ['zh-CN', '注册不工作', undefined],
    ['zh-CN', '我的iPhone无法注册', 'ios'],
  ];

  test.each(cases)(
    '[%s] "%s" asks for what the device shows, keeping the platform named',
    (locale, text, platform) => {
      const chat = conversation(locale);
      const turn = chat.send(text);
      expect(shownOrOffered(turn.replies)).toEqual([]);
      expect(question(turn.replies)).toMatchObject({ question: 'errorText' });
      expect(chat.state.answers.platform).toBe(platform);
    },
  );

  test('the exact message then finds its card; a second vague answer ends in the honest no-match', () => {
    const chat = conversation('en');
    chat.send('my iPhone enrollment is broken');
    const card = chat.send('Profile installation failed. Connection to the server could not be established.');
    expect(card.replies.find((r) => r.kind === 'resolution')).toMatchObject({
      entryId: 'ios/profile-installation-failed-connection-to-the-server-could-not-be-established',
    });

    const vague = conversation('en');
    vague.send('enrollment not working');
    vague.send('it just does not work');
    expect(vague.state.stage).toBe('no-match');
  });

  test('a description with a symptom or concept is still matched, not asked again', () => {
    for (const text of [
      'Device cap reached',
      'Profile installation failed. Connection to the server could not be established.',
    ]) {
      const chat = conversation('en');
      const turn = chat.send(text);
      expect(chat.state.pending).not.toBe('errorText');
      expect(shownOrOffered(turn.replies).length + (question(turn.replies) ? 1 : 0)).toBeGreaterThan(0);
    }
  });
});

describe('an error named for two platforms whose articles differ', () => {
  test('asks which platform, then shows that platform’s card', () => {
    const chat = conversation('en');
    const turn = chat.send('Profile installation failed on Android and iPhone');
    expect(shownOrOffered(turn.replies)).toEqual([]);
    expect(question(turn.replies)).toMatchObject({ question: 'platform' });
    const ios = chat.send({
      kind: 'action',
      payload: { type: 'answer', question: 'platform', value: 'ios' },
    });
    const card = ios.replies.find((r) => r.kind === 'resolution');
    expect(card).toBeDefined();
    expect(card?.kind === 'resolution' && kb.entries.find((e) => e.id === card.entryId)?.platform).not.toBe(
      'android',
    );
  });

  test('one platform named still goes straight to its card', () => {
    const turn = conversation('en').send('Profile installation failed on Android');
    expect(question(turn.replies)).toBeUndefined();
    expect(turn.replies.find((r) => r.kind === 'resolution')).toMatchObject({
      entryId: 'general/profile-installation-failed',
    });
  });
});
