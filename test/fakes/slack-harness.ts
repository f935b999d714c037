import { createHmac } from 'node:crypto';
import type { webApi } from '@slack/bolt';
import type { WorkLimiter } from '../../src/core/async/work-limiter.ts';
import type { ConversationEngine } from '../../src/core/conversation/turn.ts';
import type { EscalationPort } from '../../src/core/escalation/port.ts';
import type { SeenKeys } from '../../src/core/ports/document-store.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { createServer } from '../../src/server.ts';
import { createSlackApp, type SlackApp } from '../../src/slack/app.ts';
import type { RenderBlocks } from '../../src/slack/message.ts';
import type { SlackScreenshotReader } from '../../src/slack/screenshot.ts';
import { createFakeEngine } from './fake-engine.ts';
import { listenOnLoopback } from './loopback.ts';
import { MemoryDocumentStore } from './memory-document-store.ts';
import { RecordingLogger } from './teams-test-bot.ts';

export const SIGNING_SECRET = 'test-signing-secret';
export const SLACK_API = 'https://slack.test';
export const RESPONSE_HOST = 'https://hooks.slack.com';
export const TEAM = 'T0TEAM';
export const SUPPORT_CHANNEL = 'C0SUPPORT';
export const BOT_USER = 'U0BOT';

export type HarnessOptions = {
  engine?: ConversationEngine;
  escalation?: EscalationPort;
  render?: RenderBlocks;
  clientOptions?: webApi.WebClientOptions;
  store?: MemoryDocumentStore;
  screenshots?: SlackScreenshotReader;
  /** Where replays and retried events are remembered (default: the app's own memory). */
  seen?: SeenKeys;
  /** Bounds the turns worked on after the ack (default: none, each starts at once). */
  work?: WorkLimiter;
};

/** The real restify server on port 0 with the Slack app mounted, as index.ts wires it. */
export async function startSlackServer(options: HarnessOptions = {}) {
  const logger = new RecordingLogger();
  const store = options.store ?? new MemoryDocumentStore();
  const slack: SlackApp = createSlackApp({
    config: {
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: undefined,
      SLACK_COMMAND: '/intune',
      SLACK_API_URL: `${SLACK_API}/api/`,
      SLACK_SUPPORT_CHANNEL: SUPPORT_CHANNEL,
      DEFAULT_LOCALE: 'en',
    },
    engine: options.engine ?? createFakeEngine(),
    store,
    translator: createTranslator(),
    logger,
    ...(options.escalation ? { escalation: options.escalation } : {}),
    ...(options.seen ? { seen: options.seen } : {}),
    ...(options.work ? { work: options.work } : {}),
    ...(options.render ? { render: options.render } : {}),
    ...(options.screenshots ? { screenshots: options.screenshots } : {}),
    bot: { botId: 'B0BOT', botUserId: BOT_USER },
    clientOptions: { retryConfig: { retries: 0 }, ...options.clientOptions },
  });
  const served = await serveSlack(slack, logger);
  return { slack, store, logger, url: `${served.base}/slack/events`, close: served.close };
}

/** The restify server on a free loopback port with only the Slack app behind it. */
export async function serveSlack(slack: SlackApp, logger: RecordingLogger) {
  const server = createServer({
    teams: { adapter: { process: async () => {} }, bot: { run: async () => {} } },
    health: { check: async () => {} },
    logger,
    slack,
  });
  const { base, close } = await listenOnLoopback(server);
  return {
    base,
    async close() {
      await slack.stop();
      await close();
    },
  };
}

export type SignOptions = { timestamp?: number; signature?: string | null; headers?: Record<string, string> };

/** Posts a body to /slack/events signed the way Slack signs (HMAC-SHA256 over `v0:ts:body`). */
export async function postSigned(url: string, body: string, contentType: string, opts: SignOptions = {}) {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    opts.signature === undefined
      ? `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`
      : opts.signature;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    ...opts.headers,
  };
  if (signature !== null) headers['x-slack-signature'] = signature;
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

