import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import type { ConversationEngine } from '../../src/core/conversation/turn.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { SqliteStorage } from '../../src/storage/sqlite-storage.ts';
import { createFakeEngine } from '../fakes/fake-engine.ts';
import { FakeEscalation } from '../fakes/fake-escalation.ts';
import { MemoryDocumentStore } from '../fakes/memory-document-store.ts';
import { ownTimeMs } from '../fakes/own-time.ts';
import { aQuestion, aResolution } from '../fakes/replies.ts';
import {
  apiBody,
  BOT_USER,
  buttonPayload,
  commandBody,
  postSigned,
  RESPONSE_HOST,
  SLACK_API,
  SUPPORT_CHANNEL,
  sendCommand,
  sendEvent,
  sendInteraction,
  startSlackServer,
  TEAM,
  usersInfo,
  viewSubmission,
} from '../fakes/slack-harness.ts';

type Harness = Awaited<ReturnType<typeof startSlackServer>>;
let h: Harness | undefined;

beforeEach(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});

afterEach(async () => {
  await h?.close();
  h = undefined;
  nock.cleanAll();
  nock.enableNetConnect();
});

function slackApi() {
  return nock(SLACK_API).matchHeader('authorization', 'Bearer xoxb-test-token');
}

/** An engine whose every answer is the given replies (to exercise cards and buttons). */
function scriptedEngine(replies: ReturnType<typeof aResolution | typeof aQuestion>[]): ConversationEngine {
  const base = createFakeEngine();
  return { initialState: base.initialState, handle: (state) => ({ state, replies, effects: [] }) };
}

describe('slash command', () => {
  it('acks at once and answers the text privately through response_url', async () => {
    h = await startSlackServer();
    const api = slackApi().post('/api/users.info').reply(200, usersInfo('fr-FR'));
    let posted: Record<string, unknown> | undefined;
    const hook = nock(RESPONSE_HOST)
      .post('/commands/T0TEAM/1/cmd', (b) => {
        posted = b;
        return true;
      })
      .reply(200, 'ok');

    const res = await sendCommand(h.url, 'Profile installation failed &amp; more');
    await h.slack.idle();

    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(posted?.response_type).toBe('ephemeral');
    // The engine got the user's "&" back; Slack shows the escaped entity as "&" again.
    expect(posted?.text).toBe('error=Profile installation failed &amp; more len=34 [fr]');
    api.done();
    hook.done();
  });

  it('opens the interview modal with the trigger id when no text is given', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo('sv-SE'));
    let view: Record<string, unknown> | undefined;
    const open = slackApi()
      .post('/api/views.open', (b) => {
        const body = apiBody(b);
        view = body.view as Record<string, unknown>;
        return body.trigger_id === '1.2.trigger';
      })
      .reply(200, { ok: true, view: { id: 'V1' } });

    const res = await sendCommand(h.url, '');
    await h.slack.idle();

    expect(res.status).toBe(200);
    open.done();
    expect(view?.callback_id).toBe('ieb:interview');
    const blocks = view?.blocks as { type: string; block_id?: string }[];
    expect(blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual([
      'errorText',
      'whereSeen',
      'history',
      'platform',
      'usersAffected',
      'devicesAffected',
      'mdmAuthority',
      'enrollmentMethod',
    ]);
    expect((view?.title as { text: string } | undefined)?.text).toBe('Hjälp med registrering');
  });

  it('relays "/intune <text>" to the person who claimed the case, as a DM or mention would be', async () => {
    const escalation = new FakeEscalation();
    escalation.claimed.add('U0ALEX');
    h = await startSlackServer({ escalation });
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const hook = nock(RESPONSE_HOST).post('/commands/T0TEAM/1/cmd').reply(200, 'ok');

    await sendCommand(h.url, 'it still fails after the reboot');
    await h.slack.idle();

    expect(escalation.relayedFromUser.map((r) => r.text)).toEqual(['it still fails after the reboot']);
    // Relayed, not answered by the bot: nothing was posted to the response_url.
    expect(hook.isDone()).toBe(false);
  });

  it('falls back to a direct message when the response_url has expired', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    nock(RESPONSE_HOST).post('/commands/T0TEAM/1/cmd').reply(404, 'expired_url');
    let dm: Record<string, unknown> | undefined;
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        dm = apiBody(b);
        return true;
      })
      .reply(200, { ok: true });

    await sendCommand(h.url, '0x80CF0437');
    await h.slack.idle();

    expect(dm?.channel).toBe('U0ALEX');
    expect(dm?.text).toBe('error=0x80CF0437 len=10 [en]');
    expect(h.logger.lines.find((l) => l.msg === 'slack.response-url-failed')?.fields?.status).toBe(404);
  });

  it('explains usage in the user language for "/intune aide"', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo('fr-CA'));
    let text = '';
    nock(RESPONSE_HOST)
      .post('/commands/T0TEAM/1/cmd', (b) => {
        text = b.text;
        return true;
      })
      .reply(200, 'ok');

    await sendCommand(h.url, 'aide');
    await h.slack.idle();

    expect(text).toContain('Comment utiliser /intune');
  });

  it('tells the user when the modal cannot be opened in time', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    slackApi().post('/api/views.open').reply(200, { ok: false, error: 'expired_trigger_id' });
    let text = '';
    nock(RESPONSE_HOST)
      .post('/commands/T0TEAM/1/cmd', (b) => {
        text = b.text;
        return true;
      })
      .reply(200, 'ok');

    await sendCommand(h.url, '');
    await h.slack.idle();

    expect(text).toBe('The form could not open in time. Type /intune again to retry.');
    expect(h.logger.has('slack.views-open-failed')).toBe(true);
  });
});

