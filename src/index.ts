import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import {
  type Config,
  ConfigError,
  describeConfig,
  listenHost,
  loadConfig,
  loadDotEnvFile,
  supportPlacesOf,
} from './config.ts';
import { loadConversationEngine } from './content/load-engine.ts';
import { createWorkLimiter } from './core/async/work-limiter.ts';
import { createTurnRunner } from './core/conversation/turn-runner.ts';
import { codeOf } from './core/errors.ts';
import { createEscalationService } from './core/escalation/service.ts';
import { systemClock } from './core/ports/clock.ts';
import type { Logger } from './core/ports/logger.ts';
import { createConversationRetention } from './core/retention/conversation-retention.ts';
import { traceImageReader } from './core/telemetry/traced-image-reader.ts';
import { createConnectionCue } from './http-limits.ts';
import { createTranslator } from './i18n/translator.ts';
import { createJsonLogger, routeConsoleTo } from './logger.ts';
import { createOcrReader } from './ocr/ocr-reader.ts';
import { createServer } from './server.ts';
import { createSlackApp } from './slack/app.ts';
import { createClientPool } from './slack/client-pool.ts';
import {
  createSlackSupportNotifier,
  createSlackUserNotifier,
  createWorkspaceRouter,
  outboxClientOptions,
} from './slack/escalation/notifiers.ts';
import { createInstallationsFromConfig } from './slack/installations/from-config.ts';
import { createSlackScreenshotReader } from './slack/screenshot.ts';
import { createSlackWorkspaces, workspaceSupportPlace } from './slack/workspaces.ts';
import { openStorage } from './storage/open-storage.ts';
import { createTeamsAdapter, createTurnErrorHandler } from './teams/adapter.ts';
import { createTeamsBot } from './teams/create-bot.ts';
import {
  createTeamsHandoffNotifier,
  createTeamsSupportNotifier,
  createTeamsUserNotifier,
} from './teams/escalation/notifiers.ts';
import { createTeamsScreenshotReader } from './teams/screenshot.ts';
import { gateTurns } from './teams/turn-gate.ts';
import { startTelemetry } from './telemetry/start-telemetry.ts';
import { createCaseWebhook } from './webhook/case-webhook.ts';

/** How long shutdown waits for turns in flight before closing connections anyway. */
const drainMs = 10_000;

