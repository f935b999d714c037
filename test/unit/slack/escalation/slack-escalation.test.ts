import nock from 'nock';
import { buildCaseCard } from '../../../../src/core/escalation/case-card.ts';
import { createEscalationService } from '../../../../src/core/escalation/service.ts';
import { parseActionPayload } from '../../../../src/core/reply/actions.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { renderCaseBlocks, renderUserNotice } from '../../../../src/slack/escalation/case-blocks.ts';
import {
  createOutboxSlackClient,
  createSlackSupportNotifier,
  createSlackUserNotifier,
} from '../../../../src/slack/escalation/notifiers.ts';
import { MemoryDocumentStore } from '../../../fakes/memory-document-store.ts';
import {
  aCase,
  agentAna,
  anEffect,
  aRequester,
  manualClock,
  recordingLogger,
  supportPlaces,
} from '../../core/escalation/fakes.ts';

const translator = createTranslator();
const api = 'https://slack.com';
const channel = 'C0SUPPORT';

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function bodyOf(raw: unknown): Record<string, unknown> {
  if (typeof raw === 'string') {
    const params = new URLSearchParams(raw);
    const out: Record<string, unknown> = {};
    for (const [k, v] of params) out[k] = k === 'blocks' ? JSON.parse(v) : v;
    return out;
  }
  return raw as Record<string, unknown>;
}

function setUp() {
  const client = createOutboxSlackClient('xoxb-test');
  const sleeps: number[] = [];
  const logger = recordingLogger();
  const clock = manualClock();
  const service = createEscalationService({
    store: new MemoryDocumentStore(),
    translator,
    clock,
    logger,
    support: [createSlackSupportNotifier(client, channel)],
    supportPlaces,
    users: [createSlackUserNotifier(client)],
    sleep: async (ms) => {
      sleeps.push(ms);
    },
  });
  return { service, sleeps, logger, clock };
}

const slackRequester = aRequester({
  channel: 'slack',
  userId: 'U0ALEX',
  conversationKey: 'slack/conv/T1/D0ALEX',
  address: { mode: 'dm', teamId: 'T1', channelId: 'D0ALEX', userId: 'U0ALEX' },
});

describe('the Slack case card', () => {
  test('escapes what the user wrote so it cannot link or mention anyone', () => {
    const c = {
      ...anEffect({
        answers: { errorText: '<@U0BOSS> <!channel> & <https://evil.example|click> @here \u202Egpj.exe' },
      }),
    };
    const card = buildCaseCard(
      aCase({ trigger: c.trigger, requester: aRequester({ userName: 'Eve <!here>' }), answers: c.answers }),
      { translator, locale: 'en' },
    );
    const message = renderCaseBlocks(card);
    const json = JSON.stringify(message);
    expect(json).not.toMatch(/<@U0BOSS>|<!channel>|<!here>|<https:/);
    expect(json).toContain('&lt;@\u2060U0BOSS&gt;');
    expect(json).toContain('@\u2060here');
    // A right-to-left override would show the file name reversed to the support team.
    expect(json).not.toContain('\u202E');
    expect(json.replaceAll('\u2060', '')).toContain('gpj.exe');
    const buttons = message.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
    expect(
      buttons.map((b) => (b.type === 'button' ? parseActionPayload(JSON.parse(b.value ?? '')) : null)),
    ).toEqual([
      { type: 'case-claim', caseId: 'ENR-1001' },
      { type: 'case-resolve', caseId: 'ENR-1001' },
    ]);
  });

  test('a notice asking the requester carries working case-satisfied buttons', () => {
    const m = renderUserNotice({
      text: 'Is your problem solved?',
      actions: [{ label: 'Yes', payload: { type: 'case-satisfied', caseId: 'ENR-1', solved: true } }],
    });
    const actions = m.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements[0]).toMatchObject({
      action_id: 'ieb:case-satisfied:0',
      value: '{"type":"case-satisfied","caseId":"ENR-1","solved":true}',
    });
  });
});

