import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { loadConversationEngine } from '../../src/content/load-engine.ts';
import type { ConversationEngine } from '../../src/core/conversation/turn.ts';
import { caseIdPrefix } from '../../src/core/escalation/case.ts';
import { createEscalationService } from '../../src/core/escalation/service.ts';
import type { KnowledgeBase, Locale } from '../../src/core/knowledge/entry.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import type { ActionPayload } from '../../src/core/reply/actions.ts';
import { isOpenQuestion, type Reply, replacesQuestionCard } from '../../src/core/reply/reply.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { renderReply } from '../../src/slack/message.ts';
import { MemoryDocumentStore } from '../fakes/memory-document-store.ts';
import {
  apiBody,
  buttonPayload,
  SLACK_API,
  sendEvent,
  sendInteraction,
  startSlackServer,
  usersInfo,
  viewSubmission,
} from '../fakes/slack-harness.ts';
import { createTestBot } from '../fakes/teams-test-bot.ts';

/**
 * One table of conversations, run through the Teams bot (TestAdapter, production dialog) and the
 * Slack app (signed HTTP requests to the real server): both must reach the same decisions, because
 * both only carry the engine's replies.
 */
type Step = { say: string } | { press: (replies: Reply[]) => ActionPayload };
/** Per turn, what each reply must be; candidate lists are matched loosely so matcher tuning can reorder them. */
type Scenario = {
  name: string;
  locale: 'en-US' | 'fr-FR' | 'sv-SE' | 'zh-CN';
  steps: Step[];
  expected: unknown[][];
  /** Cases are stored but no support channel is set up (the terminal chat, a bot not yet connected). */
  localCases?: boolean;
};

/** A "which of these?" reply offering at least these entries. */
const chooseWith = (...ids: string[]) =>
  expect.stringMatching(
    new RegExp(`^choose:${ids.map((id) => `(?=.*${id.replace(/[/.-]/g, '\\$&')})`).join('')}`),
  );

const notFixed = (entryId: string): ActionPayload => ({ type: 'feedback', entryId, verdict: 'not-fixed' });

const connection = 'ios/profile-installation-failed-connection-to-the-server-could-not-be-established';
const networkError = 'ios/profile-installation-failed-a-network-error-has-occurred';
const connectionMessage = 'Profile Installation Failed. Connection to the server could not be established.';
/** The honest "the articles do not cover this", with the hand-off and restart buttons. */
const honestNoMatch = 'text[escalate,restart]';
/** The case goes to a person: the adapter says so (no support channel in these runs). */
const handOff = expect.stringMatching(/^text/);

const skipQuestion = (replies: Reply[]): ActionPayload => {
  for (const r of replies) if (r.kind === 'question' && r.answered === undefined) return r.skip.payload;
  throw new Error('no question to skip');
};

const choose =
  (value: string) =>
  (replies: Reply[]): ActionPayload => {
    for (const r of replies) {
      const choice =
        r.kind === 'question' && r.choices.find((c) => 'value' in c.payload && c.payload.value === value);
      if (choice) return choice.payload;
    }
    throw new Error(`no choice ${value}`);
  };

/** A Windows enrollment log of 60 lines whose error is on the last one. */
const windowsLog = [
  ...Array.from(
    { length: 59 },
    (_, i) =>
      `2024-05-01 10:${String(i).padStart(2, '0')}:07.412 Info  DeviceEnroller: step ${i + 1} of the enrollment session completed, continuing with the next step`,
  ),
  '2024-05-01 11:00:09.001 Error DeviceEnroller: MDM enrollment failed: 0x80CF0437',
].join('\n');