describe('request verification', () => {
  it.each([
    ['unsigned', { signature: null }, 'unsigned'],
    ['wrongly signed', { signature: 'v0=deadbeef' }, 'signature'],
    ['older than five minutes', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }, 'stale'],
  ])(
    'rejects a %s request with 401 and does nothing, nor remembers it as seen',
    async (_name, opts, reason) => {
      const remembered: string[] = [];
      h = await startSlackServer({
        seen: {
          firstSeen: async (key) => {
            remembered.push(key);
            return true;
          },
        },
      });
      // Net connect is off: any Web API or response_url call would fail the test through pendingMocks/logs.
      const res = await sendCommand(h.url, 'Profile installation failed', {}, opts);
      await h.slack.idle();
      expect(res.status).toBe(401);
      expect(await h.store.inner.read(['slack/conv/T0TEAM/C0GENERAL/user/U0ALEX'])).toEqual({});
      // Refused by the bot's one check, before Bolt reads the request (Bolt's own check is off).
      expect(h.logger.lines.filter((l) => l.msg.startsWith('slack.'))).toEqual([
        expect.objectContaining({ msg: 'slack.request-rejected', fields: { reason, status: 401 } }),
      ]);
      expect(remembered).toEqual([]);
    },
  );

  it.each([
    ['alone', 'ssl_check=1&token=legacy'],
    ['with a command smuggled in', commandBody('0x80CF0437', { ssl_check: '1' })],
  ])("answers Slack's unsigned ssl_check %s with a plain 200 and runs nothing", async (_name, body) => {
    h = await startSlackServer();
    const res = await postSigned(h.url, body, 'application/x-www-form-urlencoded', { signature: null });
    await h.slack.idle();
    expect([res.status, res.text]).toEqual([200, '']);
    expect(await h.store.inner.read(['slack/conv/T0TEAM/C0GENERAL/user/U0ALEX'])).toEqual({});
    expect(h.logger.lines.filter((l) => l.level !== 'debug')).toEqual([]);
  });

  it.each([
    ['an absolute-form target', (base: string) => `${base}/slack/events`],
    ['a dot segment', () => '/slack/./events'],
    ['a parent segment', () => '/x/../slack/events'],
    ['a backslash', () => '/slack\\events'],
  ])(
    'checks an unsigned command sent to the events path written as %s, and refuses it',
    async (_name, target) => {
      h = await startSlackServer();
      const base = new URL(h.url).origin;
      const body = commandBody('Profile installation failed');
      const { port } = new URL(h.url);
      // Written on a raw socket: an HTTP client (and nock, which wraps it) would rewrite such a target.
      const status = await new Promise<number>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.end(
            `POST ${target(base)} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n` +
              `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
          );
        });
        let head = '';
        socket.on('data', (chunk) => {
          head += chunk.toString('latin1');
          const line = /^HTTP\/1\.1 (\d{3})/.exec(head);
          if (line) {
            resolve(Number(line[1]));
            socket.destroy();
          }
        });
        socket.on('error', reject);
        socket.on('close', () => resolve(0));
      });
      await h.slack.idle();
      // Refused, or not routed at all; never run as a command without its signature.
      expect([401, 404, 405]).toContain(status);
      expect(await h.store.inner.read(['slack/conv/T0TEAM/C0GENERAL/user/U0ALEX'])).toEqual({});
    },
  );

  it('does no conversation-store lookup of its own before the ack (the bot keeps conversations itself)', async () => {
    h = await startSlackServer();
    let boltStore: boolean | undefined;
    h.slack.bolt.use(async ({ context, next }) => {
      boltStore = 'updateConversation' in context || 'conversation' in context;
      await next();
    });
    slackApi().post('/api/users.info').reply(200, usersInfo());
    nock(RESPONSE_HOST).post('/commands/T0TEAM/1/cmd').reply(200, 'ok');
    expect((await sendCommand(h.url, '0x80CF0437')).status).toBe(200);
    await h.slack.idle();
    expect(boltStore).toBe(false);
  });
});

describe('replays', () => {
  it('answers a replayed signed command once and rejects the copy', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const hook = nock(RESPONSE_HOST).post('/commands/T0TEAM/1/cmd').once().reply(200, 'ok');
    const ts = Math.floor(Date.now() / 1000);

    const first = await sendCommand(h.url, '0x80CF0437', {}, { timestamp: ts });
    const replay = await sendCommand(h.url, '0x80CF0437', {}, { timestamp: ts });
    await h.slack.idle();

    expect([first.status, replay.status]).toEqual([200, 401]);
    hook.done();
    expect(h.logger.has('slack.replay-rejected')).toBe(true);
  });

  it('runs a captured command once even when the copies claim to be Slack retries', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const hook = nock(RESPONSE_HOST).post('/commands/T0TEAM/1/cmd').once().reply(200, 'ok');
    const ts = Math.floor(Date.now() / 1000);

    const statuses = [(await sendCommand(h.url, '0x80CF0437', {}, { timestamp: ts })).status];
    for (const n of [1, 2, 3, 4, 5]) {
      const headers = { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' };
      statuses.push((await sendCommand(h.url, '0x80CF0437', {}, { timestamp: ts, headers })).status);
    }
    await h.slack.idle();

    expect(statuses).toEqual([200, 401, 401, 401, 401, 401]);
    hook.done();
  });

  it.each([
    ['six minutes in the future', 6 * 60],
    ['six minutes in the past', -6 * 60],
  ])('refuses a correctly signed request stamped %s', async (_name, offset) => {
    h = await startSlackServer();
    const res = await sendCommand(
      h.url,
      '0x80CF0437',
      {},
      { timestamp: Math.floor(Date.now() / 1000) + offset },
    );
    await h.slack.idle();
    expect(res.status).toBe(401);
    expect(await h.store.inner.read(['slack/conv/T0TEAM/C0GENERAL/user/U0ALEX'])).toEqual({});
  });

  it('accepts a request stamped four minutes ahead (clocks differ a little)', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const hook = nock(RESPONSE_HOST).post('/commands/T0TEAM/1/cmd').once().reply(200, 'ok');
    const res = await sendCommand(
      h.url,
      '0x80CF0437',
      {},
      { timestamp: Math.floor(Date.now() / 1000) + 4 * 60 },
    );
    await h.slack.idle();
    expect(res.status).toBe(200);
    hook.done();
  });

  it('answers an event retried after a restart once, and refuses a replay after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ieb-seen-'));
    const path = join(dir, 'bot.sqlite');
    const event = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      text: 'hi',
      ts: '7.1',
    };
    const ts = Math.floor(Date.now() / 1000);
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const post = slackApi().post('/api/chat.postMessage').once().reply(200, { ok: true });
    try {
      const before = new SqliteStorage(path);
      h = await startSlackServer({ seen: before });
      await sendEvent(h.url, event, { eventId: 'EvRESTART', timestamp: ts });
      await h.slack.idle();
      await h.close();
      before.close();

      const after = new SqliteStorage(path);
      h = await startSlackServer({ seen: after });
      const retry = await sendEvent(h.url, event, {
        eventId: 'EvRESTART',
        timestamp: ts + 1,
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      });
      const replay = await sendEvent(h.url, event, { eventId: 'EvRESTART', timestamp: ts });
      await h.slack.idle();
      after.close();

      expect([retry.status, replay.status]).toEqual([200, 401]);
      post.done();
      expect(h.logger.has('slack.event-duplicate')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * users.info (the user's language, which every answer needs) held unanswered until `release()`: an ack
 * that waited for it, or for anything after it, cannot come while it is held.
 */
function heldUsersInfo(times: number) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held = true;
  const scope = slackApi()
    .post('/api/users.info')
    .times(times)
    .reply(async () => {
      await released;
      return [200, usersInfo()];
    });
  return {
    scope,
    get held() {
      return held;
    },
    release() {
      held = false;
      release();
    },
  };
}

/**
 * Sends the commands at once and releases the Web API once every ack is in, or after `stallMs` should
 * an ack wait for it (the test then fails on `whileHeld` rather than hanging). Each ack's time is taken
 * on the bot's own clock (ownTimeMs): what Slack would wait for on a machine the bot has to itself.
 */
async function acksWhileWebApiHeld(
  url: string,
  webApi: ReturnType<typeof heldUsersInfo>,
  count: number,
  stallMs = 30_000,
) {
  const started = ownTimeMs();
  const wallStarted = performance.now();
  const all = Promise.all(
    Array.from({ length: count }, (_, i) =>
      sendCommand(url, `error ${i}`, { user_id: `U${i}` }).then((res) => ({
        status: res.status,
        ms: ownTimeMs() - started,
        wallMs: performance.now() - wallStarted,
        whileHeld: webApi.held,
      })),
    ),
  );
  const stall = new AbortController();
  await Promise.race([all, sleep(stallMs, undefined, { signal: stall.signal }).catch(() => undefined)]);
  stall.abort();
  webApi.release();
  return await all;
}

describe('ack timing', () => {
  it('acks within 3 s while the Web API has not answered, and answers after', async () => {
    h = await startSlackServer({ clientOptions: { timeout: 0 } });
    const webApi = heldUsersInfo(1);
    let answeredWhileHeld: boolean | undefined;
    const hook = nock(RESPONSE_HOST)
      .post('/commands/T0TEAM/1/cmd', () => {
        answeredWhileHeld = webApi.held;
        return true;
      })
      .reply(200, 'ok');

    const acks = await acksWhileWebApiHeld(h.url, webApi, 1);
    await h.slack.idle();

    process.stdout.write(
      `slash command ack: ${acks[0]?.ms.toFixed(1)} ms of the bot's own time (wall ${acks[0]?.wallMs.toFixed(1)} ms)\n`,
    );
    expect(acks.map((a) => [a.status, a.whileHeld])).toEqual([[200, true]]);
    expect(acks[0]?.ms).toBeLessThan(3000);
    // The answer needs the user's language, so it went out only once users.info answered.
    expect(answeredWhileHeld).toBe(false);
    webApi.scope.done();
    hook.done();
  }, 60_000);
});

