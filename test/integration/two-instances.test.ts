import { jest } from '@jest/globals';
import { storageKeys } from '../../src/core/escalation/case.ts';
import { createCaseRepository } from '../../src/core/escalation/case-repository.ts';
import { enqueue } from '../../src/core/escalation/outbox.ts';
import { createEscalationService } from '../../src/core/escalation/service.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { conversationKey } from '../../src/slack/address.ts';
import { PostgresStorage } from '../../src/storage/postgres-storage.ts';
import { type BotProcess, eventually, startBotProcess } from '../fakes/bot-process.ts';
import { startFakeSlackApi } from '../fakes/fake-slack-api.ts';
import { describePostgres, freshSchema } from '../fakes/postgres.ts';
import {
  buttonPayload,
  postSigned,
  SIGNING_SECRET,
  SUPPORT_CHANNEL,
  sendEvent,
  sendInteraction,
  TEAM,
} from '../fakes/slack-harness.ts';
import { anEffect, aRequester, recordingLogger } from '../unit/core/escalation/fakes.ts';

jest.setTimeout(90_000);

/**
 * Two real server processes (`src/index.ts`) on one PostgreSQL database behind no load balancer at
 * all: the test sends each request to whichever instance it likes, as a round-robin balancer would.
 */
describePostgres('two server processes on one PostgreSQL database', (url) => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  let slack: Awaited<ReturnType<typeof startFakeSlackApi>>;
  let store: PostgresStorage;
  let a: BotProcess;
  let b: BotProcess;

  beforeAll(async () => {
    schema = await freshSchema(url);
    slack = await startFakeSlackApi();
    store = new PostgresStorage({ url: schema.url, poolMax: 4 });
    await store.migrate();
    const env = (instance: string) => ({
      DATABASE_URL: schema.url,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.urlFor(instance),
      SLACK_SUPPORT_CHANNEL: SUPPORT_CHANNEL,
      ESCALATION_TICK_SECONDS: '1',
      ESCALATION_LEASE_SECONDS: '3',
    });
    [a, b] = await Promise.all([startBotProcess(env('a')), startBotProcess(env('b'))]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await slack?.close();
    await store?.close();
    await schema?.drop();
  });

  const events = (p: BotProcess) => `${p.base}/slack/events`;

  /** Waits until the channel has more messages than before and then none for a moment (a turn may post several). */
  async function repliesAfter(channel: string, before: number): Promise<void> {
    await eventually(() => slack.posted(channel).length > before);
    let seen = -1;
    await eventually(async () => {
      const now = slack.posted(channel).length;
      const still = now === seen;
      seen = now;
      if (!still) await new Promise((r) => setTimeout(r, 400));
      return still;
    });
  }

  async function converse(targets: BotProcess[], channel: string, user: string): Promise<string[]> {
    const script = ['Profile installation failed', 'iOS', 'help'];
    for (const [i, text] of script.entries()) {
      const before = slack.posted(channel).length;
      const target = targets[i % targets.length] as BotProcess;
      const res = await sendEvent(events(target), {
        type: 'message',
        channel_type: 'im',
        channel,
        user,
        text,
        ts: `${200 + i}.000${i}`,
      });
      expect(res.status).toBe(200);
      await repliesAfter(channel, before);
    }
    return slack.posted(channel).map((c) => String(c.body.text).replaceAll(user, '<user>'));
  }

  test('turns of one conversation alternated between the instances get the answers one instance gives', async () => {
    const alternated = await converse([a, b], 'D0ALT', 'U0ALT');
    const single = await converse([a], 'D0ONE', 'U0ONE');
    expect(alternated.length).toBeGreaterThanOrEqual(3);
    expect(alternated).toEqual(single);
  });

  test('two turns of one conversation arriving at both instances at once are both applied, one after the other', async () => {
    const texts = ['Profile installation failed', 'The device shows error 0x80CF0437'];
    const statuses = await Promise.all(
      [a, b].map(async (target, i) => {
        const res = await sendEvent(events(target), {
          type: 'message',
          channel_type: 'im',
          channel: 'D0BOTH',
          user: 'U0BOTH',
          text: texts[i],
          ts: `400.000${i}`,
        });
        return res.status;
      }),
    );
    expect(statuses).toEqual([200, 200]);
    await repliesAfter('D0BOTH', 1);
    const key = conversationKey({ mode: 'dm', teamId: TEAM, channelId: 'D0BOTH', userId: 'U0BOTH' });
    const state = (await store.read([key]))[key]?.state as { transcript: { from: string; text: string }[] };
    const said = state.transcript.filter((l) => l.from === 'user').map((l) => l.text);
    expect([...said].sort()).toEqual([...texts].sort());
  });

  test('two first turns of one Teams conversation at both instances at once are both kept', async () => {
    const texts = ['Profile installation failed', 'The device shows error 0x80CF0437'];
    const statuses = await Promise.all(
      [a, b].map(async (target, i) => {
        const res = await fetch(`${target.base}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            id: `both-${i}`,
            text: texts[i],
            deliveryMode: 'expectReplies',
            channelId: 'msteams',
            serviceUrl: 'https://smba.trafficmanager.net/amer/',
            from: { id: '29:both', name: 'Alex' },
            recipient: { id: '28:bot', name: 'Bot' },
            conversation: { id: 'a:teams-both', conversationType: 'personal', tenantId: 't' },
            locale: 'en-US',
          }),
        });
        return res.status;
      }),
    );
    expect(statuses).toEqual([200, 200]);
    const key = 'msteams/conversations/a:teams-both/';
    const stored = JSON.stringify((await store.read([key]))[key]);
    for (const text of texts) expect(stored).toContain(text);
  });

  test('a Slack event retried to the other instance is answered once, and a replay of it is refused there', async () => {
    const body = JSON.stringify({
      team_id: TEAM,
      api_app_id: 'A0APP',
      type: 'event_callback',
      event_id: 'EvTWICE',
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'message',
        channel_type: 'im',
        channel: 'D0RETRY',
        user: 'U0RETRY',
        text: 'help',
        ts: '300.1',
      },
    });
    const ts = Math.floor(Date.now() / 1000);
    expect((await postSigned(events(a), body, 'application/json', { timestamp: ts })).status).toBe(200);
    await repliesAfter('D0RETRY', 0);
    const answered = slack.posted('D0RETRY').length;

    // Slack's retry: the same event, a new request (new timestamp, new signature).
    const retry = await postSigned(events(b), body, 'application/json', {
      timestamp: ts + 1,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    // An attacker's copy of the first request, byte for byte.
    const replay = await postSigned(events(b), body, 'application/json', { timestamp: ts });
    await new Promise((r) => setTimeout(r, 1500));

    expect([retry.status, replay.status]).toEqual([200, 401]);
    expect(slack.posted('D0RETRY')).toHaveLength(answered);
    expect(b.count('slack.event-duplicate')).toBe(1);
  });

  test('twenty claims at once spread over both instances give one owner', async () => {
    const service = createEscalationService({
      store,
      translator: createTranslator(),
      clock: { now: () => new Date() },
      logger: recordingLogger(),
    });
    const requester = aRequester({
      channel: 'slack',
      conversationKey: 'slack/conv/T0TEAM/D0CLAIM',
      address: { mode: 'dm', teamId: TEAM, channelId: 'D0CLAIM', userId: 'U0REQ' },
    });
    await service.open(anEffect(), requester);
    const caseId = String(
      (await store.read([storageKeys.conversation(requester.conversationKey)]))[
        storageKeys.conversation(requester.conversationKey)
      ]?.caseId,
    );

    const statuses = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const res = await sendInteraction(
          events(i % 2 ? a : b),
          buttonPayload(
            { action_id: 'ieb:case-claim:0', value: JSON.stringify({ type: 'case-claim', caseId }) },
            { channel: SUPPORT_CHANNEL, messageTs: '9.0', user: `U0AGENT${i}` },
          ),
        );
        return res.status;
      }),
    );
    expect(statuses.every((s) => s === 200)).toBe(true);
    const claimed = () => a.count('escalation.claimed') + b.count('escalation.claimed');
    await eventually(() => claimed() >= 1);
    // Every press has been answered (one owner, nineteen told who has it) before counting owners.
    await eventually(
      async () => (await service.getCase(caseId))?.outbox.every((n) => n.status !== 'pending') ?? false,
    );
    await new Promise((r) => setTimeout(r, 1000));

    expect(claimed()).toBe(1);
    const stored = await service.getCase(caseId);
    expect(stored?.status).toBe('claimed');
    expect(stored?.assignee?.userId).toMatch(/^U0AGENT\d+$/);
    expect(a.count('escalation.action-failed') + b.count('escalation.action-failed')).toBe(0);
  });

  test('an instance killed while it sends case cards: every card reaches the channel exactly once', async () => {
    const repo = createCaseRepository(store);
    const service = createEscalationService({
      store,
      translator: createTranslator(),
      clock: { now: () => new Date() },
      logger: recordingLogger(),
    });
    const firstHeld = slack.holdCardPosts();
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const requester = aRequester({ conversationKey: `teams:a:killed-${n}` });
      await service.open(anEffect(), requester);
      // This helper has no channels: let it finish with the case before a card is queued for the bots.
      await service.idle();
      const id = String(
        (await store.read([storageKeys.conversation(requester.conversationKey)]))[
          storageKeys.conversation(requester.conversationKey)
        ]?.caseId,
      );
      ids.push(id);
      // Stored with a card to post, as a case opened on an instance with a Slack support channel.
      await repo.update(id, (c) => {
        enqueue(c, { kind: 'post', target: 'slack' }, new Date());
        return true;
      });
    }

    const held = await firstHeld;
    const victim = held.instance === 'a' ? a : b;
    const survivor = victim === a ? b : a;
    await victim.kill('SIGKILL');
    slack.releaseCardPosts();

    const cardsFor = (id: string) =>
      slack
        .posted(SUPPORT_CHANNEL)
        .filter(
          (c) => (c.body.metadata as { event_payload?: { case_id?: string } })?.event_payload?.case_id === id,
        );
    await eventually(async () => {
      const cases = await Promise.all(ids.map((id) => service.getCase(id)));
      return cases.every((c) => c?.outbox.find((n) => n.key === 'post:slack')?.status === 'sent');
    }, 30_000);

    for (const id of ids) {
      expect(cardsFor(id)).toHaveLength(1);
      expect((await service.getCase(id))?.posts.slack?.ref.ts).toBe(cardsFor(id)[0]?.ts);
    }
    expect(survivor.count('escalation.delivered')).toBeGreaterThan(0);
  });
});
