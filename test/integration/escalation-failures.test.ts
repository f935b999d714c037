import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import type { SupportNotifier } from '../../src/core/escalation/notifier.ts';
import { createEscalationService, type EscalationService } from '../../src/core/escalation/service.ts';
import type { DocumentStore } from '../../src/core/ports/document-store.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import {
  createOutboxSlackClient,
  createSlackSupportNotifier,
  createSlackUserNotifier,
} from '../../src/slack/escalation/notifiers.ts';
import { SqliteStorage } from '../../src/storage/sqlite-storage.ts';
import { createFakeEngine } from '../fakes/fake-engine.ts';
import { MemoryDocumentStore } from '../fakes/memory-document-store.ts';
import {
  apiBody,
  buttonPayload,
  RESPONSE_HOST,
  SLACK_API,
  SUPPORT_CHANNEL,
  sendInteraction,
  startSlackServer,
} from '../fakes/slack-harness.ts';
import { RecordingLogger } from '../fakes/teams-test-bot.ts';
import { inSupportChannel, supportPlaces } from '../unit/core/escalation/fakes.ts';

const translator = createTranslator();
const cardTs = '1700000000.000100';
const effect = {
  kind: 'escalate' as const,
  trigger: 'no-match' as const,
  answers: { errorText: 'Device could not be enrolled 0x87D1FDE8' },
  shown: [],
  transcript: [],
  locale: 'en' as const,
};
const requester = {
  channel: 'slack' as const,
  userId: 'U0ALEX',
  userName: 'Alex Admin',
  locale: 'en' as const,
  conversationKey: 'slack/conv/T0TEAM/D0ALEX',
  address: { mode: 'dm', teamId: 'T0TEAM', channelId: 'D0ALEX', userId: 'U0ALEX' },
};

function service(store: DocumentStore, support: SupportNotifier[]): EscalationService {
  const outbox = createOutboxSlackClient('xoxb-test-token', `${SLACK_API}/api/`);
  return createEscalationService({
    store,
    translator,
    clock: { now: () => new Date() },
    logger: new RecordingLogger(),
    support,
    supportPlaces,
    users: [createSlackUserNotifier(outbox)],
    sleep: async () => {},
  });
}

function slackSupport(): SupportNotifier {
  return createSlackSupportNotifier(
    createOutboxSlackClient('xoxb-test-token', `${SLACK_API}/api/`),
    SUPPORT_CHANNEL,
  );
}

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('a restart between storing the case and posting it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'escalation-restart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('posts the case after the restart, exactly once', async () => {
    const path = join(dir, 'bot.sqlite');
    // First process: the case is stored, then the process dies while the post is in flight.
    const first = new SqliteStorage(path);
    const dying: SupportNotifier = { ...slackSupport(), post: () => new Promise(() => {}) };
    const replies = await service(first, [dying]).open(effect, requester);
    expect(replies[0]?.kind === 'text' && replies[0].text).toMatch(/ENR-1001/);
    first.close();

    // Second process on the same file: start() sends what the outbox still holds.
    const posts: Record<string, unknown>[] = [];
    nock(SLACK_API)
      .persist()
      .post('/api/chat.postMessage')
      .reply((_uri, body) => {
        posts.push(apiBody(body));
        return [200, { ok: true, channel: SUPPORT_CHANNEL, ts: cardTs }];
      });
    const second = new SqliteStorage(path);
    const again = service(second, [slackSupport()]);
    await again.start();
    await again.start();
    await again.tick();
    await again.idle();
    expect(posts.map((p) => p.channel)).toEqual([SUPPORT_CHANNEL]);
    expect(JSON.stringify(posts[0]?.blocks)).toContain('0x87D1FDE8');
    const stored = await again.getCase('ENR-1001');
    expect(stored?.outbox.find((n) => n.key === 'post:slack')?.status).toBe('sent');
    second.close();
  });
});

describe('the support channel through the real server', () => {
  it('of two agents claiming at once, one wins and the other is told who has it', async () => {
    const store = new MemoryDocumentStore();
    nock(SLACK_API)
      .persist()
      .post('/api/users.info')
      .reply((_uri, body) => {
        const id = String(apiBody(body).user);
        const name = id === 'U0ANA' ? 'Ana Lopez' : 'Bo Berg';
        return [
          200,
          { ok: true, user: { id, name, real_name: name, locale: 'en-US', profile: { display_name: name } } },
        ];
      })
      .post(/\/api\/chat\.\w+/)
      .reply(200, { ok: true, channel: SUPPORT_CHANNEL, ts: cardTs });
    const answers: string[] = [];
    nock(RESPONSE_HOST)
      .persist()
      .post(/.*/)
      .reply((_uri, body) => {
        answers.push(String((body as { text?: string }).text));
        return [200, 'ok'];
      });
    const escalation = service(store, [slackSupport()]);
    const server = await startSlackServer({ store, escalation, engine: createFakeEngine() });
    try {
      await escalation.open(effect, requester);
      await escalation.idle();
      let presses = 0;
      // Every press is its own signed request (Slack gives each a new trigger_id).
      const press = (user: string) =>
        sendInteraction(server.url, {
          ...buttonPayload(
            {
              action_id: 'ieb:case-claim:0',
              value: JSON.stringify({ type: 'case-claim', caseId: 'ENR-1001' }),
            },
            { channel: SUPPORT_CHANNEL, messageTs: cardTs, user },
          ),
          trigger_id: `press-${++presses}`,
        });
      const [a, b] = await Promise.all([press('U0ANA'), press('U0BO')]);
      expect([a.status, b.status]).toEqual([200, 200]);
      await server.slack.idle();
      await escalation.idle();
      const winner = (await escalation.getCase('ENR-1001'))?.assignee?.userName;
      expect(['Ana Lopez', 'Bo Berg']).toContain(winner);
      expect(answers.sort()).toEqual(
        [
          `${winner} already has case ENR-1001.`,
          'You have case ENR-1001. Reply in its thread to write to Alex Admin.',
        ].sort(),
      );

      // Resolved, then a late Claim and a button for a case that never existed: polite answers.
      await escalation.handleAction(
        { type: 'case-resolve', caseId: 'ENR-1001' },
        inSupportChannel({ channel: 'slack', userId: 'U0ANA', userName: 'Ana Lopez' }),
        'en',
      );
      await escalation.idle();
      answers.length = 0;
      await press('U0BO');
      await sendInteraction(
        server.url,
        buttonPayload(
          {
            action_id: 'ieb:case-claim:0',
            value: JSON.stringify({ type: 'case-claim', caseId: 'ENR-999999' }),
          },
          { channel: SUPPORT_CHANNEL, messageTs: cardTs, user: 'U0BO' },
        ),
      );
      await server.slack.idle();
      expect(answers).toEqual([
        'Case ENR-1001 was already resolved by Ana Lopez.',
        "I can't find case ENR-999999. It may have been removed; nothing was changed.",
      ]);
      expect(server.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await server.close();
      await escalation.idle();
    }
  });
});