const scenarios: Scenario[] = [
  {
    name: 'an error code goes straight to its card',
    locale: 'en-US',
    steps: [{ say: '0x80CF0437' }],
    expected: [['resolution:general/error-code-0x80cf0437@en']],
  },
  {
    name: 'a French message is matched and answered from the French article',
    locale: 'fr-FR',
    steps: [{ say: "Échec de l’installation du profil. Une erreur réseau s'est produite." }],
    expected: [['resolution:ios/profile-installation-failed-a-network-error-has-occurred@fr']],
  },
  {
    name: 'an English-only article comes with a notice in the user language',
    locale: 'fr-FR',
    steps: [{ say: 'Le compte est en mode maintenance' }],
    expected: [['resolution:general/error-code-0x80043002@en+notice']],
  },
  {
    name: 'of two equally right cards, the one in the user language',
    locale: 'fr-FR',
    steps: [{ say: 'Le nombre maximal d’appareils est atteint' }],
    expected: [['resolution:ios/device-cap-reached@fr']],
  },
  {
    name: 'an ambiguous message offers a choice',
    locale: 'en-US',
    steps: [{ say: 'MDM' }],
    expected: [
      [
        chooseWith(
          'ios/profile-installation-failed-the-new-mdm-payload-does-not-match-the-old-payload',
          'general/enrolled-ios-device-doesnt-appear-in-console-when-using-system-center-configuration-manager-with-intune',
        ),
      ],
    ],
  },
  {
    name: 'a message that means different things per platform asks, then offers a choice',
    locale: 'en-US',
    steps: [{ say: 'Profile installation failed' }, { press: skipQuestion }],
    expected: [
      ['text', 'question:platform'],
      [
        'answered:platform',
        chooseWith('general/profile-installation-failed', 'general/profile-installation-failed-1'),
      ],
    ],
  },
  {
    name: 'an error at the end of a 60-line pasted log is found as in a single line',
    locale: 'en-US',
    steps: [{ say: windowsLog }],
    expected: [['resolution:general/error-code-0x80cf0437@en']],
  },
  {
    name: 'the platform the user named picks the iOS card of two equally good ones',
    locale: 'en-US',
    steps: [
      { say: 'iPhone says device cap reached' },
      { say: 'Company Portal Temporarily Unavailable on my iPad' },
    ],
    expected: [
      ['resolution:ios/device-cap-reached@en'],
      [
        'resolution:ios/company-portal-temporarily-unavailable-the-company-portal-app-encountered-a-problem-if-the-problem-persists-contact-your-system-administrator@en',
      ],
    ],
  },
  {
    name: 'an exact title gets the entry whose title it is',
    locale: 'en-US',
    steps: [{ say: 'The machine is already enrolled' }],
    expected: [['resolution:general/the-machine-is-already-enrolled---error-hr-0x8007064c@en']],
  },
  {
    name: 'an undocumented Windows enrollment code gets an honest refusal with the page that covers it',
    locale: 'en-US',
    steps: [{ say: 'hr 0x8018002b' }],
    expected: [['text+link[escalate,restart]']],
  },
  {
    name: 'one title for two platforms and no platform known: the platform is asked, then decides',
    locale: 'en-US',
    steps: [{ say: 'Device Cap Reached' }, { press: choose('ios') }],
    expected: [
      ['text', 'question:platform'],
      ['answered:platform', 'resolution:ios/device-cap-reached@en'],
    ],
  },
  {
    name: 'a question answered by typing is answered on its card, as a press would be',
    locale: 'en-US',
    steps: [{ say: 'Device Cap Reached' }, { say: 'iOS' }],
    expected: [
      ['text', 'question:platform'],
      ['answered:platform', 'resolution:ios/device-cap-reached@en'],
    ],
  },
  {
    name: 'a follow-up question skipped by typing is answered on its card, and the resolution card stays',
    locale: 'fr-FR',
    steps: [{ say: connectionMessage }, { say: 'je ne sais pas' }],
    expected: [
      [`resolution:${connection}@fr`, 'text', 'question:history'],
      ['answered:history', 'question:usersAffected'],
    ],
  },
  {
    name: 'the exact text typed when asked for it is answered on its card',
    locale: 'en-US',
    steps: [{ say: 'qwertyuiop zxcvbnm' }, { say: '0x80CF0437' }],
    expected: [
      ['text', 'question:errorText'],
      ['answered:errorText', 'resolution:general/error-code-0x80cf0437@en'],
    ],
  },
  {
    name: '"None of these" after "Didn’t help" does not ask again for the text the card was found by',
    locale: 'en-US',
    steps: [
      { say: 'Profile Installation Failed. A network error has occurred.' },
      { press: () => notFixed(networkError) },
      { press: () => ({ type: 'choose-entry', entryId: null }) },
    ],
    expected: [
      [`resolution:${networkError}@en`],
      [chooseWith('general/profile-installation-failed', 'general/profile-installation-failed-1')],
      [honestNoMatch],
    ],
  },
  {
    name: 'a message the matcher cannot place gets a request for the exact text',
    locale: 'en-US',
    steps: [{ say: 'qwertyuiop zxcvbnm' }],
    expected: [['text', 'question:errorText']],
  },
  {
    name: 'a question about something else gets the honest no-match at once',
    locale: 'en-US',
    steps: [{ say: 'my printer is on fire' }],
    expected: [[honestNoMatch]],
  },
  {
    name: 'asking for a person in English words opens the hand-off',
    locale: 'en-US',
    steps: [{ say: 'can someone from IT help me with this?' }],
    expected: [[handOff]],
  },
  {
    name: 'asking for a person in Swedish opens the hand-off',
    locale: 'sv-SE',
    steps: [{ say: 'jag vill prata med en människa' }],
    expected: [[handOff]],
  },
  {
    name: 'asking for a person in French, mid-interview, opens the hand-off',
    locale: 'fr-FR',
    steps: [{ say: 'Profile installation failed' }, { say: "je voudrais parler à quelqu'un du support" }],
    expected: [['text', 'question:platform'], [handOff]],
  },
  {
    name: 'asking for a person in Chinese opens the hand-off',
    locale: 'zh-CN',
    steps: [{ say: '请帮我联系IT部门的同事' }],
    expected: [[handOff]],
  },
  {
    name: 'a problem that mentions support is matched, not handed off',
    locale: 'en-US',
    steps: [{ say: 'support says the device cap was reached' }],
    // Looked up like any problem text: the device-cap cards exist for two platforms, so it asks which.
    expected: [['text', 'question:platform']],
  },
  {
    name: '"reset my password" is a topic the articles do not cover, not a restart',
    locale: 'en-US',
    steps: [{ say: '0x80CF0437' }, { say: 'reset my password' }],
    expected: [['resolution:general/error-code-0x80cf0437@en'], [honestNoMatch]],
  },
  {
    name: '"skip" with no question pending is not an answer, "?" asks for help',
    locale: 'en-US',
    steps: [{ say: 'skip' }, { say: '?' }],
    expected: [['text'], ['text']],
  },
  {
    name: '"thanks!" after an answer gets a polite close',
    locale: 'en-US',
    steps: [{ say: '0x80CF0437' }, { say: 'thanks!' }],
    expected: [['resolution:general/error-code-0x80cf0437@en'], ['text']],
  },
  {
    name: 'a new error code while a question is pending is a new problem',
    locale: 'en-US',
    steps: [{ say: connectionMessage }, { say: '0x80CF0437' }],
    expected: [
      [`resolution:${connection}@en`, 'text', 'question:history'],
      // The card whose questions were being answered is offered again after the new one.
      ['resolution:general/error-code-0x80cf0437@en', 'text[choose-entry]'],
    ],
  },
  {
    name: 'a new error message while a question is pending is a new problem',
    locale: 'en-US',
    steps: [{ say: connectionMessage }, { say: 'XPC_TYPE_ERROR Connection invalid' }],
    expected: [
      [`resolution:${connection}@en`, 'text', 'question:history'],
      ['resolution:ios/xpc_type_error-connection-invalid@en', 'text[choose-entry]'],
    ],
  },
  {
    name: 'an answer volunteered for another question is taken and not asked again',
    locale: 'en-US',
    steps: [
      { say: connectionMessage },
      { press: skipQuestion },
      { say: 'personal BYOD phones' },
      { press: skipQuestion },
      { press: skipQuestion },
    ],
    // history, then users and devices; the enrollment method was volunteered, so the card comes next.
    expected: [
      [`resolution:${connection}@en`, 'text', 'question:history'],
      ['answered:history', 'question:usersAffected'],
      ['question:usersAffected'],
      ['answered:usersAffected', 'question:devicesAffected'],
      ['answered:devicesAffected', 'text', `resolution:${connection}@en`],
    ],
  },
  {
    name: 'a question not understood twice is left open, not asked a third time',
    locale: 'en-US',
    steps: [{ say: connectionMessage }, { say: 'hmm' }, { say: 'purple' }],
    expected: [
      [`resolution:${connection}@en`, 'text', 'question:history'],
      ['text', 'question:history'],
      ['text', 'text', 'question:usersAffected'],
    ],
  },
  {
    name: 'without a support channel the hand-off gives the case id once, and "Didn’t help" again does not repeat it',
    locale: 'en-US',
    localCases: true,
    steps: [
      { say: '0x80CF0437' },
      { press: () => notFixed('general/error-code-0x80cf0437') },
      { press: () => notFixed('general/error-code-0x80cf0437') },
      { press: () => notFixed('general/error-code-0x80cf0437') },
      { press: () => notFixed('general/error-code-0x80cf0437') },
      { press: () => notFixed('general/error-code-0x80cf0437') },
    ],
    // No other card: a person is offered, not called; pressed again, that is the answer. The notice (a
    // warning with the case id) once; each later press only the case id again.
    expected: [
      ['resolution:general/error-code-0x80cf0437@en'],
      [honestNoMatch],
      ['text+case!'],
      ['text+case'],
      ['text+case'],
      ['text+case'],
    ],
  },
  {
    name: 'without a support channel nobody is coming: no questions "while you wait" after the hand-off',
    locale: 'en-US',
    localCases: true,
    steps: [{ say: connectionMessage }, { press: () => ({ type: 'escalate' }) }],
    expected: [[`resolution:${connection}@en`, 'text', 'question:history'], ['text+case!']],
  },
  {
    name: 'a set-up question gets the guide an article links to and a person, not a request for an error',
    locale: 'sv-SE',
    steps: [{ say: 'hur registrerar jag en iPad?' }, { say: 'ja tack' }],
    expected: [['text+link[escalate,restart]'], [handOff]],
  },
  {
    name: 'a set-up question the articles link no guide for is told so, with a person offered',
    locale: 'zh-CN',
    steps: [{ say: '怎么配置注册限制？' }],
    expected: [[honestNoMatch]],
  },
  {
    name: 'two errors in one message: the first card, then the other one a press away',
    locale: 'en-US',
    steps: [
      { say: 'two things: one laptop fails with 0x80CF0437 and another with 0x80043001' },
      { press: () => ({ type: 'choose-entry', entryId: 'general/error-code-0x80043001' }) },
    ],
    expected: [
      ['resolution:general/error-code-0x80cf0437@en', 'text[choose-entry]'],
      ['resolution:general/error-code-0x80043001@en'],
    ],
  },
  {
    name: 'two errors named in plain words: the platform asked, the first card, then the other one a press away',
    locale: 'en-US',
    steps: [
      { say: 'device cap reached and also company portal temporarily unavailable' },
      { press: choose('ios') },
    ],
    expected: [
      ['text', 'question:platform'],
      ['answered:platform', 'resolution:ios/device-cap-reached@en', 'text[choose-entry]'],
    ],
  },
  {
    name: 'a phone named after a Windows code was refused is new context: what it shows is asked for',
    locale: 'en-US',
    steps: [{ say: 'hr 0x8018002b' }, { say: "it's an iPhone" }],
    expected: [['text+link[escalate,restart]'], ['text', 'question:errorText']],
  },
];