describe('ack under load', () => {
  it('acks 30 simultaneous commands within 3 s, none waiting for the Web API, and answers every one', async () => {
    const server = await startSlackServer({ clientOptions: { timeout: 0 } });
    h = server;
    const webApi = heldUsersInfo(30);
    const hook = nock(RESPONSE_HOST).post('/commands/T0TEAM/1/cmd').times(30).reply(200, 'ok');

    const acks = await acksWhileWebApiHeld(server.url, webApi, 30);
    await server.slack.idle();

    const ms = acks.map((a) => a.ms).sort((a, b) => a - b);
    const wallMax = Math.max(...acks.map((a) => a.wallMs));
    process.stdout.write(
      `30 concurrent acks: p50 ${ms[14]?.toFixed(1)} ms, max ${ms[29]?.toFixed(1)} ms of the bot's own time (wall max ${wallMax.toFixed(0)} ms), Web API held until the last\n`,
    );
    expect(acks.every((a) => a.status === 200)).toBe(true);
    // Every ack went out while no Web API call had answered: none waits for Slack, the turn or its answer.
    expect(acks.filter((a) => !a.whileHeld)).toEqual([]);
    expect(ms[29]).toBeLessThan(3000);
    // Nothing lost: each command got its answer once the Web API answered.
    webApi.scope.done();
    hook.done();
  }, 60_000);
});

