import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, type Authorize, HTTPReceiver, LogLevel, type webApi } from '@slack/bolt';
import type { Config } from '../config.ts';
import type { WorkLimiter } from '../core/async/work-limiter.ts';
import type { ConversationEngine } from '../core/conversation/turn.ts';
import type { TurnRunner } from '../core/conversation/turn-runner.ts';
import { codeOf } from '../core/errors.ts';
import type { EscalationPort } from '../core/escalation/port.ts';
import { type Clock, systemClock } from '../core/ports/clock.ts';
import type { DocumentStore, SeenKeys } from '../core/ports/document-store.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { createMemorySeenKeys, seenKeysOf } from '../storage/memory-seen-keys.ts';
import { toBoltLogger } from './bolt-logger.ts';
import { createClientPool } from './client-pool.ts';
import {
  SLACK_BOT_SCOPES,
  SLACK_EVENTS_PATH,
  SLACK_INSTALL_PATH,
  SLACK_OAUTH_REDIRECT_PATH,
} from './constants.ts';
import type { SlackContext } from './context.ts';
import { createConversationRunner } from './conversation.ts';
import { createDelivery } from './delivery.ts';
import type { SlackInstallations } from './installations/installation-store.ts';
import { registerListeners } from './listeners/index.ts';
import { type RenderBlocks, renderReply } from './message.ts';
import { createRequestChecks } from './request-checks.ts';
import type { SlackScreenshotReader } from './screenshot.ts';
import { createUserDirectory, withWorkspaceLocale } from './user-directory.ts';
import { createSlackWorkspaces, type SlackWorkspaces } from './workspaces.ts';

export type SlackConfig = Pick<
  Config,
  | 'SLACK_BOT_TOKEN'
  | 'SLACK_SIGNING_SECRET'
  | 'SLACK_APP_TOKEN'
  | 'SLACK_COMMAND'
  | 'SLACK_API_URL'
  | 'SLACK_SUPPORT_CHANNEL'
  | 'DEFAULT_LOCALE'
  | 'SLACK_CLIENT_ID'
  | 'SLACK_CLIENT_SECRET'
  | 'SLACK_STATE_SECRET'
>;

export type SlackAppDeps = {
  config: SlackConfig;
  engine: ConversationEngine;
  store: DocumentStore;
  /**
   * Replayed requests and retried events, remembered where every instance sees them; by default the
   * store's own, or (for a store without one) this process's memory.
   */
  seen?: SeenKeys;
  translator: Translator;
  logger?: Logger;
  clock?: Clock;
  escalation?: EscalationPort;
  /** The turn runner every channel shares; one over `store` is made when none is given. */
  turns?: TurnRunner;
  /** Bounds the turns worked on after the ack (shared with Teams); without it each starts at once. */
  work?: WorkLimiter | undefined;
  render?: RenderBlocks;
  /** Known bot identity skips the auth.test call (tests, or a deployment that pins it). */
  bot?: { botId: string; botUserId: string };
  /** Web API client overrides: tests turn retries off with `{ retryConfig: { retries: 0 } }`. */
  clientOptions?: webApi.WebClientOptions;
  /** With SLACK_CLIENT_ID: where installations are kept (encrypted); see createSlackInstallations. */
  installations?: SlackInstallations | undefined;
  /** Tokens and settings per workspace; built from config and `installations` when not given. */
  workspaces?: SlackWorkspaces;
  /** Reads screenshots shared with the bot (see ./screenshot.ts). */
  screenshots?: SlackScreenshotReader;
};

export type SlackApp = {
  /** Hands a raw (unparsed) request to Bolt; resolves when the response has been sent. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Connects the Socket Mode websocket; in HTTP mode nothing to do (the restify server listens). */
  start(): Promise<void>;
  /** Waits for turns still in progress, then disconnects. */
  stop(): Promise<void>;
  /** Resolves once no request is being worked on (after the ack, replies may still be on their way). */
  idle(): Promise<void>;
  mode: 'http' | 'socket';
  /** True when any workspace installs the app (OAuth): /slack/install and /slack/oauth_redirect are served. */
  oauth: boolean;
  workspaces: SlackWorkspaces;
  /** The Bolt app, for tests and for registering more listeners. */
  bolt: App;
};