const caseId = new RegExp(`\\b${caseIdPrefix}\\d+\\b`);

/** A store of cases with no support channel: what a deployment without one, or the terminal chat, runs. */
function localEscalation() {
  return createEscalationService({
    store: new MemoryDocumentStore(),
    translator: createTranslator(),
    clock: { now: () => new Date('2026-11-29T08:00:00Z') },
    logger: silentLogger,
  });
}

function decision(r: Reply): string {
  switch (r.kind) {
    case 'resolution':
      return `resolution:${r.entryId}@${r.contentLocale}${r.fallbackNotice ? '+notice' : ''}`;
    case 'choose-entry':
      return `choose:${r.options.map((o) => o.entryId).join(',')}`;
    case 'question':
      return r.answered === undefined ? `question:${r.question}` : `answered:${r.question}`;
    case 'text': {
      // A refusal that names where the answer is (a Learn page) is a different decision.
      const link = /https:\/\/learn\.microsoft\.com\//.test(r.text) ? '+link' : '';
      const buttons = r.actions?.length ? `[${r.actions.map((a) => a.payload.type).join(',')}]` : '';
      // A case id given to the user, and whether it came as a warning (the "nobody was notified" notice).
      const handoff = caseId.test(r.text) ? `+case${r.tone === 'warning' ? '!' : ''}` : '';
      return `text${link}${buttons}${handoff}`;
    }
  }
}