describe('buttons', () => {
  it('feeds a reply button on an ephemeral answer to the engine and answers privately', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    let text = '';
    const hook = nock(RESPONSE_HOST)
      .post('/actions/T0TEAM/2/act', (b) => {
        text = b.text;
        return b.response_type === 'ephemeral';
      })
      .reply(200, 'ok');
    const value = JSON.stringify({ type: 'answer', question: 'platform', value: 'ios' });

    const res = await sendInteraction(
      h.url,
      buttonPayload({ action_id: 'ieb:answer:0', value }, { ephemeral: true }),
    );
    await h.slack.idle();

    expect(res.status).toBe(200);
    expect(text).toBe('answer platform=ios [en]');
    hook.done();
  });

  it('answers an unknown or garbled button politely', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    let text = '';
    nock(RESPONSE_HOST)
      .post('/actions/T0TEAM/2/act', (b) => {
        text = b.text;
        return true;
      })
      .reply(200, 'ok');

    const res = await sendInteraction(
      h.url,
      buttonPayload(
        { action_id: 'ieb:answer:0', value: '{"type":"answer","question":"nope"' },
        { ephemeral: true },
      ),
    );
    await h.slack.idle();

    expect(res.status).toBe(200);
    expect(text).toContain('no longer works');
    expect(h.logger.has('slack.unknown-action')).toBe(true);
    // A forged or stale button is the client's doing: no error-level line for an operator to chase.
    expect(h.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('acks the Learn link button without doing anything else', async () => {
    h = await startSlackServer();
    const res = await sendInteraction(
      h.url,
      buttonPayload({ action_id: 'slack:learn', url: 'https://learn.microsoft.com/x' }, { ephemeral: true }),
    );
    await h.slack.idle();
    expect(res.status).toBe(200);
  });

  it('shares a private resolution with the channel, without the feedback buttons', async () => {
    h = await startSlackServer({ engine: scriptedEngine([aResolution({ entryId: 'ios/network-error' })]) });
    slackApi().post('/api/users.info').reply(200, usersInfo());
    let privateCard:
      | { blocks: { type: string; elements?: { action_id?: string; value?: string }[] }[] }
      | undefined;
    nock(RESPONSE_HOST)
      .post('/commands/T0TEAM/1/cmd', (b) => {
        privateCard = b;
        return true;
      })
      .reply(200, 'ok');
    await sendCommand(h.url, 'network error');
    await h.slack.idle();
    const buttons = privateCard?.blocks.flatMap((b) => b.elements ?? []) ?? [];
    const share = buttons.find((e) => e.action_id === 'slack:share');
    expect(share?.value).toBe('ios/network-error');
    expect(buttons.some((e) => e.action_id?.startsWith('ieb:feedback'))).toBe(true);

    let shared:
      | {
          response_type: string;
          blocks: { type: string; elements?: { action_id?: string; text?: unknown; url?: string }[] }[];
        }
      | undefined;
    nock(RESPONSE_HOST)
      .post('/actions/T0TEAM/2/act', (b) => {
        shared = b;
        return true;
      })
      .reply(200, 'ok');
    await sendInteraction(
      h.url,
      buttonPayload({ action_id: 'slack:share', value: share?.value ?? '' }, { ephemeral: true }),
    );
    await h.slack.idle();

    expect(shared?.response_type).toBe('in_channel');
    const sharedButtons =
      shared?.blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : [])) ?? [];
    expect(sharedButtons.every((e) => e.url)).toBe(true);
    expect(JSON.stringify(shared?.blocks)).toContain('Shared by <@U0ALEX>');
  });
});

