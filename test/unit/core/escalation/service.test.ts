import { DeliveryError } from '../../../../src/core/escalation/errors.ts';
import { createEscalationService, type EscalationDeps } from '../../../../src/core/escalation/service.ts';
import type { Reply } from '../../../../src/core/reply/reply.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { MemoryDocumentStore } from '../../../fakes/memory-document-store.ts';
import {
  agentAna,
  agentBo,
  anEffect,
  aRequester,
  elsewhere,
  fakeSupport,
  fakeUsers,
  manualClock,
  rateLimited,
  recordingLogger,
  serverError,
  statusOf,
  supportPlaces,
} from './fakes.ts';

const translator = createTranslator();
const textOf = (replies: Reply[]) =>
  replies.map((r) => (r.kind === 'text' ? r.text : `[${r.kind}]`)).join('\n');

function setUp(overrides: Partial<EscalationDeps> = {}) {
  const store = new MemoryDocumentStore();
  const slack = fakeSupport('slack');
  const teamsUsers = fakeUsers('teams');
  const clock = manualClock();
  const logger = recordingLogger();
  const sleeps: number[] = [];
  const service = createEscalationService({
    store,
    translator,
    clock,
    logger,
    support: [slack.notifier],
    supportPlaces,
    users: [teamsUsers.notifier],
    remindMinutes: 30,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  return { store, slack, teamsUsers, clock, logger, sleeps, service };
}

describe('opening a case', () => {
  test('stores the case with a readable id, posts it to the support channel and tells the user', async () => {
    const { service, slack } = setUp();
    const replies = await service.open(anEffect(), aRequester());
    await service.idle();
    expect(textOf(replies)).toContain('ENR-1001');
    expect(textOf(replies)).toMatch(/passed it to the support team/);
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0]?.summary).toBe('Profile Installation Failed. A network error has occurred.');
    expect(slack.posts[0]?.actions.map((a) => a.payload)).toEqual([
      { type: 'case-claim', caseId: 'ENR-1001' },
      { type: 'case-resolve', caseId: 'ENR-1001' },
    ]);
    const stored = await service.getCase('ENR-1001');
    expect(stored?.status).toBe('open');
    expect(stored?.notHelped).toEqual(['ios/profile-installation-failed']);
    expect(stored?.posts.slack?.threadKey).toBe('slack:thread-1');
    expect(statusOf(stored, 'post:slack')).toBe('sent');
  });

  test('numbers cases one after another, even when opened at the same moment', async () => {
    const { service } = setUp();
    const replies = await Promise.all(
      [1, 2, 3].map((i) => service.open(anEffect(), aRequester({ conversationKey: `teams:conv-${i}` }))),
    );
    const ids = replies.map((r) => textOf(r).match(/ENR-\d+/)?.[0]).sort();
    expect(ids).toEqual(['ENR-1001', 'ENR-1002', 'ENR-1003']);
  });

  test('answers in the language of the conversation', async () => {
    const { service } = setUp();
    const replies = await service.open(anEffect({ locale: 'sv' }), aRequester({ locale: 'sv' }));
    expect(textOf(replies)).toMatch(/Jag har öppnat ärende ENR-1001/);
  });

  test('a second request from the same conversation does not open a second case', async () => {
    const { service, slack } = setUp();
    await service.open(anEffect(), aRequester());
    const again = await service.open(anEffect({ trigger: 'button' }), aRequester());
    await service.idle();
    expect(textOf(again)).toMatch(/ENR-1001 is already with the support team/);
    expect(slack.posts).toHaveLength(1);
  });

  test('one person has at most three open cases over all their conversations; the fourth is refused and posts nothing', async () => {
    const { service, slack, logger } = setUp();
    const from = (n: number, userId = '29:user-1') =>
      aRequester({
        userId,
        conversationKey: `teams:a:channel-post-${userId}-${n}`,
        home: { tenantId: 't1' },
      });
    for (const n of [1, 2, 3]) expect(textOf(await service.open(anEffect(), from(n)))).toMatch(/ENR-100\d/);
    const refused = await service.open(anEffect({ locale: 'fr' }), from(4));
    await service.idle();
    expect(textOf(refused)).toContain('ENR-1001, ENR-1002, ENR-1003');
    expect(textOf(refused)).toMatch(/dossiers ouverts/);
    expect(slack.posts).toHaveLength(3);
    expect(await service.getCase('ENR-1004')).toBeUndefined();
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: 'escalation.refused',
        fields: expect.objectContaining({ action: 'open', reason: 'too-many-open' }),
      }),
    );

    // Someone else in the same tenant is not held back by it, and takes the next number.
    expect(textOf(await service.open(anEffect(), from(1, '29:user-2')))).toContain('ENR-1004');
    // Once the team resolves one of hers, she may open another.
    await service.handleAction({ type: 'case-resolve', caseId: 'ENR-1002' }, agentAna, 'en');
    expect(textOf(await service.open(anEffect(), from(5)))).toContain('ENR-1005');
  });

  test('with no support channel the case is stored and the user is told plainly nobody was notified', async () => {
    const { service } = setUp({ support: [] });
    const replies = await service.open(anEffect(), aRequester());
    expect(textOf(replies)).toMatch(/nobody has been notified/);
    expect((await service.getCase('ENR-1001'))?.status).toBe('open');
  });

  test('"it works now" with no support channel closes the case without saying the team was told', async () => {
    const { service } = setUp({ support: [] });
    await service.open(anEffect(), aRequester());
    const replies = (await service.solvedByRequester?.(aRequester())) ?? [];
    expect(textOf(replies)).toContain('ENR-1001');
    expect(textOf(replies)).not.toMatch(/support team/);
    expect(await service.getCase('ENR-1001')).toMatchObject({ status: 'resolved', solvedByRequester: true });
  });

  test('a note written while waiting says which case took it, or that none did', async () => {
    const { service } = setUp();
    const note = { ...anEffect(), kind: 'case-details' as const, note: true };
    expect(textOf((await service.addDetails?.(note, aRequester())) ?? [])).toMatch(/can't find an open case/);
    await service.open(anEffect(), aRequester());
    expect(textOf((await service.addDetails?.(note, aRequester())) ?? [])).toContain(
      'added that to case ENR-1001',
    );
    await service.solvedByRequester?.(aRequester());
    expect(textOf((await service.addDetails?.(note, aRequester())) ?? [])).toMatch(
      /ENR-1001 is already closed/,
    );
    // An answer (not a note) is added without a word: the next question follows instead.
    expect(await service.addDetails?.({ ...note, note: false }, aRequester())).toEqual([]);
  });

  test('a storage outage gets a polite message and a log line, not a crash', async () => {
    const { service, store, logger } = setUp();
    store.failing = true;
    const replies = await service.open(anEffect(), aRequester());
    expect(textOf(replies)).toMatch(/couldn't save your case/);
    expect(logger.lines.some((l) => l.level === 'error' && l.msg === 'escalation.open-failed')).toBe(true);
  });

  test('logs carry case ids, never the user name or what they wrote', async () => {
    const { service, logger } = setUp();
    await service.open(anEffect(), aRequester());
    await service.idle();
    const logged = JSON.stringify(logger.lines);
    expect(logged).toContain('ENR-1001');
    expect(logged).not.toContain('Alex');
    expect(logged).not.toContain('Profile Installation');
  });
});