describe('posting to the Slack support channel', () => {
  test('429 with Retry-After, then 500: retried with backoff and posted exactly once', async () => {
    const posted: Record<string, unknown>[] = [];
    const scope = nock(api)
      .post('/api/chat.postMessage')
      .reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '3' })
      .post('/api/chat.postMessage')
      .reply(500, 'upstream error')
      // A 500 may come after Slack took the message: the channel is checked before posting again.
      .post('/api/conversations.history')
      .reply(200, { ok: true, messages: [{ ts: '1699999999.000001', text: 'someone else' }] })
      .post('/api/chat.postMessage', (body) => {
        posted.push(bodyOf(body));
        return true;
      })
      .reply(200, { ok: true, channel, ts: '1700000000.000100' });
    const { service, sleeps } = setUp();
    await service.open(anEffect(), slackRequester);
    await service.idle();
    scope.done();
    expect(posted).toHaveLength(1);
    expect(posted[0]?.channel).toBe(channel);
    expect(sleeps[0]).toBe(3000);
    expect(sleeps).toHaveLength(2);
    const stored = await service.getCase('ENR-1001');
    expect(stored?.posts.slack).toEqual({
      channel: 'slack',
      threadKey: `slack:${channel}:1700000000.000100`,
      ref: { channel, ts: '1700000000.000100', team: 'T1' },
      channelId: channel,
    });
  });

  test('a card that went out although Slack answered 500 is found, not posted twice', async () => {
    let cardMetadata: unknown;
    const scope = nock(api)
      .post('/api/chat.postMessage', (body) => {
        cardMetadata = bodyOf(body).metadata;
        return true;
      })
      .reply(500, 'gateway timeout after the message was stored')
      .post('/api/conversations.history', (body) => bodyOf(body).include_all_metadata === 'true')
      .reply(200, {
        ok: true,
        messages: [
          {
            ts: '1700000000.000100',
            metadata: { event_type: 'intune_enrollment_case', event_payload: { case_id: 'ENR-1001' } },
          },
        ],
      });
    const { service, logger } = setUp();
    await service.open(anEffect(), slackRequester);
    await service.idle();
    scope.done();
    expect(JSON.parse(String(cardMetadata))).toEqual({
      event_type: 'intune_enrollment_case',
      event_payload: { case_id: 'ENR-1001' },
    });
    expect((await service.getCase('ENR-1001'))?.posts.slack?.ref.ts).toBe('1700000000.000100');
    expect(logger.lines.some((l) => l.msg === 'escalation.post-found')).toBe(true);
  });

  test('not_in_channel is not retried; the log names the fix and the case stays open', async () => {
    const scope = nock(api)
      .post('/api/chat.postMessage')
      .reply(200, { ok: false, error: 'not_in_channel' })
      .post('/api/chat.postMessage', (body) => bodyOf(body).channel === 'D0ALEX')
      .reply(200, { ok: true, channel: 'D0ALEX', ts: '1.2' });
    const { service, logger } = setUp();
    await service.open(anEffect(), slackRequester);
    await service.idle();
    scope.done();
    const gaveUp = logger.lines.find((l) => l.msg === 'escalation.delivery-gave-up');
    expect(String(gaveUp?.fields?.fix)).toMatch(/Invite the app to the support channel/);
    expect((await service.getCase('ENR-1001'))?.status).toBe('open');
  });

  test('claim rewrites the card in place and a slash-command user hears it in their DM', async () => {
    const updates: Record<string, unknown>[] = [];
    const dms: Record<string, unknown>[] = [];
    const scope = nock(api)
      .post('/api/chat.postMessage')
      .reply(200, { ok: true, channel, ts: '1700000000.000100' })
      .post('/api/chat.update', (body) => {
        updates.push(bodyOf(body));
        return true;
      })
      .reply(200, { ok: true })
      .post('/api/chat.postMessage', (body) => {
        dms.push(bodyOf(body));
        return true;
      })
      .reply(200, { ok: true, channel: 'D0ALEX', ts: '1.3' });
    const { service } = setUp();
    const fromCommand = {
      ...slackRequester,
      conversationKey: 'slack/conv/T1/C0GENERAL/user/U0ALEX',
      address: { mode: 'ephemeral', teamId: 'T1', channelId: 'C0GENERAL', userId: 'U0ALEX' },
    };
    await service.open(anEffect(), fromCommand);
    await service.idle();
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agentAna, 'en');
    await service.idle();
    scope.done();
    expect(updates[0]).toMatchObject({ channel, ts: '1700000000.000100' });
    expect(JSON.stringify(updates[0]?.blocks)).toContain('Claimed by Ana Lopez');
    expect(JSON.stringify(updates[0]?.blocks)).not.toContain('case-claim');
    expect(dms[0]?.channel).toBe('U0ALEX');
    expect(String(dms[0]?.text)).toMatch(/Ana Lopez from the support team has picked up case ENR-1001/);
    // The requester answers in the app's DM: that conversation now reaches the agent.
    const inDm = { ...slackRequester, conversationKey: 'slack/conv/T1/D0ALEX' };
    nock(api).post('/api/chat.postMessage').reply(200, { ok: true, channel, ts: '1.4' });
    expect(await service.relayFromUser(inDm, 'Thanks, here is more detail')).toBe(true);
    await service.idle();
  });
});