describe('interview modal', () => {
  function submission(values: Record<string, unknown>, metadata?: string) {
    return viewSubmission(
      values,
      metadata ??
        JSON.stringify({
          m: 'ephemeral',
          t: TEAM,
          c: 'C0GENERAL',
          u: 'U0ALEX',
          r: `${RESPONSE_HOST}/commands/T0TEAM/1/cmd`,
          l: 'en',
        }),
    );
  }

  it('hands the answers to the engine as a form and answers through the command response_url', async () => {
    const seen: unknown[] = [];
    const base = createFakeEngine();
    const engine: ConversationEngine = {
      initialState: base.initialState,
      handle(state, input, info) {
        seen.push(input);
        return base.handle(state, input, info);
      },
    };
    h = await startSlackServer({ engine });
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const hook = nock(RESPONSE_HOST)
      .post('/commands/T0TEAM/1/cmd', (b) => b.text === 'form')
      .reply(200, 'ok');

    const res = await sendInteraction(
      h.url,
      submission({
        errorText: { errorText: { type: 'plain_text_input', value: '  0x80CF0437  ' } },
        platform: { platform: { type: 'static_select', selected_option: { value: 'ios' } } },
        history: { history: { type: 'static_select', selected_option: { value: 'unknown' } } },
        mdmAuthority: { mdmAuthority: { type: 'static_select', selected_option: null } },
      }),
    );
    await h.slack.idle();

    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(seen).toEqual([
      { kind: 'form', answers: { errorText: '0x80CF0437', platform: 'ios', history: 'unknown' } },
    ]);
    hook.done();
  });

  it('keeps the modal open with an inline error when the error text is empty', async () => {
    h = await startSlackServer();
    const res = await sendInteraction(
      h.url,
      submission({ errorText: { errorText: { type: 'plain_text_input', value: '   ' } } }),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      response_action: 'errors',
      errors: { errorText: 'Paste the error message or describe what happens during enrollment.' },
    });
  });

  it('rejects pasted binary junk inline', async () => {
    h = await startSlackServer();
    const junk = '\u0000\u0001\u0002\ufffd\ufffd\u0003abc\u0004\u0005';
    const res = await sendInteraction(
      h.url,
      submission({ errorText: { errorText: { type: 'plain_text_input', value: junk } } }),
    );
    expect(JSON.parse(res.text).errors.errorText).toContain('binary');
  });

  it('opens the form prefilled from a question in the conversation', async () => {
    h = await startSlackServer({ engine: scriptedEngine([aQuestion()]) });
    slackApi().post('/api/users.info').reply(200, usersInfo());
    let buttons: { action_id: string }[] = [];
    nock(RESPONSE_HOST)
      .post('/commands/T0TEAM/1/cmd', (b) => {
        buttons = b.blocks.flatMap((x: { elements?: unknown[] }) => x.elements ?? []);
        return true;
      })
      .reply(200, 'ok');
    await sendCommand(h.url, 'my error');
    await h.slack.idle();
    expect(buttons.map((b) => b.action_id)).toContain('slack:open-form');

    const open = slackApi()
      .post('/api/views.open', (b) => apiBody(b).trigger_id === '3.4.trigger')
      .reply(200, { ok: true });
    await sendInteraction(
      h.url,
      buttonPayload({ action_id: 'slack:open-form', value: 'form' }, { ephemeral: true }),
    );
    await h.slack.idle();
    open.done();
  });
});