let engine: ConversationEngine;
let engineKb: KnowledgeBase;
beforeAll(() => {
  ({ engine, kb: engineKb } = loadConversationEngine({ translator: createTranslator() }));
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});

afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

/**
 * Which messages a turn must rewrite: each answered question takes the place of the card that asked it,
 * the pressed one (`pressedId`) or, for a typed answer, the open card last posted for that question.
 */
function cardsToRewrite(step: Step, turn: Reply[], open: Map<string, string>, pressedId: string): string[] {
  return turn
    .filter(replacesQuestionCard)
    .flatMap((r) => ('press' in step ? [pressedId] : (open.get(r.question) ?? [])));
}

async function runTeams(s: Scenario): Promise<string[][]> {
  let turn: Reply[] = [];
  // The open question cards posted so far, by question: the id the connector gave each.
  const open = new Map<string, string>();
  const { send, adapter } = createTestBot({
    engine,
    locale: s.locale,
    ...(s.localCases ? { escalation: localEscalation() } : {}),
    render: (replies) => {
      turn.push(...replies);
      return replies.map((r) => ({ type: 'message', text: isOpenQuestion(r) ? `open:${r.question}` : 'x' }));
    },
  });
  const sendActivities = adapter.sendActivities.bind(adapter);
  adapter.sendActivities = async (context, activities) => {
    const responses = await sendActivities(context, activities);
    activities.forEach((a, i) => {
      const id = responses[i]?.id;
      if (a.text?.startsWith('open:') && id) open.set(a.text.slice('open:'.length), id);
    });
    return responses;
  };
  let updated: string[] = [];
  const update = adapter.updateActivity.bind(adapter);
  adapter.updateActivity = (context, activity) => {
    updated.push(String(activity.id));
    return update(context, activity);
  };
  const out: string[][] = [];
  let last: Reply[] = [];
  for (const step of s.steps) {
    turn = [];
    updated = [];
    const before = new Map(open);
    const activity =
      'say' in step
        ? { type: 'message', text: step.say }
        : { type: 'message', replyToId: 'card-1', value: { ieb: step.press(last) } };
    await send(activity);
    // A pressed card is named by replyToId; a typed answer rewrites the card that asked it.
    expect(updated).toEqual(cardsToRewrite(step, turn, before, 'card-1'));
    last = turn;
    out.push(turn.map(decision));
  }
  return out;
}

