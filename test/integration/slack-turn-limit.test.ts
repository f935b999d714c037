import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { createWorkLimiter, type WorkLimiter } from '../../src/core/async/work-limiter.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { conversationKey } from '../../src/slack/address.ts';
import {
  apiBody,
  RESPONSE_HOST,
  SLACK_API,
  sendCommand,
  sendEvent,
  startSlackServer,
  TEAM,
  usersInfo,
} from '../fakes/slack-harness.ts';

type Harness = Awaited<ReturnType<typeof startSlackServer>>;
let h: Harness | undefined;
const t = createTranslator();

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

/** Records what each user's response_url received. */
function responseUrls(users: string[]) {
  const answers = new Map<string, string[]>();
  for (const user of users) {
    nock(RESPONSE_HOST)
      .post(`/commands/${TEAM}/${user}/cmd`, (b) => {
        answers.set(user, [...(answers.get(user) ?? []), String(b.text)]);
        return true;
      })
      .reply(200, 'ok');
  }
  return answers;
}

describe('Slack turn work after the ack', () => {
  it('acks every command while turn work is held back, answers each once released, and tells the one beyond the queue it is busy', async () => {
    // One slot, two places in the queue; the test holds the slot so nothing runs until it lets go.
    const work = createWorkLimiter({ concurrency: 1, queueLimit: 2 });
    h = await startSlackServer({ work });
    const server = h;
    const { release, holding } = holdSlot(work);
    const users = ['U1', 'U2', 'U3'];
    nock(SLACK_API).post('/api/users.info').times(3).reply(200, usersInfo('sv-SE'));
    const answers = responseUrls(users);

    const acks = [];
    for (const user of users) {
      // One after another, so the queue order (and who is refused) is known.
      acks.push(
        await sendCommand(server.url, `error from ${user}`, {
          user_id: user,
          response_url: `${RESPONSE_HOST}/commands/${TEAM}/${user}/cmd`,
        }),
      );
    }
    expect(acks.map((a) => a.status)).toEqual([200, 200, 200]);
    // The third found the queue full: told so at once, in the user's language, and nothing was stored.
    await waitFor(() => answers.has('U3'));
    expect(answers.get('U3')).toEqual([t.forLocale('sv')('common:busy')]);
    expect(answers.has('U1') || answers.has('U2')).toBe(false);
    expect(server.logger.has('turn.busy')).toBe(true);

    release();
    await holding;
    await server.slack.idle();
    // The held ones were answered by the engine, once each; nothing was lost.
    expect(answers.get('U1')).toHaveLength(1);
    expect(answers.get('U2')).toHaveLength(1);
    expect(answers.get('U1')?.[0]).not.toBe(t.forLocale('sv')('common:busy'));
    const key = (userId: string) =>
      conversationKey({ mode: 'ephemeral', teamId: TEAM, channelId: 'C0GENERAL', userId, responseUrl: '' });
    const stored = await server.store.read(users.map(key));
    expect(Object.keys(stored).sort()).toEqual([key('U1'), key('U2')]);
  });
});

