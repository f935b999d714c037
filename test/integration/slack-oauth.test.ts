import { createHmac, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isInSupportChannel } from '../../src/core/escalation/authorization.ts';
import type { CaseCard } from '../../src/core/escalation/notifier.ts';
import type { Actor, Requester } from '../../src/core/escalation/port.ts';
import { createEscalationService } from '../../src/core/escalation/service.ts';
import { systemClock } from '../../src/core/ports/clock.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/app.ts';
import { createClientPool } from '../../src/slack/client-pool.ts';
import {
  createSlackSupportNotifier,
  createSlackUserNotifier,
  createWorkspaceRouter,
  outboxClientOptions,
} from '../../src/slack/escalation/notifiers.ts';
import {
  createInstallationStore,
  type SlackInstallations,
} from '../../src/slack/installations/installation-store.ts';
import { createSecretBox } from '../../src/slack/installations/secret-box.ts';
import { workspaceSupportPlace } from '../../src/slack/workspaces.ts';
import { createFakeEngine } from '../fakes/fake-engine.ts';
import { startFakeOAuthSlackApi } from '../fakes/fake-slack-oauth-api.ts';
import { MemoryDocumentStore } from '../fakes/memory-document-store.ts';
import { serveSlack } from '../fakes/slack-harness.ts';
import { RecordingLogger } from '../fakes/teams-test-bot.ts';

const SIGNING_SECRET = 'oauth-signing-secret';
const installs = {
  'code-a': { token: 'xoxb-team-a-secret', botUserId: 'U0BOTA', teamId: 'T0AAAA' },
  'code-b': { token: 'xoxb-team-b-secret', botUserId: 'U0BOTB', teamId: 'T0BBBB' },
  // Enterprise Grid, installed org-wide: one token for every workspace of the org.
  'code-org': { token: 'xoxb-org-e-secret', botUserId: 'U0BOTE', enterpriseId: 'E0GRID' },
};

let api: Awaited<ReturnType<typeof startFakeOAuthSlackApi>>;
let slack: SlackApp;
let installations: SlackInstallations;
let base: string;
let close: () => Promise<void>;
const store = new MemoryDocumentStore();
const key = randomBytes(32);
const logger = new RecordingLogger();

beforeAll(async () => {
  api = await startFakeOAuthSlackApi({ installs });
  installations = createInstallationStore({ store, box: createSecretBox(key), logger });
  slack = createSlackApp({
    config: {
      SLACK_BOT_TOKEN: undefined,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_COMMAND: '/intune',
      SLACK_API_URL: api.url,
      SLACK_SUPPORT_CHANNEL: undefined,
      DEFAULT_LOCALE: 'en',
      SLACK_CLIENT_ID: '111.222',
      SLACK_CLIENT_SECRET: 'test-client-secret',
      SLACK_STATE_SECRET: 'test-state-secret',
    },
    engine: createFakeEngine(),
    store,
    translator: createTranslator(),
    logger,
    installations,
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const served = await serveSlack(slack, logger);
  base = served.base;
  close = async () => {
    await served.close();
    await api.close();
  };
});
afterAll(() => close());

/** What a browser does: open /slack/install, follow Slack's consent back to the redirect with the cookie. */
async function install(code: string, tamper?: (state: string) => string) {
  const start = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const state = new URL(start.headers.get('location') ?? '').searchParams.get('state') ?? '';
  const cookie = (start.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const sent = tamper ? tamper(state) : state;
  return fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(sent)}`, {
    headers: { cookie },
    redirect: 'manual',
  });
}

function signed(body: string, contentType: string) {
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    },
    body,
  });
}

let seq = 0;
/** An Events API delivery for a workspace; `org` marks it as coming through the org-wide install. */
async function sendEvent(teamId: string, event: Record<string, unknown>, org?: string) {
  const body = JSON.stringify({
    token: 'legacy',
    team_id: teamId,
    ...(org ? { enterprise_id: org } : {}),
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: `EvOAUTH${++seq}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        team_id: org ? null : teamId,
        enterprise_id: org ?? null,
        user_id: 'U0BOT',
        is_bot: true,
        is_enterprise_install: !!org,
      },
    ],
    event,
  });
  const res = await signed(body, 'application/json');
  await slack.idle();
  return res.status;
}

const dm = (user: string, text: string) => ({
  type: 'message',
  channel: `D0${user}`,
  channel_type: 'im',
  user,
  text,
  ts: `${1_700_000_000 + ++seq}.000200`,
});

function tokensUsedSince(from: number) {
  return new Set(api.calls.slice(from).map((c) => c.token));
}