/** Interactive answers must not wait half an hour: a couple of quick retries, then the user hears about it. */
const interactiveRetries = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 };

/** The Slack face of the bot: Bolt on the shared restify server (or Socket Mode), all decisions in the engine. */
export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const { config } = deps;
  const token = config.SLACK_BOT_TOKEN;
  const oauth = !!config.SLACK_CLIENT_ID;
  if (!token && !oauth) throw new Error('createSlackApp needs SLACK_BOT_TOKEN or SLACK_CLIENT_ID');
  if (oauth && !deps.installations)
    throw new Error('createSlackApp needs an installation store with SLACK_CLIENT_ID');
  const logger = deps.logger ?? silentLogger;
  const socket = !oauth && !!config.SLACK_APP_TOKEN;
  if (!socket && !config.SLACK_SIGNING_SECRET) throw new Error('createSlackApp needs SLACK_SIGNING_SECRET');
  const workspaces =
    deps.workspaces ??
    createSlackWorkspaces({
      store: deps.store,
      defaults: { supportChannel: config.SLACK_SUPPORT_CHANNEL, locale: config.DEFAULT_LOCALE },
      token,
      installations: deps.installations,
    });

  const clientOptions: webApi.WebClientOptions = {
    retryConfig: interactiveRetries,
    timeout: 15_000,
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    ...deps.clientOptions,
  };
  const boltLogger = toBoltLogger(logger);
  const clients = createClientPool({ ...clientOptions, logger: boltLogger }, logger);

  const receiver = socket
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET ?? '',
        endpoints: [SLACK_EVENTS_PATH],
        logger: boltLogger,
        // Checked once, before Bolt reads the request (./request-checks.ts).
        signatureVerification: false,
        processBeforeResponse: false,
        ...(oauth
          ? {
              clientId: config.SLACK_CLIENT_ID,
              clientSecret: config.SLACK_CLIENT_SECRET,
              stateSecret: config.SLACK_STATE_SECRET,
              installationStore: deps.installations,
              scopes: [...SLACK_BOT_SCOPES],
              installerOptions: {
                installPath: SLACK_INSTALL_PATH,
                redirectUriPath: SLACK_OAUTH_REDIRECT_PATH,
                // Straight to Slack's consent screen: no intermediate "Add to Slack" page to click.
                directInstall: true,
                // The state is signed with SLACK_STATE_SECRET and bound to a cookie of the browser that started.
                stateVerification: true,
                clientOptions: {
                  ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
                  ...(deps.clientOptions?.retryConfig ? { retryConfig: deps.clientOptions.retryConfig } : {}),
                },
              },
            }
          : {}),
      });
  const identity = token ? cachedAuthorize(token, clients.forToken(token), deps.bot) : undefined;
  const app = new App({
    // With OAuth Bolt asks the installation store for the workspace's token on every request.
    ...(identity ? { authorize: identity.authorize } : {}),
    logger: boltLogger,
    logLevel: LogLevel.INFO,
    // Bolt's conversation store is unused here (conversations live in the bot's store): by default it
    // would look each request up before the ack and build a "not found" error for every one.
    convoStore: false,
    clientOptions,
    extendedErrorHandler: true,
    ...(socket ? { socketMode: true, appToken: config.SLACK_APP_TOKEN } : { receiver }),
  });

  const seen = deps.seen ?? seenKeysOf(deps.store) ?? createMemorySeenKeys();
  const inFlight = new Set<Promise<unknown>>();
  const delivery = createDelivery(logger);
  const ctx: SlackContext = {
    runner: createConversationRunner({
      engine: deps.engine,
      store: deps.store,
      translator: deps.translator,
      render: deps.render ?? renderReply,
      delivery,
      logger,
      clock: deps.clock ?? systemClock,
      defaultLocale: config.DEFAULT_LOCALE,
      escalation: deps.escalation,
      ...(deps.turns ? { turns: deps.turns } : {}),
      work: deps.work,
    }),
    clients,
    users: withWorkspaceLocale(createUserDirectory(logger, undefined, deps.work), workspaces),
    delivery,
    translator: deps.translator,
    logger,
    command: config.SLACK_COMMAND,
    defaultLocale: config.DEFAULT_LOCALE,
    workspaces,
    installations: deps.installations,
    escalation: deps.escalation,
    seen,
    screenshots: deps.screenshots,
    track(work) {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work)).catch(() => undefined);
      return work;
    },
  };
  registerListeners(app, ctx);

  const checkRequest = createRequestChecks({
    signingSecret: config.SLACK_SIGNING_SECRET ?? '',
    seen,
    clock: deps.clock ?? systemClock,
    logger,
  });

  async function idle() {
    while (inFlight.size > 0) {
      await Promise.allSettled([...inFlight]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  return {
    mode: socket ? 'socket' : 'http',
    oauth,
    workspaces,
    bolt: app,
    handle(req, res) {
      return new Promise<void>((resolve) => {
        res.once('finish', () => resolve());
        res.once('close', () => resolve());
        if (!receiver) {
          // Socket Mode: Slack never calls this URL; answer plainly instead of hanging.
          end(res, 404);
          return;
        }
        void checkRequest(req).then((verdict) => {
          if (!verdict.ok) {
            if (verdict.reason === 'ssl-check') logger.debug('slack.ssl-check', {});
            else {
              const event = verdict.reason === 'replay' ? 'slack.replay-rejected' : 'slack.request-rejected';
              logger.warn(event, { reason: verdict.reason, status: verdict.status });
            }
            req.resume();
            end(res, verdict.status);
            return;
          }
          try {
            receiver.requestListener(req, res);
          } catch (err) {
            logger.warn('slack.request-unrouted', { method: req.method, error: (err as Error).name });
            if (!res.headersSent) end(res, 404);
          }
        });
      });
    },
    async start() {
      if (socket) await app.start();
      // Not awaited: Slack may be down at start-up; the first request asks again.
      else
        identity
          ?.warm()
          .catch((error: unknown) => logger.warn('slack.auth-test-failed', { code: codeOf(error) }));
      logger.info('slack.started', {
        mode: socket ? 'socket' : 'http',
        command: config.SLACK_COMMAND,
        ...(oauth ? { install: SLACK_INSTALL_PATH } : {}),
      });
    },
    idle,
    async stop() {
      await idle();
      if (socket) await app.stop();
    },
  };
}

/**
 * auth.test once, remembered; a failure (Slack down at start-up) is retried on the next request
 * instead of being cached for the life of the process as Bolt's single-token mode would. `warm` asks
 * at start-up: every request waits for the answer before its ack, so the first burst after a start
 * would otherwise wait for it together.
 */
function cachedAuthorize(
  token: string,
  client: webApi.WebClient,
  known?: { botId: string; botUserId: string },
): { authorize: Authorize<boolean>; warm(): Promise<void> } {
  let identity: Promise<{ botId: string; botUserId: string }> | undefined = known
    ? Promise.resolve(known)
    : undefined;
  const ask = () => {
    if (!identity) {
      identity = client.auth.test().then((r) => ({ botId: r.bot_id ?? '', botUserId: r.user_id ?? '' }));
      identity.catch(() => {
        identity = undefined;
      });
    }
    return identity;
  };
  return {
    authorize: async () => ({ botToken: token, ...(await ask()) }),
    warm: () => ask().then(() => undefined),
  };
}

/** restify's response patches writeHead (it does not return the response), so no chaining. */
function end(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.end();
}