/** The question a posted Slack message asks, when it holds an open question card (its buttons answer it). */
function questionOf(body: Record<string, unknown>): string | undefined {
  for (const block of (body.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[]) {
    for (const e of block.elements ?? []) {
      if (e.action_id?.startsWith('ieb:answer') && e.value) return JSON.parse(e.value).question;
    }
  }
  return undefined;
}

async function runSlack(s: Scenario): Promise<string[][]> {
  let turn: Reply[] = [];
  const h = await startSlackServer({
    engine,
    ...(s.localCases ? { escalation: localEscalation() } : {}),
    render: (reply, t) => {
      turn.push(reply);
      return renderReply(reply, t);
    },
  });
  let posted = 0;
  let updated: string[] = [];
  let sharedWithCard = 0;
  const open = new Map<string, string>();
  const api = nock(SLACK_API)
    .post('/api/users.info')
    .reply(200, usersInfo(s.locale))
    // nock hands a matcher the form body already parsed: a post must carry Block Kit blocks.
    .post('/api/chat.postMessage', (b: Record<string, unknown>) => typeof b.blocks === 'string')
    .times(40)
    .reply((_uri, b) => {
      posted++;
      const ts = `9.${posted}`;
      const body = apiBody(b);
      const question = questionOf(body);
      if (question) open.set(question, ts);
      // Rewriting a question's message must not take a resolution card with it.
      if (question && JSON.stringify(body.blocks).includes('ieb:feedback')) sharedWithCard++;
      return [200, { ok: true, ts }];
    })
    .post('/api/chat.update', (b) => {
      updated.push(String(apiBody(b).ts));
      return true;
    })
    .times(20)
    .reply(200, { ok: true, ts: '111.222' });
  try {
    const out: string[][] = [];
    let last: Reply[] = [];
    let ts = 1;
    for (const step of s.steps) {
      turn = [];
      const before = new Map(open);
      const postedBefore = posted;
      if ('say' in step) {
        await sendEvent(h.url, {
          type: 'message',
          channel_type: 'im',
          channel: 'D0DM',
          user: 'U0ALEX',
          text: step.say,
          ts: `${ts++}.0`,
        });
      } else {
        const payload = step.press(last);
        await sendInteraction(h.url, {
          ...buttonPayload(
            { action_id: `ieb:${payload.type}:0`, value: JSON.stringify(payload) },
            { channel: 'D0DM' },
          ),
          // Each press is its own request with its own trigger (Slack refuses a replayed one).
          trigger_id: `${ts++}.4.trigger`,
        });
      }
      await h.slack.idle();
      // The decision really reached Slack as a Block Kit message in the DM.
      expect(posted).toBeGreaterThan(postedBefore);
      // The harness presses buttons on message 111.222; a typed answer rewrites the card that asked.
      expect(updated).toEqual(cardsToRewrite(step, turn, before, '111.222'));
      expect(sharedWithCard).toBe(0);
      updated = [];
      last = turn;
      out.push(turn.map(decision));
    }
    return out;
  } finally {
    await h.close();
    api.persist(false);
    nock.cleanAll();
  }
}

describe('the same decisions in Teams and Slack', () => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, s) => {
    const teams = await runTeams(s);
    const slack = await runSlack(s);
    expect(slack).toEqual(teams);
    expect(teams).toEqual(s.expected);
  });
});