describe('Slack installs into any workspace', () => {
  it('two workspaces and an Enterprise Grid org install through /slack/install', async () => {
    for (const code of ['code-a', 'code-b', 'code-org']) {
      const res = await install(code);
      expect(res.status).toBe(200);
    }
    expect(api.callsTo('oauth.v2.access')).toHaveLength(3);
    expect((await installations.find({ teamId: 'T0AAAA' }))?.bot?.token).toBe(installs['code-a'].token);
    // A workspace of the org that never installed on its own is served by the org-wide install.
    expect((await installations.find({ teamId: 'T0ORGWS', enterpriseId: 'E0GRID' }))?.bot?.token).toBe(
      installs['code-org'].token,
    );
  });

  it('answers each workspace with its own token', async () => {
    for (const [team, token, org] of [
      ['T0AAAA', installs['code-a'].token, undefined],
      ['T0BBBB', installs['code-b'].token, undefined],
      ['T0ORGWS', installs['code-org'].token, 'E0GRID'],
    ] as const) {
      const from = api.calls.length;
      expect(await sendEvent(team, dm('U0ALEX', 'help me'), org)).toBe(200);
      const posts = api.callsTo('chat.postMessage').filter((c) => api.calls.indexOf(c) >= from);
      expect(posts.length).toBeGreaterThan(0);
      expect(tokensUsedSince(from)).toEqual(new Set([token]));
    }
  });

  it('refuses a forged or replayed state: no token exchange, nothing stored', async () => {
    const exchanges = api.callsTo('oauth.v2.access').length;
    const forged = await install('code-b', (state) => `${state.slice(0, -4)}AAAA`);
    expect(forged.status).not.toBe(200);
    const noCookie = await fetch(`${base}/slack/oauth_redirect?code=code-b&state=made-up`, {
      redirect: 'manual',
    });
    expect(noCookie.status).not.toBe(200);
    expect(api.callsTo('oauth.v2.access')).toHaveLength(exchanges);
  });

  it('keeps the tokens unreadable in the store without the key', async () => {
    const raw = JSON.stringify(
      await store.read(['slack/installation/team/T0AAAA', 'slack/installation/enterprise/E0GRID']),
    );
    expect(raw).toContain('sealed');
    for (const i of Object.values(installs)) expect(raw).not.toContain(i.token);
    const wrongKey = createInstallationStore({ store, box: createSecretBox(randomBytes(32)), logger });
    expect(await wrongKey.find({ teamId: 'T0AAAA' })).toBeUndefined();
    // A row copied under another workspace's key does not open either.
    const rowA = (await store.read(['slack/installation/team/T0AAAA']))['slack/installation/team/T0AAAA'];
    await store.write({ 'slack/installation/team/T0STOLEN': { ...rowA, eTag: '*' } });
    expect(await installations.find({ teamId: 'T0STOLEN' })).toBeUndefined();
  });

  it('sends notices and case cards with the right workspace token', async () => {
    const router = createWorkspaceRouter(
      slack.workspaces,
      createClientPool(outboxClientOptions(api.url), logger),
    );
    const requester = (teamId: string): Requester => ({
      channel: 'slack',
      userId: 'U0ALEX',
      userName: 'Alex',
      locale: 'en',
      conversationKey: `slack/conv/${teamId}/D0U0ALEX`,
      address: { mode: 'dm', teamId, channelId: 'D0U0ALEX', userId: 'U0ALEX' },
    });
    let from = api.calls.length;
    await createSlackUserNotifier(router).send(requester('T0BBBB'), { text: 'claimed' });
    expect(tokensUsedSince(from)).toEqual(new Set([installs['code-b'].token]));

    // Each workspace's cards go to the support channel its admin chose, with its token.
    await slack.workspaces.saveSettings({ teamId: 'T0AAAA' }, { supportChannel: 'C0SUPPORTA' });
    const support = createSlackSupportNotifier(router);
    const card: CaseCard = {
      caseId: 'ENR-1001',
      status: 'open',
      heading: 'Case ENR-1001',
      statusText: 'Open',
      summary: 'error',
      facts: [],
      answersTitle: 'Answers',
      answers: [],
      triedTitle: 'Tried',
      tried: [],
      transcriptTitle: 'Transcript',
      transcript: [],
      actions: [],
      fallbackText: 'case',
    };
    from = api.calls.length;
    const post = await support.post(card, requester('T0AAAA'));
    expect(api.calls.slice(from)).toEqual([
      expect.objectContaining({
        method: 'chat.postMessage',
        token: installs['code-a'].token,
        args: expect.objectContaining({ channel: 'C0SUPPORTA' }),
      }),
    ]);
    from = api.calls.length;
    await support.reply(post, { text: 'a note' });
    expect(tokensUsedSince(from)).toEqual(new Set([installs['code-a'].token]));
    // Workspace B named no support channel: the card is refused with the fix, not sent elsewhere.
    await expect(support.post(card, requester('T0BBBB'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('lets only a workspace admin set its support channel', async () => {
    api.users.U0ADMIN = { admin: true };
    const command = (user: string) =>
      new URLSearchParams({
        team_id: 'T0BBBB',
        channel_id: 'C0HELPB',
        user_id: user,
        command: '/intune',
        text: 'admin support-channel',
        api_app_id: 'A0APP',
        // Not a Slack host: the answer falls back to a direct message through the Web API.
        response_url: 'http://127.0.0.1:9/none',
        trigger_id: '1.2.3',
      }).toString();
    await signed(command('U0ALEX'), 'application/x-www-form-urlencoded');
    await slack.idle();
    expect((await slack.workspaces.settings({ teamId: 'T0BBBB' })).supportChannel).toBeUndefined();
    await signed(command('U0ADMIN'), 'application/x-www-form-urlencoded');
    await slack.idle();
    expect((await slack.workspaces.settings({ teamId: 'T0BBBB' })).supportChannel).toBe('C0HELPB');
    expect((await slack.workspaces.settings({ teamId: 'T0AAAA' })).supportChannel).toBe('C0SUPPORTA');
  });

  it("writes each workspace's case cards in that workspace's language", async () => {
    const translator = createTranslator();
    await slack.workspaces.saveSettings({ teamId: 'T0AAAA' }, { locale: 'fr' });
    const router = createWorkspaceRouter(
      slack.workspaces,
      createClientPool(outboxClientOptions(api.url), logger),
    );
    const escalation = createEscalationService({
      store: new MemoryDocumentStore(),
      translator,
      clock: systemClock,
      logger,
      supportLocale: 'en',
      support: [createSlackSupportNotifier(router)],
    });
    const from = api.calls.length;
    for (const [teamId, userId] of [
      ['T0AAAA', 'U0ALEX'],
      ['T0BBBB', 'U0SAM'],
    ] as const) {
      await escalation.open(
        {
          kind: 'escalate',
          trigger: 'button',
          answers: { errorText: 'Device cap reached' },
          shown: [],
          transcript: [],
          locale: 'sv',
        },
        {
          channel: 'slack',
          userId,
          userName: userId,
          // The requester's own language is theirs; the card is for the support team.
          locale: 'sv',
          conversationKey: `slack/conv/${teamId}/D0${userId}`,
          address: { mode: 'dm', teamId, channelId: `D0${userId}`, userId },
        },
      );
    }
    await escalation.idle();
    const claimIn = (channel: string) => {
      const post = api
        .callsTo('chat.postMessage')
        .filter((c) => api.calls.indexOf(c) >= from)
        .find((c) => c.args.channel === channel);
      return JSON.stringify(post?.args.blocks ?? null);
    };
    const claim = (locale: 'en' | 'fr') => translator.forLocale(locale)('escalation:card.claim');
    expect(claim('fr')).not.toBe(claim('en'));
    // Workspace A chose French; workspace B chose nothing, so its card is in the deployment's language.
    expect(claimIn('C0SUPPORTA')).toContain(JSON.stringify(claim('fr')).slice(1, -1));
    expect(claimIn('C0HELPB')).toContain(JSON.stringify(claim('en')).slice(1, -1));
    expect(claimIn('C0HELPB')).not.toContain(JSON.stringify(claim('fr')).slice(1, -1));
  });

  it('accepts case buttons and thread replies only from the support channel of the actor’s own workspace', async () => {
    const places = { slack: workspaceSupportPlace(slack.workspaces) };
    const actor = (teamId: string, channelId: string): Actor => ({
      channel: 'slack',
      userId: 'U0AGENT',
      userName: 'Agent',
      where: { conversationKey: `slack/conv/${teamId}/${channelId}`, channelId, teamId },
    });
    expect(await isInSupportChannel(actor('T0AAAA', 'C0SUPPORTA'), places)).toBe(true);
    expect(await isInSupportChannel(actor('T0BBBB', 'C0HELPB'), places)).toBe(true);
    expect(await isInSupportChannel(actor('T0BBBB', 'C0SUPPORTA'), places)).toBe(false);
    expect(await isInSupportChannel(actor('T0AAAA', 'C0HELPB'), places)).toBe(false);
  });

  it('forgets a workspace whose token was revoked, and it gets nothing afterwards', async () => {
    await sendEvent('T0BBBB', { type: 'tokens_revoked', tokens: { bot: ['U0BOTB'] } });
    api.revoke(installs['code-b'].token);
    expect(await installations.find({ teamId: 'T0BBBB' })).toBeUndefined();
    const from = api.calls.length;
    expect(await sendEvent('T0BBBB', dm('U0ALEX', 'still there?'))).toBe(200);
    expect(api.calls.slice(from)).toEqual([]);
    // The other workspace is untouched.
    await sendEvent('T0AAAA', dm('U0ALEX', 'and me?'));
    expect(tokensUsedSince(from)).toEqual(new Set([installs['code-a'].token]));
  });

  it('forgets an org-wide install when the app is uninstalled from the org', async () => {
    await sendEvent('T0ORGWS', { type: 'app_uninstalled' }, 'E0GRID');
    expect(await installations.find({ teamId: 'T0ORGWS', enterpriseId: 'E0GRID' })).toBeUndefined();
    expect(await installations.find({ teamId: 'T0AAAA' })).toBeDefined();
  });
});