const form = 'application/x-www-form-urlencoded';

export function commandBody(text: string, overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: TEAM,
    team_domain: 'contoso',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ALEX',
    user_name: 'alex',
    command: '/intune',
    text,
    api_app_id: 'A0APP',
    response_url: `${RESPONSE_HOST}/commands/${TEAM}/1/cmd`,
    trigger_id: '1.2.trigger',
    ...overrides,
  }).toString();
}

export function sendCommand(
  url: string,
  text: string,
  overrides: Record<string, string> = {},
  opts?: SignOptions,
) {
  return postSigned(url, commandBody(text, overrides), form, opts);
}

export function sendInteraction(url: string, payload: object, opts?: SignOptions) {
  return postSigned(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form, opts);
}

let eventSeq = 0;
export function sendEvent(url: string, event: object, opts: SignOptions & { eventId?: string } = {}) {
  const body = JSON.stringify({
    token: 'legacy',
    team_id: TEAM,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${++eventSeq}`,
    // The signed timestamp when one is given: the same request sent twice is byte for byte the same.
    event_time: opts.timestamp ?? Math.floor(Date.now() / 1000),
    event,
  });
  return postSigned(url, body, 'application/json', opts);
}

/** A view_submission payload of the interview modal, with its state values and private_metadata. */
export function viewSubmission(values: Record<string, unknown>, privateMetadata: string) {
  return {
    type: 'view_submission',
    team: { id: TEAM, domain: 'contoso' },
    user: { id: 'U0ALEX', username: 'alex', team_id: TEAM },
    api_app_id: 'A0APP',
    token: 'legacy',
    trigger_id: '5.6.trigger',
    view: {
      id: 'V1',
      type: 'modal',
      callback_id: 'ieb:interview',
      private_metadata: privateMetadata,
      state: { values },
      hash: 'h',
    },
  };
}

/** A block_actions payload for a button the bot posted. */
export function buttonPayload(
  button: { action_id: string; value?: string; url?: string },
  where: { ephemeral?: boolean; channel?: string; messageTs?: string; threadTs?: string; user?: string } = {},
) {
  const channel = where.channel ?? 'C0GENERAL';
  return {
    type: 'block_actions',
    team: { id: TEAM, domain: 'contoso' },
    user: { id: where.user ?? 'U0ALEX', username: 'alex', team_id: TEAM },
    api_app_id: 'A0APP',
    token: 'legacy',
    trigger_id: '3.4.trigger',
    channel: { id: channel, name: 'general' },
    container: where.ephemeral
      ? { type: 'message', message_ts: '111.222', channel_id: channel, is_ephemeral: true }
      : {
          type: 'message',
          message_ts: where.messageTs ?? '111.222',
          channel_id: channel,
          is_ephemeral: false,
        },
    ...(where.ephemeral
      ? {}
      : {
          message: {
            type: 'message',
            ts: where.messageTs ?? '111.222',
            thread_ts: where.threadTs,
            text: 'x',
          },
        }),
    response_url: `${RESPONSE_HOST}/actions/${TEAM}/2/act`,
    actions: [
      { type: 'button', block_id: 'b', action_ts: '1.1', text: { type: 'plain_text', text: 'x' }, ...button },
    ],
  };
}

/** Web API calls arrive form-encoded with JSON in `blocks`/`view`; this reads them back. */
export function apiBody(body: unknown): Record<string, unknown> {
  const raw: Record<string, unknown> =
    typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : { ...(body as object) };
  for (const key of ['blocks', 'view']) {
    if (typeof raw[key] === 'string') raw[key] = JSON.parse(raw[key] as string);
  }
  return raw;
}

export function usersInfo(locale = 'en-US', name = 'Alex Admin') {
  return {
    ok: true,
    user: { id: 'U0ALEX', name: 'alex', real_name: name, locale, profile: { display_name: name } },
  };
}