describe('delivery failures', () => {
  test('a rate limit and a server error are retried with backoff and the card is posted once', async () => {
    const { service, slack, sleeps } = setUp();
    slack.failNext(rateLimited(2), serverError());
    await service.open(anEffect(), aRequester());
    await service.idle();
    expect(slack.posts).toHaveLength(1);
    expect(sleeps[0]).toBe(2000);
    expect(sleeps).toHaveLength(2);
    const stored = await service.getCase('ENR-1001');
    expect(stored?.outbox.find((n) => n.key === 'post:slack')).toMatchObject({ status: 'sent', attempts: 3 });
  });

  test('when retries run out the post waits for the next tick, then goes out once', async () => {
    const { service, slack, clock } = setUp({ retry: { inlineAttempts: 2 } });
    slack.failNext(serverError(), serverError());
    await service.open(anEffect(), aRequester());
    await service.idle();
    expect(slack.posts).toHaveLength(0);
    expect(statusOf(await service.getCase('ENR-1001'), 'post:slack')).toBe('pending');
    await service.tick();
    expect(slack.posts).toHaveLength(0);
    clock.advance(10);
    await service.tick();
    await service.tick();
    expect(slack.posts).toHaveLength(1);
  });

  test('a permanent refusal is logged with the fix, the case stays open and the user is told', async () => {
    const { service, slack, logger, teamsUsers } = setUp();
    slack.failNext(new DeliveryError('forbidden', { adminHint: 'Add the app to the support team' }));
    await service.open(anEffect(), aRequester());
    await service.idle();
    const stored = await service.getCase('ENR-1001');
    expect(stored?.status).toBe('open');
    expect(statusOf(stored, 'post:slack')).toBe('failed');
    const gaveUp = logger.lines.find((l) => l.msg === 'escalation.delivery-gave-up');
    expect(gaveUp?.fields).toMatchObject({
      caseId: 'ENR-1001',
      code: 'forbidden',
      fix: 'Add the app to the support team',
    });
    expect(teamsUsers.sent.map((s) => s.notice.text)).toEqual([
      expect.stringMatching(/couldn't reach the support team.*ENR-1001/),
    ]);
  });

  test('after a restart between storing and posting, the new process posts the case once', async () => {
    const store = new MemoryDocumentStore();
    const hanging = fakeSupport('slack');
    hanging.notifier.post = () => new Promise(() => {}); // the process dies while this is in flight
    const before = setUp({ store, support: [hanging.notifier] });
    await before.service.open(anEffect(), aRequester());
    expect(statusOf(await before.service.getCase('ENR-1001'), 'post:slack')).toBe('pending');

    const after = setUp({ store });
    await after.service.start();
    await after.service.start();
    await after.service.tick();
    expect(after.slack.posts.map((p) => p.caseId)).toEqual(['ENR-1001']);
  });
});

describe('claiming', () => {
  test('of two claims at once exactly one wins and the other is told who has it', async () => {
    const { service, slack, teamsUsers } = setUp();
    await service.open(anEffect(), aRequester());
    await service.idle();
    const [a, b] = await Promise.all([
      service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en'),
      service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentBo, 'en'),
    ]);
    await service.idle();
    const answers = [textOf(a), textOf(b)];
    const winners = answers.filter((t) => t.startsWith('You have case ENR-1001'));
    expect(winners).toHaveLength(1);
    const stored = await service.getCase('ENR-1001');
    const loser = answers.find((t) => !t.startsWith('You have'));
    expect(loser).toBe(`${stored?.assignee?.userName} already has case ENR-1001.`);
    expect(slack.updates.at(-1)?.card.statusText).toBe(`Claimed by ${stored?.assignee?.userName}`);
    expect(slack.updates.at(-1)?.card.actions.map((x) => x.payload.type)).toEqual(['case-resolve']);
    expect(teamsUsers.sent.map((s) => s.notice.text)).toEqual([
      `${stored?.assignee?.userName} from the support team has picked up case ENR-1001. Write here and your messages go to them.`,
    ]);
  });

  test('the user hears who picked it up in their own language', async () => {
    const { service, teamsUsers } = setUp();
    await service.open(anEffect({ locale: 'fr' }), aRequester({ locale: 'fr' }));
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    await service.idle();
    expect(teamsUsers.sent[0]?.notice.text).toBe(
      'Ana Lopez de l’équipe de support a pris en charge le dossier ENR-1001. Écrivez ici et vos messages lui seront transmis.',
    );
  });

  test('a button for a case that does not exist or is resolved gets a polite answer', async () => {
    const { service } = setUp();
    expect(
      textOf(await service.handleAction({ type: 'case-claim', caseId: 'ENR-9999' }, agentAna, 'en')),
    ).toMatch(/can't find case ENR-9999/);
    await service.open(anEffect(), aRequester());
    await service.handleAction({ type: 'case-resolve', caseId: 'ENR-1001' }, agentAna, 'en');
    expect(
      textOf(await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentBo, 'sv')),
    ).toBe('Ärende ENR-1001 har redan lösts av Ana Lopez.');
    expect(
      textOf(await service.handleAction({ type: 'case-resolve', caseId: 'ENR-1001' }, agentBo, 'en')),
    ).toMatch(/already resolved by Ana Lopez/);
  });

  test('a storage outage during a claim is answered politely', async () => {
    const { service, store } = setUp();
    await service.open(anEffect(), aRequester());
    await service.idle();
    store.failing = true;
    const replies = await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    expect(textOf(replies)).toMatch(/couldn't reach the case storage/);
  });
});

describe('relay and resolution', () => {
  test('messages go both ways while claimed, marked with who said them', async () => {
    const { service, slack, teamsUsers } = setUp();
    const requester = aRequester();
    await service.open(anEffect(), requester);
    await service.idle();
    expect(await service.relayFromUser(requester, 'still broken')).toBe(false);
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    expect(await service.relayFromUser(requester, 'It is an iPad on iPadOS 18')).toBe(true);
    expect(await service.relayFromAgent('slack:thread-1', agentAna, 'Is the device supervised?')).toBe(true);
    expect(await service.relayFromAgent('slack:unknown-thread', agentAna, 'hello')).toBe(false);
    await service.idle();
    expect(slack.replies.map((r) => r.message)).toEqual([
      { author: 'Alex Wilber (requester)', text: 'It is an iPad on iPadOS 18' },
    ]);
    expect(teamsUsers.sent.at(-1)?.notice).toEqual({
      author: 'Ana Lopez (support)',
      text: 'Is the device supervised?',
    });
  });

  test('resolving ends the relay, updates the card and asks the user, whose answer is recorded', async () => {
    const { service, slack, teamsUsers } = setUp();
    const requester = aRequester();
    await service.open(anEffect(), requester);
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    const resolved = await service.handleAction({ type: 'case-resolve', caseId: 'ENR-1001' }, agentAna, 'en');
    await service.idle();
    expect(textOf(resolved)).toMatch(/ENR-1001 is resolved/);
    expect(slack.updates.at(-1)?.card.statusText).toBe('Resolved by Ana Lopez');
    expect(slack.updates.at(-1)?.card.actions).toEqual([]);
    expect(await service.relayFromUser(requester, 'thanks')).toBe(false);
    const ask = teamsUsers.sent.at(-1)?.notice;
    expect(ask?.text).toBe('Ana Lopez has marked case ENR-1001 as resolved. Is your problem solved?');
    expect(ask?.actions?.map((a) => a.payload)).toEqual([
      { type: 'case-satisfied', caseId: 'ENR-1001', solved: true },
      { type: 'case-satisfied', caseId: 'ENR-1001', solved: false },
    ]);
    const user = elsewhere(
      { channel: 'teams', userId: requester.userId, userName: requester.userName },
      requester.conversationKey,
    );
    expect(
      textOf(
        await service.handleAction({ type: 'case-satisfied', caseId: 'ENR-1001', solved: true }, user, 'en'),
      ),
    ).toMatch(/Glad it's fixed/);
    expect(
      textOf(
        await service.handleAction({ type: 'case-satisfied', caseId: 'ENR-1001', solved: false }, user, 'en'),
      ),
    ).toMatch(/already noted/);
    await service.idle();
    const stored = await service.getCase('ENR-1001');
    expect(stored?.satisfaction).toMatchObject({ solved: true });
    expect(slack.replies.at(-1)?.message.text).toBe('Alex Wilber says the problem is solved.');
  });

  test('"not solved" reopens the case so someone can claim it again', async () => {
    const { service, slack } = setUp();
    const requester = aRequester();
    await service.open(anEffect(), requester);
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    await service.handleAction({ type: 'case-resolve', caseId: 'ENR-1001' }, agentAna, 'en');
    const user = elsewhere(
      { channel: 'teams', userId: requester.userId, userName: requester.userName },
      requester.conversationKey,
    );
    const stranger = { ...agentBo, channel: 'teams' as const };
    expect(
      textOf(
        await service.handleAction(
          { type: 'case-satisfied', caseId: 'ENR-1001', solved: false },
          stranger,
          'en',
        ),
      ),
    ).toMatch(/Only the person who asked/);
    await service.handleAction({ type: 'case-satisfied', caseId: 'ENR-1001', solved: false }, user, 'en');
    await service.idle();
    expect((await service.getCase('ENR-1001'))?.status).toBe('open');
    expect(slack.updates.at(-1)?.card.statusText).toBe("Reopened: the user says it isn't solved");
    const again = await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentBo, 'en');
    expect(textOf(again)).toMatch(/You have case ENR-1001/);
  });
});

describe('reminders', () => {
  test('an unclaimed case is bumped once after the configured minutes', async () => {
    const { service, slack, clock } = setUp();
    await service.open(anEffect(), aRequester());
    await service.idle();
    clock.advance(29);
    await service.tick();
    expect(slack.replies).toHaveLength(0);
    clock.advance(1);
    await service.tick();
    clock.advance(60);
    await service.tick();
    expect(slack.replies.map((r) => r.message)).toEqual([
      { text: 'Case ENR-1001 has waited 30 minutes and nobody has claimed it yet.', broadcast: true },
    ]);
  });

  test('a claimed case is not bumped', async () => {
    const { service, slack, clock } = setUp();
    await service.open(anEffect(), aRequester());
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    clock.advance(45);
    await service.tick();
    expect(slack.replies).toHaveLength(0);
  });
});

describe('local mode', () => {
  test('asking again while the case is open names the same case instead of storing another', async () => {
    const { service } = setUp({ support: [] });
    await service.open(anEffect(), aRequester());
    const again = await service.open(anEffect({ trigger: 'asked-in-words' }), aRequester());
    // The notice was given once; asking again gives the same case id in one line, not the notice again.
    expect(textOf(again)).toMatch(/ENR-1001/);
    expect(textOf(again)).not.toMatch(/no support channel is set up/);
    expect(await service.getCase('ENR-1002')).toBeUndefined();
  });
});

describe('a long outage of the support channel', () => {
  test('is retried on every tick for a day, then the user is told and the case stays listed', async () => {
    const { service, slack, clock, teamsUsers } = setUp();
    const outage = () => Array.from({ length: 400 }, () => serverError());
    slack.failNext(...outage());
    await service.open(anEffect(), aRequester());
    await service.idle();
    for (let minute = 0; minute < 23 * 60; minute += 10) {
      clock.advance(10);
      await service.tick();
    }
    expect(statusOf(await service.getCase('ENR-1001'), 'post:slack')).toBe('pending');
    expect(teamsUsers.sent).toHaveLength(0);
    clock.advance(61);
    await service.tick();
    await service.idle();
    expect(statusOf(await service.getCase('ENR-1001'), 'post:slack')).toBe('failed');
    expect(teamsUsers.sent.map((s) => s.notice.text)).toEqual([
      expect.stringMatching(/couldn't reach the support team/),
    ]);
    expect((await service.getCase('ENR-1001'))?.status).toBe('open');
  });

  test('a card that gets through late still goes out once when the outage ends', async () => {
    const { service, slack, clock } = setUp();
    slack.failNext(...Array.from({ length: 6 }, () => serverError()));
    await service.open(anEffect(), aRequester());
    for (let minute = 0; minute < 30; minute++) {
      clock.advance(1);
      await service.tick();
    }
    expect(slack.posts).toHaveLength(1);
  });
});

describe('a requester who cannot be reached', () => {
  test('the team is told once in the case thread', async () => {
    const { service, slack } = setUp({
      users: [
        {
          channel: 'teams',
          send: async () => {
            throw new DeliveryError('forbidden', { adminHint: 'gone' });
          },
        },
      ],
    });
    await service.open(anEffect(), aRequester());
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    await service.relayFromAgent('slack:thread-1', agentAna, 'Hello?');
    await service.relayFromAgent('slack:thread-1', agentAna, 'Anyone?');
    await service.idle();
    expect(slack.replies.map((r) => r.message.text)).toEqual([
      "I can't reach Alex Wilber any more (the app was removed or the chat is gone), so replies here don't get through. Contact them another way.",
    ]);
  });
});

describe('an agent writing in a case thread the relay does not carry', () => {
  test('is told to claim first, or that the case is resolved; other threads get nothing', async () => {
    const { service } = setUp();
    await service.open(anEffect(), aRequester());
    await service.idle();
    expect(textOf(await service.explainUnrelayed('slack:thread-1', 'en'))).toBe(
      "Case ENR-1001 isn't claimed yet: press Claim on the card, then what you write here reaches Alex Wilber.",
    );
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    expect(await service.explainUnrelayed('slack:thread-1', 'en')).toEqual([]);
    await service.handleAction({ type: 'case-resolve', caseId: 'ENR-1001' }, agentAna, 'en');
    expect(textOf(await service.explainUnrelayed('slack:thread-1', 'sv'))).toBe(
      'Ärende ENR-1001 är löst, så meddelanden här når inte längre Alex Wilber.',
    );
    expect(await service.explainUnrelayed('slack:some-other-thread', 'en')).toEqual([]);
  });
});

describe('a restart in the middle of posting the card', () => {
  test('looks for the card first where the platform can say, so it is not posted twice', async () => {
    const store = new MemoryDocumentStore();
    const dying = fakeSupport('slack');
    dying.notifier.post = () => new Promise(() => {});
    dying.notifier.find = async () => undefined;
    const before = setUp({ store, support: [dying.notifier] });
    await before.service.open(anEffect(), aRequester());
    await new Promise((r) => setTimeout(r, 10));
    expect((await before.service.getCase('ENR-1001'))?.outbox[0]?.startedAt).toBeDefined();

    // The card did reach the channel before the process died: the new process finds it.
    const after = setUp({ store });
    const lookedFor: string[] = [];
    after.slack.notifier.find = async (caseId) => {
      lookedFor.push(caseId);
      return { channel: 'slack', threadKey: 'slack:found', ref: { id: 'msg-found' } };
    };
    await after.service.start();
    expect(lookedFor).toEqual(['ENR-1001']);
    expect(after.slack.posts).toHaveLength(0);
    expect((await after.service.getCase('ENR-1001'))?.posts.slack?.threadKey).toBe('slack:found');
  });
});

describe('relayed messages', () => {
  test('keep their order when one of them has to be retried', async () => {
    const sent: string[] = [];
    let failures = 1;
    const { service, clock } = setUp({
      retry: { inlineAttempts: 1 },
      users: [
        {
          channel: 'teams',
          send: async (_r, notice) => {
            if (notice.author && failures-- > 0) throw serverError();
            sent.push(notice.text);
            return undefined;
          },
        },
      ],
    });
    await service.open(anEffect(), aRequester());
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    await service.idle();
    sent.length = 0;
    await service.relayFromAgent('slack:thread-1', agentAna, 'first');
    await service.relayFromAgent('slack:thread-1', agentAna, 'second');
    await service.idle();
    expect(sent).toEqual([]);
    clock.advance(5);
    await service.tick();
    expect(sent).toEqual(['first', 'second']);
  });
});

describe('details added while the user waits', () => {
  test('the opening reply asks the first question the case has no answer for', async () => {
    const { service } = setUp();
    const replies = await service.open(anEffect(), aRequester());
    expect(replies.map((r) => r.kind)).toEqual(['text', 'text', 'question']);
    expect(replies[2]).toMatchObject({ kind: 'question', question: 'whereSeen' });
  });

  test('nothing is asked when every question was answered', async () => {
    const { service } = setUp();
    const answers = {
      errorText: 'x',
      whereSeen: 'company-portal',
      history: 'never-worked',
      platform: 'ios',
      usersAffected: 'all',
      devicesAffected: 'all',
      mdmAuthority: 'intune',
      enrollmentMethod: 'unknown',
    } as const;
    const replies = await service.open(anEffect({ answers }), aRequester());
    expect(replies.map((r) => r.kind)).toEqual(['text']);
  });

  test('an answer joins the case and its card is rewritten in place; a resolved case is left alone', async () => {
    const { service, slack } = setUp();
    const requester = aRequester();
    await service.open(anEffect(), requester);
    await service.idle();
    const details = { ...anEffect(), kind: 'case-details' as const };
    details.answers = { ...details.answers, usersAffected: 'all' };
    await service.addDetails?.(details, requester);
    await service.idle();
    expect((await service.getCase('ENR-1001'))?.answers.usersAffected).toBe('all');
    expect(slack.updates).toHaveLength(1);

    await service.handleAction({ type: 'case-resolve', caseId: 'ENR-1001' }, agentAna, 'en');
    await service.idle();
    const updatesBefore = slack.updates.length;
    details.answers = { ...details.answers, devicesAffected: 'one' };
    await service.addDetails?.(details, requester);
    await service.idle();
    expect((await service.getCase('ENR-1001'))?.answers.devicesAffected).toBeUndefined();
    expect(slack.updates).toHaveLength(updatesBefore);
  });
});

describe('a bot installed in several Slack workspaces, each with its own support channel', () => {
  const places: Record<string, string> = { T1: 'C1SUPPORT', T2: 'C2SUPPORT' };
  const slackIn = (teamId: string, userId: string) => ({
    channel: 'slack' as const,
    userId,
    userName: userId,
    where: { conversationKey: `slack/conv/${teamId}/${places[teamId]}`, channelId: places[teamId], teamId },
  });
  /** The card of a case goes to the requester's workspace's support channel. */
  function setUpWorkspaces() {
    const slack = fakeSupport('slack');
    const post = slack.notifier.post;
    slack.notifier.post = async (card, requester) => ({
      ...(await post(card, requester)),
      channelId: places.T1 as string,
    });
    return setUp({
      support: [slack.notifier],
      supportPlaces: { slack: async (where) => ({ channelId: places[where.teamId ?? ''] ?? '' }) },
      users: [fakeUsers('slack').notifier],
    });
  }
  const requesterInT1 = () =>
    aRequester({
      channel: 'slack',
      userId: 'U0ALEX',
      conversationKey: 'slack/conv/T1/D1',
      home: { teamId: 'T1' },
    });

  test('the support channel of another workspace may not claim or resolve the case', async () => {
    const { service, logger } = setUpWorkspaces();
    await service.open(anEffect(), requesterInT1());
    await service.idle();
    for (const type of ['case-claim', 'case-resolve'] as const) {
      const replies = await service.handleAction({ type, caseId: 'ENR-1001' }, slackIn('T2', 'U0EVE'), 'en');
      expect(textOf(replies)).toMatch(/only be claimed or resolved by the support team/);
    }
    const stored = await service.getCase('ENR-1001');
    expect(stored?.status).toBe('open');
    expect(stored?.assignee).toBeUndefined();
    expect(logger.lines.filter((l) => l.level === 'warn' && l.msg === 'escalation.refused')).toHaveLength(2);
    // Its own workspace's support channel still may.
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, slackIn('T1', 'U0ANA'), 'en');
    expect((await service.getCase('ENR-1001'))?.assignee?.userId).toBe('U0ANA');
  });

  test('"is it solved?" from the same user id in another workspace is not the requester\'s answer', async () => {
    const { service } = setUpWorkspaces();
    await service.open(anEffect(), requesterInT1());
    await service.idle();
    await service.handleAction({ type: 'case-resolve', caseId: 'ENR-1001' }, slackIn('T1', 'U0ANA'), 'en');
    const dm = (teamId: string) => ({
      ...slackIn(teamId, 'U0ALEX'),
      where: { conversationKey: `slack/conv/${teamId}/D1`, channelId: 'D1', teamId },
    });
    const forged = await service.handleAction(
      { type: 'case-satisfied', caseId: 'ENR-1001', solved: false },
      dm('T2'),
      'en',
    );
    expect(textOf(forged)).toMatch(/Only the person who asked/);
    expect((await service.getCase('ENR-1001'))?.status).toBe('resolved');
    await service.handleAction({ type: 'case-satisfied', caseId: 'ENR-1001', solved: true }, dm('T1'), 'en');
    expect((await service.getCase('ENR-1001'))?.satisfaction?.solved).toBe(true);
  });
});