describe('a Slack edit at capacity', () => {
  it('is answered "busy" like a new message, logged as a warning; a deletion is only let go', async () => {
    // One slot, one place in the queue, both taken by the test: the edit finds no room.
    const work = createWorkLimiter({ concurrency: 1, queueLimit: 1 });
    h = await startSlackServer({ work });
    const server = h;
    const { release, holding } = holdSlot(work);
    const queued = work.run(async () => undefined);
    nock(SLACK_API).persist().post('/api/users.info').reply(200, usersInfo('fr-FR'));
    const posted = recordPosts();
    const change = (subtype: string, key: string) =>
      sendEvent(server.url, {
        type: 'message',
        subtype,
        hidden: true,
        channel: 'D0SAM',
        channel_type: 'im',
        ts: '1700000009.000000',
        [key]: {
          type: 'message',
          user: 'U0SAM',
          text: 'MDM enrollment failed: 0x80CF0437',
          ts: '1700000001.000100',
        },
      });
    expect((await change('message_changed', 'message')).status).toBe(200);
    await waitFor(() => posted.length > 0);
    expect(posted.map((p) => p.text)).toEqual([t.forLocale('fr')('common:busy')]);
    expect(posted[0]?.channel).toBe('D0SAM');
    expect(server.logger.lines.filter((l) => l.msg === 'turn.busy').map((l) => l.level)).toEqual(['warn']);

    expect((await change('message_deleted', 'previous_message')).status).toBe(200);
    await waitFor(() => server.logger.has('turn.message-change-ignored'));
    expect(posted).toHaveLength(1);
    expect(server.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    release();
    await Promise.all([holding, queued]);
    await server.slack.idle();
  });
});

describe('one Slack user flooding the bot', () => {
  it('gets one "busy" once past their share, while another user of the workspace is still answered', async () => {
    // Room in the queue for everyone; only the flooder's own share runs out.
    const work = createWorkLimiter({ concurrency: 1, queueLimit: 100, perOwner: 4 });
    h = await startSlackServer({ work });
    const server = h;
    const { release, holding } = holdSlot(work);
    nock(SLACK_API).persist().post('/api/users.info').reply(200, usersInfo('en-US'));
    const posted = recordPosts();
    const dm = (user: string, channel: string, n: number) =>
      sendEvent(server.url, {
        type: 'message',
        channel,
        channel_type: 'im',
        user,
        text: `0x80CF0437 attempt ${n}`,
        ts: `1700000001.${String(n).padStart(6, '0')}`,
      });
    for (let n = 1; n <= 30; n++) expect((await dm('U0MALLORY', 'D0MALLORY', n)).status).toBe(200);
    expect((await dm('U0SAM', 'D0SAM', 99)).status).toBe(200);
    // Even the user's language is looked up within the bound: every answer waits for the slot.
    const busy = t.forLocale('en')('common:busy');
    release();
    await holding;
    await server.slack.idle();

    const toMallory = posted.filter((p) => p.channel === 'D0MALLORY');
    expect(toMallory.filter((p) => p.text === busy)).toHaveLength(1);
    // Sam's message waited its turn and was answered, not refused.
    const toSam = posted.filter((p) => p.channel === 'D0SAM');
    expect(toSam.length).toBeGreaterThan(0);
    expect(toSam.map((p) => p.text)).not.toContain(busy);
    const refusals = server.logger.lines.filter((l) => l.msg === 'turn.busy');
    expect(refusals).toHaveLength(30 - 4);
    expect(refusals.every((l) => l.level === 'warn' && l.fields?.reason === 'owner-limit')).toBe(true);
  });
});

describe('Slack work right after the ack', () => {
  it('asks Slack who the user is only when the bound lets it, so a burst of acks starts no burst of calls', async () => {
    const work = createWorkLimiter({ concurrency: 1, queueLimit: 10 });
    h = await startSlackServer({ work });
    const server = h;
    const { release, holding } = holdSlot(work);
    const users = ['U1', 'U2'];
    let lookups = 0;
    nock(SLACK_API)
      .post('/api/users.info')
      .times(2)
      .reply(200, () => {
        lookups++;
        return usersInfo('en-US');
      });
    const answers = responseUrls(users);
    for (const user of users) {
      const ack = await sendCommand(server.url, `error from ${user}`, {
        user_id: user,
        response_url: `${RESPONSE_HOST}/commands/${TEAM}/${user}/cmd`,
      });
      expect(ack.status).toBe(200);
    }
    await new Promise((r) => setTimeout(r, 200));
    const whileHeld = lookups;
    release();
    await holding;
    expect(whileHeld).toBe(0);
    await waitFor(() => answers.has('U1') && answers.has('U2'));
    await server.slack.idle();
    expect(lookups).toBe(2);
    expect(answers.get('U1')).toHaveLength(1);
    expect(answers.get('U2')).toHaveLength(1);
  });
});

/** Every chat.postMessage the bot makes, each answered with a fresh ts. */
function recordPosts() {
  const posted: Record<string, unknown>[] = [];
  nock(SLACK_API)
    .persist()
    .post('/api/chat.postMessage')
    .reply(200, (_uri, body) => {
      posted.push(apiBody(body));
      return { ok: true, ts: `1700000100.${String(posted.length).padStart(6, '0')}` };
    });
  return posted;
}

/** Takes the limiter's one slot until the test lets go. */
function holdSlot(work: WorkLimiter) {
  let release!: () => void;
  const holding = work.run(
    () =>
      new Promise<void>((resolve) => {
        release = resolve;
      }),
  );
  return { release: () => release(), holding };
}

async function waitFor(check: () => boolean, ms = 5000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