/** Composition root: config → storage → core → adapters → HTTP. */
async function main(): Promise<void> {
  const config = readConfig();
  // Off unless an exporter is configured; then each log line carries the trace id of its turn.
  const telemetry = await startTelemetry(config);
  const logger = createJsonLogger({ level: config.LOG_LEVEL, context: telemetry.logFields });
  telemetry.reportTo(logger);
  // Libraries write to the console: their lines join the JSON log, without stack traces.
  routeConsoleTo(logger);
  logger.info('config', describeConfig(config));
  if (!config.MicrosoftAppId) {
    logger.warn('teams-local-mode', {
      detail:
        'MicrosoftAppId is not set: /api/messages accepts UNAUTHENTICATED requests. Fine for the Agents Playground (npm run playground) on this machine, never for a public endpoint.',
    });
  }

  const storage = await openStorage(config, logger);
  const translator = createTranslator();
  const { kb, engine } = loadConversationEngine({ translator, logger, telemetry: telemetry.telemetry });
  // The adapter first: Teams notifiers send proactive messages through it.
  const adapter = createTeamsAdapter(config, { logger, translator, defaultLocale: config.DEFAULT_LOCALE });
  const appId = config.MicrosoftAppId ?? '';
  // Slack: one pasted token, or any workspace installing the app (its token kept encrypted in storage).
  const installations = createInstallationsFromConfig(config, storage, logger);
  const workspaces =
    config.SLACK_BOT_TOKEN || installations
      ? createSlackWorkspaces({
          store: storage,
          defaults: { supportChannel: config.SLACK_SUPPORT_CHANNEL, locale: config.DEFAULT_LOCALE },
          token: config.SLACK_BOT_TOKEN,
          installations,
        })
      : undefined;
  // The outbox's own clients (no retries of their own), each notice with its workspace's token.
  const slackOutbox = workspaces
    ? createWorkspaceRouter(workspaces, createClientPool(outboxClientOptions(config.SLACK_API_URL), logger))
    : undefined;
  const escalation = createEscalationService({
    store: storage,
    translator,
    clock: systemClock,
    logger,
    remindMinutes: config.ESCALATION_REMIND_MINUTES,
    leaseMs: config.ESCALATION_LEASE_SECONDS * 1000,
    // Unique while running (one port per host), and the same after a restart.
    instanceId: `${hostname()}:${config.PORT}`,
    supportLocale: config.DEFAULT_LOCALE,
    supportPlaces: {
      ...supportPlacesOf(config),
      // Slack's support channel is the actor's workspace's own (several workspaces may install the app).
      ...(workspaces ? { slack: workspaceSupportPlace(workspaces) } : {}),
    },
    support: [
      ...(config.TEAMS_SUPPORT_CHANNEL_ID && config.TEAMS_SUPPORT_SERVICE_URL
        ? [
            createTeamsSupportNotifier({
              adapter,
              appId,
              channelId: config.TEAMS_SUPPORT_CHANNEL_ID,
              serviceUrl: config.TEAMS_SUPPORT_SERVICE_URL,
              tenantId: config.TEAMS_SUPPORT_TENANT_ID ?? config.MicrosoftAppTenantId,
            }),
          ]
        : []),
      // With installs each workspace's admin names its support channel (`/intune admin support-channel`).
      ...(slackOutbox && (config.SLACK_SUPPORT_CHANNEL || installations)
        ? [createSlackSupportNotifier(slackOutbox)]
        : []),
    ],
    users: [
      createTeamsUserNotifier({ adapter, appId }),
      ...(slackOutbox ? [createSlackUserNotifier(slackOutbox)] : []),
    ],
    handoff: config.TEAMS_HANDOFF_EVENT ? createTeamsHandoffNotifier({ adapter, appId }) : undefined,
    webhook:
      config.ESCALATION_WEBHOOK_URL && config.ESCALATION_WEBHOOK_SECRET
        ? createCaseWebhook({ url: config.ESCALATION_WEBHOOK_URL, secret: config.ESCALATION_WEBHOOK_SECRET })
        : undefined,
    entryTitles: (entryId, locale) => kb.entries.find((e) => e.id === entryId)?.locales[locale].title,
    telemetry: telemetry.telemetry,
  });

  // One turn runner for every channel: one queue per conversation, one policy for effects.
  const turns = createTurnRunner({
    engine,
    store: storage,
    translator,
    logger,
    clock: systemClock,
    escalation,
    telemetry: telemetry.telemetry,
  });
  // Turn work of both channels shares one bound, so a burst waits instead of stalling the event loop,
  // and gives way while connections are being accepted, so a burst of them is answered (acked) first.
  const connections = createConnectionCue();
  const work = createWorkLimiter({
    concurrency: config.TURN_CONCURRENCY,
    queueLimit: config.TURN_QUEUE_LIMIT,
    giveWay: connections.acceptedSinceAsked,
  });
  // Screenshots are read by a pool of OCR worker threads, started by the first picture and stopped when
  // idle: an engine holds about 150 MB, which a bot nobody sends pictures to should not pay.
  const ocr =
    config.OCR_WORKERS === 0
      ? undefined
      : createOcrReader({
          ...(config.OCR_WORKERS ? { workers: config.OCR_WORKERS } : {}),
          queueLimit: config.OCR_QUEUE_LIMIT,
          logger,
        });
  const screenshots = ocr && traceImageReader(ocr, telemetry.telemetry);
  const teams = createTeamsBot({
    turns,
    ...(screenshots ? { screenshots: createTeamsScreenshotReader({ reader: screenshots, logger }) } : {}),
    engine,
    translator,
    storage,
    logger,
    defaultLocale: config.DEFAULT_LOCALE,
    escalation,
    supportChannelId: config.TEAMS_SUPPORT_CHANNEL_ID,
  });
  adapter.onTurnError = createTurnErrorHandler({
    logger,
    translator,
    defaultLocale: config.DEFAULT_LOCALE,
    conversationState: teams.conversationState,
  });
  const slack = workspaces
    ? createSlackApp({
        config,
        engine,
        store: storage,
        translator,
        logger,
        escalation,
        turns,
        work,
        installations,
        workspaces,
        ...(screenshots ? { screenshots: createSlackScreenshotReader({ reader: screenshots, logger }) } : {}),
      })
    : undefined;
  if (!slack) {
    logger.info('slack-off', {
      detail:
        'Slack is off. To turn it on set SLACK_BOT_TOKEN plus SLACK_SIGNING_SECRET (HTTP: Slack calls POST /slack/events) or SLACK_APP_TOKEN (Socket Mode, no public URL), or SLACK_CLIENT_ID/SECRET and SLACK_STATE_SECRET for installs into any workspace; see README "Install in Slack".',
    });
  }

  const server = createServer({
    teams: {
      adapter,
      bot: gateTurns(teams.bot, { work, translator, logger, defaultLocale: config.DEFAULT_LOCALE }),
    },
    health: storage,
    logger,
    slack: slack?.mode === 'http' ? slack : undefined,
    telemetry: telemetry.telemetry,
    connections,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, listenHost(config), () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo | null;
  const port = bound?.port ?? config.PORT;
  logger.info('listening', { address: bound?.address, port, messages: '/api/messages', health: '/healthz' });
  await slack?.start();
  await escalation.start();
  const ticker = setInterval(() => {
    escalation
      .tick()
      .catch((error: unknown) => logger.error('escalation-tick-failed', { code: codeOf(error) }));
  }, config.ESCALATION_TICK_SECONDS * 1000);
  ticker.unref();
  const retention = createConversationRetention({
    store: storage,
    days: config.CONVERSATION_RETENTION_DAYS,
    logger,
    clock: systemClock,
  });
  retention.start();

  let stopping = false;
  const shutdown = async (signal: string) => {
    // A second signal while draining means "now": leave without waiting for turns in flight.
    if (stopping) process.exit(1);
    stopping = true;
    logger.info('shutdown', { signal });
    clearInterval(ticker);
    const retentionStopped = retention.stop();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections become idle as their turns finish; close them then, not at their timeout.
    const sweep = setInterval(() => server.server.closeIdleConnections(), 100);
    server.server.closeIdleConnections();
    const force = setTimeout(() => server.server.closeAllConnections(), drainMs);
    force.unref();
    await closed;
    clearInterval(sweep);
    await stopQuietly(logger, 'slack', () => slack?.stop());
    await stopQuietly(logger, 'escalation', () => escalation.idle());
    await stopQuietly(logger, 'retention', () => retentionStopped);
    await stopQuietly(logger, 'storage', () => storage.close());
    await stopQuietly(logger, 'ocr', () => ocr?.close());
    await stopQuietly(logger, 'telemetry', () => telemetry.shutdown());
    logger.info('stopped', { signal });
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

function readConfig(): Config {
  try {
    loadDotEnvFile();
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function stopQuietly(logger: Logger, what: string, stop: () => Promise<void> | undefined) {
  try {
    await stop();
  } catch (error) {
    logger.warn('shutdown-step-failed', { what, code: codeOf(error) });
  }
}

main().catch((error: unknown) => {
  const hint =
    (error as { code?: unknown } | null)?.code === 'EADDRINUSE' ? ' (set PORT to a free port)' : '';
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}${hint}\n`);
  process.exit(1);
});