/** Drives the engine alone (what both channels carry) to read the words of its replies. */
function talk(locale: Locale, ...inputs: (string | ActionPayload)[]): Reply[][] {
  let state = engine.initialState(locale);
  return inputs.map((input) => {
    const out = engine.handle(
      state,
      typeof input === 'string' ? { kind: 'text', text: input } : { kind: 'action', payload: input },
      { clientLocale: locale, now: '2026-11-29T08:00:00.000Z' },
    );
    state = out.state;
    return out.replies;
  });
}

const options = (replies: Reply[] = []) =>
  replies.flatMap((r) => (r.kind === 'choose-entry' ? r.options : []));
const latin = /[A-Za-z]{3,}/;

describe('one language per reply', () => {
  test('a Chinese reply quotes no English title the user never wrote', () => {
    const [turn] = talk('zh-CN', '设备上限已达到');
    const card = turn?.find((r) => r.kind === 'resolution');
    expect(card?.kind === 'resolution' && card.contentLocale).toBe('zh-CN');
    expect(card?.kind === 'resolution' && latin.test(card.why)).toBe(false);
  });

  test('the reason quotes the user’s words or the title, never a phrase of the matcher’s own', () => {
    const said = "ADE device won't start enrollment";
    const [turn] = talk('en', said);
    const card = turn?.find((r) => r.kind === 'resolution');
    if (card?.kind !== 'resolution') throw new Error('no card');
    expect(card.why.includes(card.title) || card.why.includes(said)).toBe(true);
  });

  test.each([
    ['Le nombre maximal d’appareils est atteint', notFixed('ios/device-cap-reached')],
    ['Échec de l’installation du profil', { type: 'answer', question: 'platform', value: 'unknown' }],
  ] as const)(
    'the alternatives to "%s" carry the title in the user’s language where the article has one',
    (said, next) => {
      const turns = talk('fr', said, next);
      const offered = options(turns[1]);
      expect(offered.length).toBeGreaterThan(0);
      for (const o of offered) {
        const entry = engineKb.entries.find((e) => e.id === o.entryId);
        if (!entry) throw new Error(o.entryId);
        const fr = entry.locales.fr;
        if (!fr.fallback) expect(o.title).toContain(fr.title);
        // An English-only card is never offered with a French line quoted beside it.
        else expect(o.why).not.toMatch(/[«“"]/);
      }
    },
  );

  test('an English-only card is never offered with a line quoted beside it, whatever title is pasted in any language', () => {
    const quoted: string[] = [];
    for (const locale of ['sv', 'fr', 'zh-CN'] as const) {
      for (const pasted of engineKb.entries) {
        const [first = []] = talk(locale, pasted.locales[locale].title);
        const card = first.find((r) => r.kind === 'resolution');
        const next: ActionPayload = card
          ? notFixed(card.entryId)
          : { type: 'answer', question: 'platform', value: 'unknown' };
        const [, second = []] = talk(locale, pasted.locales[locale].title, next);
        for (const o of options([...first, ...second])) {
          const entry = engineKb.entries.find((e) => e.id === o.entryId);
          if (entry?.locales[locale].fallback && /[«“”"]/.test(o.why)) quoted.push(`${locale}: ${o.why}`);
        }
      }
    }
    expect(quoted).toEqual([]);
  });

  test('alternatives are told apart: no two labels alike, none cut inside a word', () => {
    const turns = talk(
      'en',
      'Company Portal',
      { type: 'answer', question: 'platform', value: 'unknown' },
      'Profile installation failed',
      { type: 'answer', question: 'platform', value: 'unknown' },
    );
    for (const turn of turns) {
      const offered = options(turn);
      const labels = offered.map((o) => o.action.label.toLowerCase().replace(/[.。]/g, ''));
      expect(new Set(labels).size).toBe(labels.length);
      expect(new Set(offered.map((o) => o.title)).size).toBe(offered.length);
      for (const o of offered) {
        expect(o.action.label.length).toBeLessThanOrEqual(75);
        if (o.action.label.endsWith('…')) {
          const kept = o.action.label.slice(0, -1);
          // What is kept ends where a word of the title ends.
          expect(o.title).toMatch(new RegExp(`${kept.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s,.]`));
        }
      }
    }
  });
});

describe('the Slack form', () => {
  it('reaches the same card as typing the error text', async () => {
    const decisions: string[] = [];
    const h = await startSlackServer({
      engine,
      render: (reply, t) => {
        decisions.push(decision(reply));
        return renderReply(reply, t);
      },
    });
    let card: { text?: string; blocks?: { type: string }[] } | undefined;
    const api = nock(SLACK_API).post('/api/users.info').reply(200, usersInfo('en-US'));
    const hook = nock('https://hooks.slack.com')
      .post('/commands/T0TEAM/1/cmd', (b) => {
        card = b;
        return true;
      })
      .reply(200, 'ok');
    try {
      const res = await sendInteraction(
        h.url,
        viewSubmission(
          {
            errorText: { errorText: { type: 'plain_text_input', value: '0x80CF0437' } },
            platform: { platform: { type: 'static_select', selected_option: { value: 'windows' } } },
          },
          JSON.stringify({
            m: 'ephemeral',
            t: 'T0TEAM',
            c: 'C0GENERAL',
            u: 'U0ALEX',
            r: 'https://hooks.slack.com/commands/T0TEAM/1/cmd',
            l: 'en',
          }),
        ),
      );
      await h.slack.idle();
      expect(res.status).toBe(200);
      expect(decisions).toEqual(['resolution:general/error-code-0x80cf0437@en']);
      expect(card?.blocks?.[0]?.type).toBe('header');
      api.done();
      hook.done();
    } finally {
      await h.close();
      nock.cleanAll();
    }
  });
});