describe('mentions and direct messages', () => {
  it('answers an app mention in its thread, without the mention in the text', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    let post: Record<string, unknown> | undefined;
    const api = slackApi()
      .post('/api/chat.postMessage', (b) => {
        post = apiBody(b);
        return true;
      })
      .reply(200, { ok: true, ts: '9.9' });

    const res = await sendEvent(h.url, {
      type: 'app_mention',
      user: 'U0ALEX',
      text: `<@${BOT_USER}> The device is already enrolled`,
      ts: '1700.0001',
      channel: 'C0GENERAL',
    });
    await h.slack.idle();

    expect(res.status).toBe(200);
    api.done();
    expect(post?.channel).toBe('C0GENERAL');
    expect(post?.thread_ts).toBe('1700.0001');
    expect(post?.text).toBe('error=The device is already enrolled len=30 [en]');
  });

  it('continues a thread conversation on a typed answer without a new mention, and only there', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const posts: Record<string, unknown>[] = [];
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        posts.push(apiBody(b));
        return true;
      })
      .times(2)
      .reply(200, { ok: true, ts: '9.9' });
    const inThread = { type: 'message', channel_type: 'channel', channel: 'C0GENERAL', user: 'U0ALEX' };

    await sendEvent(h.url, {
      type: 'app_mention',
      user: 'U0ALEX',
      text: `<@${BOT_USER}> Profile installation failed`,
      ts: '1800.1',
      channel: 'C0GENERAL',
    });
    await h.slack.idle();
    // The same message also arrives as a channel message event: it must not be answered twice.
    await sendEvent(h.url, { ...inThread, text: `<@${BOT_USER}> Profile installation failed`, ts: '1800.1' });
    await sendEvent(h.url, { ...inThread, text: 'iPhone', ts: '1800.2', thread_ts: '1800.1' });
    // A thread the bot never worked in stays the channel's business.
    await sendEvent(h.url, { ...inThread, text: 'lunch?', ts: '1900.2', thread_ts: '1900.1' });
    await h.slack.idle();

    expect(posts.map((p) => [p.thread_ts, p.text])).toEqual([
      ['1800.1', 'error=Profile installation failed len=27 [en]'],
      ['1800.1', 'error=Profile installation failed len=6 [en]'],
    ]);
  });

  it('after a hand-off, what the user adds in the thread still reaches the conversation without a mention', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const posts: Record<string, unknown>[] = [];
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        posts.push(apiBody(b));
        return true;
      })
      .times(3)
      .reply(200, { ok: true, ts: '9.9' });
    await sendEvent(h.url, {
      type: 'app_mention',
      user: 'U0ALEX',
      text: `<@${BOT_USER}> human`,
      ts: '2800.1',
      channel: 'C0GENERAL',
    });
    await h.slack.idle();
    const before = posts.length;
    await sendEvent(h.url, {
      type: 'message',
      channel_type: 'channel',
      channel: 'C0GENERAL',
      user: 'U0ALEX',
      text: 'it also fails on the iPad',
      ts: '2800.2',
      thread_ts: '2800.1',
    });
    await h.slack.idle();
    expect(posts.length).toBe(before + 1);
    expect(posts.at(-1)).toMatchObject({
      thread_ts: '2800.1',
      text: expect.stringContaining('it also fails on the iPad'),
    });
  });

  it('tells the user in their language when the turn fails unexpectedly', async () => {
    const engine = createFakeEngine();
    h = await startSlackServer({
      engine: {
        initialState: engine.initialState,
        handle() {
          throw new TypeError('boom');
        },
      },
    });
    slackApi().post('/api/users.info').reply(200, usersInfo('sv-SE'));
    let text = '';
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        text = String(apiBody(b).text);
        return true;
      })
      .reply(200, { ok: true });

    await sendEvent(h.url, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      text: 'x',
      ts: '4.2',
    });
    await h.slack.idle();

    expect(text).toContain('Något gick fel hos mig');
    expect(text).not.toContain('boom');
    expect(h.logger.lines.find((l) => l.msg === 'slack.turn-failed')?.fields).toMatchObject({
      code: 'internal',
      error: 'TypeError',
    });
  });

  it('holds a whole DM conversation in storage: a language chosen once stays', async () => {
    const server = await startSlackServer();
    h = server;
    slackApi().post('/api/users.info').reply(200, usersInfo('en-GB'));
    const texts: string[] = [];
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        texts.push(String(apiBody(b).text));
        return apiBody(b).channel === 'D0DM';
      })
      .times(2)
      .reply(200, { ok: true, ts: '9.9' });
    const dm = (text: string, ts: string) =>
      sendEvent(server.url, {
        type: 'message',
        channel_type: 'im',
        channel: 'D0DM',
        user: 'U0ALEX',
        text,
        ts,
      });

    await dm('lang sv', '1.1');
    await h.slack.idle();
    await dm('MDM server error', '1.2');
    await h.slack.idle();

    expect(texts).toEqual(['now sv', 'error=MDM server error len=16 [sv]']);
    const stored = await h.store.read(['slack/user/T0TEAM/U0ALEX']);
    expect(stored['slack/user/T0TEAM/U0ALEX']?.locale).toBe('sv');
  });

  it('caps a huge pasted DM before the engine sees it, and still answers', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    let text = '';
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        text = JSON.stringify(apiBody(b).blocks);
        return true;
      })
      .reply(200, { ok: true });

    const res = await sendEvent(h.url, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      text: `0x80CF0437 ${'log line '.repeat(5000)}`,
      ts: '2.9',
    });
    await h.slack.idle();

    expect(res.status).toBe(200);
    expect(text).toContain('len=8000 [en]');
  });

  it('answers a retried event only once', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const post = slackApi().post('/api/chat.postMessage').once().reply(200, { ok: true });
    const event = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      text: 'hi',
      ts: '2.1',
    };

    await sendEvent(h.url, event, { eventId: 'EvSAME' });
    await h.slack.idle();
    // A genuine retry is a new request: new timestamp, so a new signature.
    const retry = await sendEvent(h.url, event, {
      eventId: 'EvSAME',
      timestamp: Math.floor(Date.now() / 1000) + 1,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    await h.slack.idle();

    expect(retry.status).toBe(200);
    post.done();
    expect(h.logger.has('slack.event-duplicate')).toBe(true);
  });

  it('ignores bot messages and message subtypes', async () => {
    h = await startSlackServer();
    await sendEvent(h.url, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      bot_id: 'B9',
      text: 'x',
      ts: '3.1',
    });
    await sendEvent(h.url, {
      type: 'message',
      subtype: 'message_changed',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      ts: '3.2',
    });
    await sendEvent(h.url, {
      type: 'message',
      subtype: 'channel_join',
      channel: 'C0GENERAL',
      user: 'U0ALEX',
      ts: '3.3',
    });
    await h.slack.idle();
    // Net connect is off and no interceptor exists: any answer would have been logged as a failed post.
    expect(h.logger.has('slack.post-failed')).toBe(false);
    expect(await h.store.inner.read(['slack/conv/T0TEAM/D0DM'])).toEqual({});
  });

  it('reads the caption of a screenshot sent in a DM and asks for text when there is none', async () => {
    h = await startSlackServer();
    slackApi().post('/api/users.info').reply(200, usersInfo('fr-FR'));
    const texts: string[] = [];
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        texts.push(String(apiBody(b).text));
        return true;
      })
      .times(2)
      .reply(200, { ok: true });
    const file = {
      type: 'message',
      subtype: 'file_share',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
    };

    await sendEvent(h.url, { ...file, text: 'Device cap reached', ts: '3.5' });
    await h.slack.idle();
    await sendEvent(h.url, { ...file, text: '', ts: '3.6' });
    await h.slack.idle();

    expect(texts).toEqual([
      'error=Device cap reached len=18 [fr]',
      'Je ne peux pas lire les images ni les fichiers. Tapez ou collez le texte de l’erreur tel que l’appareil l’affiche.',
    ]);
  });

  it('says plainly when storage is down instead of going silent', async () => {
    h = await startSlackServer();
    h.store.failing = true;
    slackApi().post('/api/users.info').reply(200, usersInfo('zh-CN'));
    let text = '';
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        text = String(apiBody(b).text);
        return true;
      })
      .reply(200, { ok: true });

    await sendEvent(h.url, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      text: 'hi',
      ts: '4.1',
    });
    await h.slack.idle();

    expect(text).toContain('我暂时无法访问存储');
    expect(h.logger.lines.find((l) => l.msg === 'slack.turn-failed')?.fields?.code).toBe(
      'storage-unavailable',
    );
  });
});

