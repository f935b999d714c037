import nock from 'nock';
import { loadConfig } from '../../src/config.ts';
import { loadConversationEngine } from '../../src/content/load-engine.ts';
import type { ConversationEngine } from '../../src/core/conversation/turn.ts';
import type { DocumentStore } from '../../src/core/ports/document-store.ts';
import type { Logger } from '../../src/core/ports/logger.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { createServer, type ServerDeps } from '../../src/server.ts';
import { SqliteStorage } from '../../src/storage/sqlite-storage.ts';
import { createTeamsAdapter } from '../../src/teams/adapter.ts';
import { createTeamsBot } from '../../src/teams/create-bot.ts';
import type { TeamsScreenshotReader } from '../../src/teams/screenshot.ts';
import { listenOnLoopback } from './loopback.ts';
import { RecordingLogger } from './teams-test-bot.ts';

export { listenOnLoopback, loopbackOnly } from './loopback.ts';

/**
 * The real HTTP server with the Teams bot behind it, in local mode (no token), on a free loopback
 * port. nock stands in for the Bot Connector at `connectorHost`; nothing else is faked.
 */
export const connectorHost = 'https://smba.trafficmanager.net';
export const serviceUrl = `${connectorHost}/amer/`;

export const translator = createTranslator();

let engine: { engine: ConversationEngine; kb: ReturnType<typeof loadConversationEngine>['kb'] } | undefined;
/** The engine over the real content, built once per test file (building it costs a few hundred ms). */
export function realEngine() {
  engine ??= loadConversationEngine({ translator });
  return engine;
}

export type TeamsServerOptions = {
  /** Storage behind the bot and /healthz (default: SQLite in memory, closed with the server). */
  storage?: DocumentStore & { check(): Promise<void>; close?(): void };
  /** Configuration variables over `NODE_ENV=test` (an app id turns authentication on). */
  env?: Record<string, string>;
  /** Reads pictures sent in chat. */
  screenshots?: (logger: Logger) => TeamsScreenshotReader;
  /** Stands in for the bot (the HTTP edge alone); the real Teams bot otherwise. */
  bot?: ServerDeps['teams']['bot'];
  /** Other server dependencies (health, limits). */
  server?: Partial<ServerDeps>;
};

export type TeamsServer = Awaited<ReturnType<typeof startTeamsServer>>;

/** The server as src/index.ts wires it for Teams, with what each test needs to talk to it. */
export async function startTeamsServer(options: TeamsServerOptions = {}) {
  const logger = new RecordingLogger();
  const config = loadConfig({ NODE_ENV: 'test', STORAGE_PATH: ':memory:', ...options.env });
  const storage = options.storage ?? new SqliteStorage(':memory:');
  const teams = options.bot
    ? undefined
    : createTeamsBot({
        engine: realEngine().engine,
        translator,
        storage,
        logger,
        defaultLocale: 'en',
        ...(options.screenshots ? { screenshots: options.screenshots(logger) } : {}),
      });
  const adapter = createTeamsAdapter(config, {
    logger,
    translator,
    defaultLocale: 'en',
    ...(teams ? { conversationState: teams.conversationState } : {}),
  });
  const bot = options.bot ?? teams?.bot;
  if (!bot) throw new Error('no bot');
  const server = createServer({ teams: { adapter, bot }, health: storage, logger, ...options.server });
  const listening = await listenOnLoopback(server);
  return {
    ...listening,
    logger,
    storage,
    /** Posts a body to /api/messages as the Bot Connector would (an object is sent as JSON). */
    post(body: unknown, contentType = 'application/json') {
      return fetch(`${listening.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    async close() {
      await listening.close();
      if (!options.storage) storage.close?.();
    },
  };
}

/** An Adaptive Card as the connector receives it. */
export type SentCard = { type: string; version: string; body: unknown[]; actions?: unknown[] };
/** An activity the bot sent to the connector. */
export type Sent = {
  type: string;
  text?: string;
  locale?: string;
  replyToId?: string;
  attachments?: { contentType: string; content: SentCard }[];
};

let seq = 0;
/** A message from a user in a Teams personal chat; each call is a new activity in a new conversation. */
export function teamsMessage(fields: Record<string, unknown> = {}) {
  seq += 1;
  return {
    type: 'message',
    id: `1700000000${seq}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:1abc', name: 'Alex Admin', aadObjectId: '6f1c0f4e-aaaa-bbbb-cccc-000000000001' },
    recipient: { id: '28:bot-id', name: 'Enrollment Assistant' },
    conversation: { id: `a:1personal-${seq}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    entities: [{ type: 'clientInfo', locale: fields.locale ?? 'en-US', country: 'FR', platform: 'Web' }],
    ...fields,
  };
}

/**
 * The connector for one incoming activity: answers the bot's replies to it (POST) and the updates of
 * earlier messages in its conversation (PUT), keeping both in order.
 */
export function connector(activity: { conversation: { id: string }; id: string }) {
  const sent: Sent[] = [];
  const updated: (Sent & { id: string })[] = [];
  const conversation = `/amer/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities`;
  const scope = nock(connectorHost)
    .post(`${conversation}/${activity.id}`, (body: Sent) => {
      sent.push(body);
      return true;
    })
    .reply(200, () => ({ id: `reply-${activity.id}-${sent.length}` }))
    .persist();
  nock(connectorHost)
    .put((path) => path.startsWith(`${conversation}/`))
    .reply((path, body) => {
      const id = decodeURIComponent(path.slice(conversation.length + 1));
      updated.push({ ...(body as Sent), id });
      return [200, { id }];
    })
    .persist();
  return { sent, updated, scope };
}

/** Every element of a card, flattened, to find text and buttons wherever the renderer put them. */
export function walk(node: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(node)) for (const n of node) walk(n, out);
  else if (node && typeof node === 'object') {
    out.push(node as Record<string, unknown>);
    for (const v of Object.values(node)) walk(v, out);
  }
  return out;
}
