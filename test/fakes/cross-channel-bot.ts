import { expect } from '@jest/globals';
import nock from 'nock';
import { loadConfig, supportPlacesOf } from '../../src/config.ts';
import { createEscalationService, type EscalationService } from '../../src/core/escalation/service.ts';
import { createServer } from '../../src/server.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/app.ts';
import {
  createOutboxSlackClient,
  createSlackSupportNotifier,
  createSlackUserNotifier,
} from '../../src/slack/escalation/notifiers.ts';
import { createTeamsAdapter } from '../../src/teams/adapter.ts';
import { createTeamsBot } from '../../src/teams/create-bot.ts';
import { createTeamsSupportNotifier, createTeamsUserNotifier } from '../../src/teams/escalation/notifiers.ts';
import { MemoryDocumentStore } from './memory-document-store.ts';
import {
  apiBody,
  BOT_USER,
  RESPONSE_HOST,
  SIGNING_SECRET,
  SLACK_API,
  SUPPORT_CHANNEL,
} from './slack-harness.ts';
import { connectorHost, listenOnLoopback, realEngine, translator } from './teams-server.ts';
import { RecordingLogger } from './teams-test-bot.ts';

/**
 * Both platforms on the real server, sharing one escalation service: nock stands in for the Slack Web API
 * and the Bot Connector, nothing else is faked.
 */
export const teamsHost = connectorHost;
export const userServiceUrl = `${teamsHost}/amer/`;
export const supportServiceUrl = `${teamsHost}/emea/`;
export const teamsSupportChannel = '19:support@thread.tacv2';
export const teamsSupportTeam = '19:team@thread.tacv2';
export const teamsThread = `${teamsSupportChannel};messageid=1700000000001`;
export const slackCardTs = '1700000000.000100';

const { kb, engine } = realEngine();

export type Call = { method: string; path: string; body: Record<string, unknown> };