describe('rate limits', () => {
  it('retries chat.postMessage after Retry-After and still delivers the answer', async () => {
    h = await startSlackServer({
      clientOptions: { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 20 } },
    });
    slackApi().post('/api/users.info').reply(200, usersInfo());
    const limited = slackApi().post('/api/chat.postMessage').reply(
      429,
      { ok: false, error: 'ratelimited' },
      {
        'Retry-After': '1',
      },
    );
    let delivered = '';
    const ok = slackApi()
      .post('/api/chat.postMessage', (b) => {
        delivered = String(apiBody(b).text);
        return true;
      })
      .reply(200, { ok: true, ts: '5.5' });
    const started = performance.now();

    await sendEvent(h.url, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      text: 'E1',
      ts: '5.1',
    });
    await h.slack.idle();

    limited.done();
    ok.done();
    expect(delivered).toBe('error=E1 len=2 [en]');
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
    expect(h.logger.lines.find((l) => l.msg === 'slack.rate-limited')?.fields?.retryAfterSeconds).toBe(1);
  });
});

describe('escalation routing', () => {
  it('opens a case on an escalate effect with an address the notifier can use', async () => {
    const escalation = new FakeEscalation();
    h = await startSlackServer({ escalation });
    slackApi().post('/api/users.info').reply(200, usersInfo('en-US', 'Alex Admin'));
    const texts: string[] = [];
    slackApi()
      .post('/api/chat.postMessage', (b) => {
        texts.push(String(apiBody(b).text));
        return true;
      })
      .times(2)
      .reply(200, { ok: true });

    await sendEvent(h.url, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      text: 'human',
      ts: '6.1',
    });
    await h.slack.idle();

    expect(texts).toEqual(['handing over', 'case opened for U0ALEX']);
    expect(escalation.opened[0]?.requester).toMatchObject({
      channel: 'slack',
      userId: 'U0ALEX',
      userName: 'Alex Admin',
      conversationKey: 'slack/conv/T0TEAM/D0DM',
      address: { mode: 'dm', teamId: TEAM, channelId: 'D0DM', userId: 'U0ALEX' },
    });
  });

  it('relays a claimed user DM to the agent instead of the engine', async () => {
    const escalation = new FakeEscalation();
    escalation.claimed.add('U0ALEX');
    h = await startSlackServer({ escalation });
    slackApi().post('/api/users.info').reply(200, usersInfo());

    await sendEvent(h.url, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ALEX',
      text: 'still broken',
      ts: '7.1',
    });
    await h.slack.idle();

    expect(escalation.relayedFromUser.map((r) => r.text)).toEqual(['still broken']);
  });

  it('routes case buttons to escalation and thread replies in the support channel to the requester', async () => {
    const escalation = new FakeEscalation();
    h = await startSlackServer({ escalation });
    slackApi().post('/api/users.info').times(2).reply(200, usersInfo('en-US', 'Sam Support'));
    const hook = nock(RESPONSE_HOST)
      .post(
        '/actions/T0TEAM/2/act',
        (b) => b.text === 'case-claim by U0SAM' && b.response_type === 'ephemeral',
      )
      .reply(200, 'ok');

    await sendInteraction(
      h.url,
      buttonPayload(
        { action_id: 'ieb:case-claim:0', value: JSON.stringify({ type: 'case-claim', caseId: 'ENR-1001' }) },
        { channel: SUPPORT_CHANNEL, messageTs: '8.0', user: 'U0SAM' },
      ),
    );
    await sendEvent(h.url, {
      type: 'message',
      channel: SUPPORT_CHANNEL,
      channel_type: 'channel',
      user: 'U0SAM',
      text: 'Try removing the old profile &amp; retry',
      ts: '8.2',
      thread_ts: '8.0',
    });
    await h.slack.idle();

    hook.done();
    expect(escalation.actions[0]?.action).toEqual({ type: 'case-claim', caseId: 'ENR-1001' });
    expect(escalation.relayedFromAgent).toEqual([
      {
        threadKey: `slack:${SUPPORT_CHANNEL}:8.0`,
        agent: {
          channel: 'slack',
          userId: 'U0SAM',
          userName: 'Sam Support',
          where: expect.objectContaining({ channelId: SUPPORT_CHANNEL }),
        },
        text: 'Try removing the old profile & retry',
      },
    ]);
  });
});