describe('an unclaimed case', () => {
  test('is bumped once in its thread, also shown in the channel', async () => {
    const replies: Record<string, unknown>[] = [];
    const scope = nock(api)
      .post('/api/chat.postMessage')
      .reply(200, { ok: true, channel, ts: '1700000000.000100' })
      .post('/api/chat.postMessage', (body) => {
        replies.push(bodyOf(body));
        return true;
      })
      .reply(200, { ok: true, channel, ts: '1700000000.000200' });
    const { service, clock } = setUp();
    await service.open(anEffect(), slackRequester);
    await service.idle();
    clock.advance(30);
    await service.tick();
    clock.advance(30);
    await service.tick();
    scope.done();
    expect(replies).toEqual([
      expect.objectContaining({
        channel,
        thread_ts: '1700000000.000100',
        reply_broadcast: 'true',
        text: 'Case ENR-1001 has waited 30 minutes and nobody has claimed it yet.',
      }),
    ]);
  });
});

describe('Slack limits', () => {
  test('a huge paste and a long transcript stay within Block Kit limits', () => {
    const huge = '设备无法注册 <0x80180014> '.repeat(3000);
    const card = buildCaseCard(
      {
        version: 1,
        id: 'ENR-1042',
        status: 'claimed',
        assignee: { channel: 'slack', userId: 'U1', userName: 'Ana' },
        trigger: 'button',
        requester: aRequester({ userName: huge.slice(0, 300) }),
        answers: { errorText: huge, platform: 'ios' },
        shown: Array.from({ length: 8 }, (_, i) => ({ entryId: `ios/e${i}`, score: 0.5, why: '' })),
        notHelped: [],
        transcript: Array.from({ length: 30 }, () => ({ from: 'user' as const, text: huge, at: '' })),
        messages: [],
        createdAt: '2026-11-22T02:00:00.000Z',
        updatedAt: '2026-11-22T02:00:00.000Z',
        openSince: '2026-11-22T02:00:00.000Z',
        cardRevision: 2,
        posts: {},
        outbox: [],
      },
      { translator, locale: 'zh-CN' },
    );
    const m = renderCaseBlocks(card);
    expect(m.blocks.length).toBeLessThanOrEqual(50);
    expect(m.text.length).toBeLessThanOrEqual(4000);
    for (const b of m.blocks) {
      if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
      if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      if (b.type === 'section' && b.fields)
        for (const f of b.fields) expect(f.text.length).toBeLessThanOrEqual(2000);
    }
    expect(JSON.stringify(m)).not.toContain('<0x80180014>');
    expect(JSON.stringify(m.blocks).length).toBeLessThan(12000);
  });
});