export async function startBot(supportTo: 'slack' | 'teams') {
  const config = loadConfig({
    NODE_ENV: 'test',
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${SLACK_API}/api/`,
    SLACK_SUPPORT_CHANNEL: SUPPORT_CHANNEL,
    TEAMS_SUPPORT_CHANNEL_ID: teamsSupportChannel,
    TEAMS_SUPPORT_SERVICE_URL: supportServiceUrl,
    TEAMS_SUPPORT_TENANT_ID: 'tenant-1',
    TEAMS_SUPPORT_TEAM_ID: teamsSupportTeam,
  });
  const logger = new RecordingLogger();
  const store = new MemoryDocumentStore();
  const adapter = createTeamsAdapter(config, { logger, translator, defaultLocale: 'en' });
  const outbox = createOutboxSlackClient('xoxb-test-token', config.SLACK_API_URL);
  const escalation: EscalationService = createEscalationService({
    store,
    translator,
    clock: { now: () => new Date() },
    logger,
    supportPlaces: supportPlacesOf(config),
    support:
      supportTo === 'slack'
        ? [createSlackSupportNotifier(outbox, SUPPORT_CHANNEL)]
        : [
            createTeamsSupportNotifier({
              adapter,
              appId: '',
              channelId: teamsSupportChannel,
              serviceUrl: supportServiceUrl,
              tenantId: 'tenant-1',
            }),
          ],
    users: [createTeamsUserNotifier({ adapter, appId: '' }), createSlackUserNotifier(outbox)],
    sleep: async () => {},
    entryTitles: (id, locale) => kb.entries.find((e) => e.id === id)?.locales[locale].title,
  });
  const teams = createTeamsBot({
    engine,
    translator,
    storage: store,
    logger,
    defaultLocale: 'en',
    escalation,
    supportChannelId: teamsSupportChannel,
  });
  const slack: SlackApp = createSlackApp({
    config,
    engine,
    store,
    translator,
    logger,
    escalation,
    bot: { botId: 'B0BOT', botUserId: BOT_USER },
    clientOptions: { retryConfig: { retries: 0 } },
  });
  const server = createServer({ teams: { adapter, bot: teams.bot }, health: store, logger, slack });
  const { base, close } = await listenOnLoopback(server);

  let activitySeq = 0;
  /** Posts a Teams activity to /api/messages (local mode: no token) and waits for the turn. */
  async function teamsSays(activity: Record<string, unknown>) {
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: `act-${++activitySeq}`, timestamp: new Date().toISOString(), ...activity }),
    });
    expect(res.status).toBeLessThan(300);
    await escalation.idle();
  }
  return {
    escalation,
    logger,
    slackUrl: `${base}/slack/events`,
    teamsSays,
    async settle() {
      await slack.idle();
      await escalation.idle();
    },
    async close() {
      await slack.stop();
      await escalation.idle();
      await close();
    },
  };
}

export const teamsUser = {
  type: 'message',
  channelId: 'msteams',
  serviceUrl: userServiceUrl,
  locale: 'fr-FR',
  from: { id: '29:alex', name: 'Alex Wilber', aadObjectId: 'aad-alex' },
  recipient: { id: '28:bot', name: 'Enrollment Assistant' },
  conversation: { id: 'a:alex-chat', isGroup: false, conversationType: 'personal', tenantId: 'tenant-1' },
  channelData: { tenant: { id: 'tenant-1' } },
};

export const teamsAgent = {
  type: 'message',
  channelId: 'msteams',
  serviceUrl: supportServiceUrl,
  locale: 'en-US',
  from: { id: '29:ana', name: 'Ana Lopez', aadObjectId: 'aad-ana' },
  recipient: { id: '28:bot', name: 'Enrollment Assistant' },
  conversation: { id: teamsThread, isGroup: true, conversationType: 'channel', tenantId: 'tenant-1' },
  channelData: {
    channel: { id: teamsSupportChannel },
    team: { id: teamsSupportTeam },
    tenant: { id: 'tenant-1' },
  },
  replyToId: '1700000000001',
};

/** How Teams marks an @mention of the bot: the entity, not only the <at> tag in the text. */
export const mentionsBot = {
  entities: [
    {
      type: 'mention',
      text: '<at>Enrollment Assistant</at>',
      mentioned: { id: '28:bot', name: 'Enrollment Assistant' },
    },
  ],
};

/** Records every call to the Slack Web API and the Bot Connector; answers like the real services. */
export function recordServices() {
  const slack: Call[] = [];
  const teams: Call[] = [];
  let ts = 200;
  nock(SLACK_API)
    .persist()
    .post(/\/api\/users\.info/)
    .reply((_uri, body) => {
      const id = String(apiBody(body).user);
      const name = id === 'U0ANA' ? 'Ana Lopez' : 'Sam Berg';
      const locale = id === 'U0ANA' ? 'en-US' : 'sv-SE';
      return [
        200,
        { ok: true, user: { id, name, real_name: name, locale, profile: { display_name: name } } },
      ];
    })
    .post(/\/api\/chat\.\w+/)
    .reply((uri, body) => {
      const b = apiBody(body);
      slack.push({ method: uri.replace('/api/', ''), path: uri, body: b });
      const isCard = uri.endsWith('postMessage') && b.channel === SUPPORT_CHANNEL && !b.thread_ts;
      return [200, { ok: true, channel: b.channel, ts: isCard ? slackCardTs : `1700000000.000${ts++}` }];
    });
  nock(RESPONSE_HOST)
    .persist()
    .post(/.*/)
    .reply((uri, body) => {
      slack.push({ method: 'response_url', path: uri, body: body as Record<string, unknown> });
      return [200, 'ok'];
    });
  nock(teamsHost)
    .persist()
    .post(/.*/)
    .reply((uri, body) => {
      teams.push({ method: 'POST', path: decodeURIComponent(uri), body: body as Record<string, unknown> });
      if (uri === '/emea/v3/conversations') return [200, { id: teamsThread, activityId: '1700000000001' }];
      return [200, { id: `m-${teams.length}` }];
    })
    .put(/.*/)
    .reply((uri, body) => {
      teams.push({ method: 'PUT', path: decodeURIComponent(uri), body: body as Record<string, unknown> });
      return [200, { id: '1700000000001' }];
    });
  return { slack, teams };
}