const titleIn = (locale: 'en' | 'fr' | 'sv') => createTranslator().forLocale(locale)('slack:modal.title');

/** users.info answering after the modal's budget, as it does behind a full turn bound. */
const slowUsersInfo = (locale: string) =>
  slackApi().post('/api/users.info').delay(2500).reply(200, usersInfo(locale));

/** The title of the modal views.open is asked to show; `answered`: whether users.info had answered by then. */
function capturedTitle(answered?: () => boolean) {
  const seen: { title?: string; infoAnswered?: boolean } = {};
  slackApi()
    .post('/api/views.open', (b) => {
      seen.title = (apiBody(b).view as { title?: { text?: string } }).title?.text;
      if (answered) seen.infoAnswered = answered();
      return true;
    })
    .reply(200, { ok: true, view: { id: 'V1' } });
  return seen;
}

/** One earlier conversation on another instance, in the user's Slack language (French). */
async function earlierConversation(store: MemoryDocumentStore, engine = createFakeEngine()) {
  const first = await startSlackServer({ store, engine });
  slackApi().post('/api/users.info').reply(200, usersInfo('fr-FR'));
  nock(RESPONSE_HOST).post('/commands/T0TEAM/1/cmd').reply(200, 'ok');
  await sendCommand(first.url, 'Profile installation failed');
  await first.slack.idle();
  await first.close();
}

describe('the interview modal when users.info is slow', () => {
  it('opens in the language the conversation speaks, without waiting for users.info', async () => {
    const store = new MemoryDocumentStore();
    await earlierConversation(store);
    // This instance has no directory cache, and users.info would answer too late.
    h = await startSlackServer({ store });
    const info = slowUsersInfo('fr-FR');
    const seen = capturedTitle(() => info.isDone());
    await sendCommand(h.url, '');
    await h.slack.idle();
    expect(seen.title).toBe(titleIn('fr'));
    expect(seen.infoAnswered).toBe(false);
  });

  it('a user who changed their Slack language since their last message sees the open form rewritten in it', async () => {
    const store = new MemoryDocumentStore();
    await earlierConversation(store);
    h = await startSlackServer({ store });
    // Their Slack is in Swedish now; the conversation last heard French.
    slackApi().post('/api/users.info').delay(300).reply(200, usersInfo('sv-SE'));
    const seen = capturedTitle();
    const updated: { title?: string; viewId?: string } = {};
    slackApi()
      .post('/api/views.update', (b) => {
        updated.title = (apiBody(b).view as { title?: { text?: string } }).title?.text;
        updated.viewId = String(apiBody(b).view_id);
        return true;
      })
      .reply(200, { ok: true });
    await sendCommand(h.url, '');
    await h.slack.idle();
    expect(seen.title).toBe(titleIn('fr'));
    expect(updated).toEqual({ title: titleIn('sv'), viewId: 'V1' });
  });

  it('opens in the language the user chose, from a button in the conversation', async () => {
    const store = new MemoryDocumentStore();
    await store.write({ 'slack/user/T0TEAM/U0ALEX': { locale: 'sv' } });
    h = await startSlackServer({ store, engine: createFakeEngine() });
    const info = slowUsersInfo('fr-FR');
    const seen = capturedTitle();
    await sendInteraction(
      h.url,
      buttonPayload({ action_id: 'slack:open-form', value: 'form' }, { ephemeral: true }),
    );
    await h.slack.idle();
    expect(seen.title).toBe(titleIn('sv'));
    expect(info.isDone()).toBe(false);
  });

  it('a newcomer still gets their Slack language when users.info answers in time, and the default when not', async () => {
    h = await startSlackServer({ engine: createFakeEngine() });
    slackApi().post('/api/users.info').reply(200, usersInfo('fr-FR'));
    const quick = capturedTitle();
    await sendCommand(h.url, '');
    await h.slack.idle();
    expect(quick.title).toBe(titleIn('fr'));

    await h.close();
    h = await startSlackServer({ engine: createFakeEngine() });
    slowUsersInfo('fr-FR');
    const late = capturedTitle();
    await sendCommand(h.url, '');
    await h.slack.idle();
    expect(late.title).toBe(titleIn('en'));
  });

  it('the form a conversation button opens is prefilled from that conversation', async () => {
    const store = new MemoryDocumentStore();
    const engine = createFakeEngine();
    await earlierConversation(store, {
      ...engine,
      handle: (state, input, info) => {
        const out = engine.handle(state, input, info);
        return { ...out, state: { ...out.state, answers: { platform: 'ios' } }, replies: [aQuestion()] };
      },
    });
    h = await startSlackServer({ store });
    slowUsersInfo('fr-FR');
    let view: { title?: { text?: string }; blocks?: unknown[] } = {};
    slackApi()
      .post('/api/views.open', (b) => {
        view = apiBody(b).view as typeof view;
        return true;
      })
      .reply(200, { ok: true });
    await sendInteraction(
      h.url,
      buttonPayload({ action_id: 'slack:open-form', value: 'form' }, { ephemeral: true }),
    );
    await h.slack.idle();
    expect(view.title?.text).toBe(titleIn('fr'));
    expect(JSON.stringify(view.blocks)).toContain('"initial_option"');
  });
});
