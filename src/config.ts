import { existsSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from './core/errors.ts';
import type { SupportPlaces } from './core/escalation/authorization.ts';
import { localeSchema } from './core/knowledge/entry.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/**
 * Every environment variable the bot reads. Each SDK keeps its own names so its docs apply.
 * `.env.example` lists the same keys with a comment each.
 */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    /**
     * Address to listen on. Not set: every interface when MicrosoftAppId is set (a real deployment), else
     * loopback only, because local mode authenticates nothing. `0.0.0.0` or `::` opens local mode to the network.
     */
    HOST: optionalText,
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /** Language for users whose client reports none we support. */
    DEFAULT_LOCALE: localeSchema.default('en'),
    /** SQLite file for conversation state and cases; `:memory:` keeps nothing across restarts. */
    STORAGE_PATH: z.string().default('data/bot.sqlite'),
    /** Conversation documents not written for this many days are deleted (cases and installations never). */
    CONVERSATION_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** PostgreSQL instead of SQLite (any number of instances share it): postgres://user:password@host/db */
    DATABASE_URL: optionalText.superRefine((url, ctx) => {
      const problem = url === undefined ? undefined : postgresUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),

    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: optionalText,

    SLACK_BOT_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_COMMAND: z
      .string()
      .regex(/^\/[a-z0-9_-]{1,31}$/, 'must look like /intune')
      .default('/intune'),
    SLACK_API_URL: z.url().optional(),
    /** Multi-workspace mode (Bolt's OAuth flow): set these instead of SLACK_BOT_TOKEN. */
    SLACK_CLIENT_ID: optionalText,
    SLACK_CLIENT_SECRET: optionalText,
    SLACK_STATE_SECRET: optionalText,
    /** 32 bytes (base64 or 64 hex digits): the AES-256-GCM key for the stored Slack installations. */
    INSTALLATION_ENCRYPTION_KEY: optionalText,

    SLACK_SUPPORT_CHANNEL: optionalText,
    TEAMS_SUPPORT_CHANNEL_ID: optionalText,
    TEAMS_SUPPORT_SERVICE_URL: z.url().optional(),
    TEAMS_SUPPORT_TENANT_ID: optionalText,
    /** The support channel's team (`channelData.team.id`); when set, case buttons from another team are refused. */
    TEAMS_SUPPORT_TEAM_ID: optionalText,
    ESCALATION_REMIND_MINUTES: z.coerce.number().int().min(1).default(30),
    ESCALATION_WEBHOOK_URL: z.url().optional(),
    ESCALATION_WEBHOOK_SECRET: optionalText,
    TEAMS_HANDOFF_EVENT: flag,
    /** How often each instance looks for due reminders and retries. */
    ESCALATION_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /**
     * How long an instance holds a notification it is sending; if it dies meanwhile, another instance
     * takes the notification over after this long.
     */
    ESCALATION_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),

    /** Worker threads reading screenshots; empty = one per core but one (at least one), 0 = answered with "type the text". */
    OCR_WORKERS: optionalText
      .transform((v) => (v === undefined ? undefined : Number(v)))
      .pipe(z.number().int().min(0).max(16).optional()),
    /** Screenshots waiting for a free worker; one more is answered "busy, try again". */
    OCR_QUEUE_LIMIT: z.coerce.number().int().min(0).max(1000).default(8),

    /**
     * Turns (Teams and Slack together) worked on at once; the rest wait their turn, so a burst cannot
     * keep the process from reading the network (Slack acks, new connections, health probes).
     */
    TURN_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(16),
    /** Turns waiting beyond those; one more is answered "busy, send it again in a minute". */
    TURN_QUEUE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(500),
    /** OpenTelemetry collector (OTLP over HTTP): traces and metrics go to `<endpoint>/v1/traces` and `/v1/metrics`. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' })
      .optional(),
    OTEL_EXPORTER_OTLP_PROTOCOL: z
      .enum(['http/protobuf', 'http/json'], {
        message: 'must be http/protobuf or http/json (gRPC is not bundled)',
      })
      .default('http/protobuf'),
    /** `key=value,key2=value2` sent with every export (a collector's API key): never logged. */
    OTEL_EXPORTER_OTLP_HEADERS: optionalText,
    OTEL_SERVICE_NAME: z.string().trim().min(1).default('intune-enrollment-assistant'),
    /** Milliseconds between two metric exports. */
    OTEL_METRIC_EXPORT_INTERVAL: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
    /** Azure Monitor (Application Insights) instead of, or besides, an OTLP collector. */
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
  })
  .superRefine(
    (c, ctx) => {
      const need = (cond: boolean, path: string, message: string) => {
        if (cond) ctx.addIssue({ code: 'custom', path: [path], message });
      };
      // Even a Slack-only deployment serves /api/messages: without an app id it would take anyone's activities.
      need(
        c.NODE_ENV === 'production' && !c.MicrosoftAppId,
        'MicrosoftAppId',
        'is required in production (without it /api/messages accepts unauthenticated requests)',
      );
      need(
        !!c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword,
        'MicrosoftAppPassword',
        'is required when MicrosoftAppId is set',
      );
      need(
        !!c.MicrosoftAppId && c.MicrosoftAppType !== 'MultiTenant' && !c.MicrosoftAppTenantId,
        'MicrosoftAppTenantId',
        `is required when MicrosoftAppType is ${c.MicrosoftAppType}`,
      );
      need(
        !!c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN,
        'SLACK_SIGNING_SECRET',
        'is required when SLACK_BOT_TOKEN is set (or set SLACK_APP_TOKEN for Socket Mode)',
      );
      need(
        !!c.SLACK_APP_TOKEN && !c.SLACK_APP_TOKEN.startsWith('xapp-'),
        'SLACK_APP_TOKEN',
        'must be an app-level token (xapp-…)',
      );
      const oauth = !!c.SLACK_CLIENT_ID;
      need(
        oauth && !!c.SLACK_BOT_TOKEN,
        'SLACK_BOT_TOKEN',
        'must be empty when SLACK_CLIENT_ID is set (each workspace gets its token from its installation)',
      );
      need(oauth && !c.SLACK_CLIENT_SECRET, 'SLACK_CLIENT_SECRET', 'is required when SLACK_CLIENT_ID is set');
      need(
        oauth && !c.SLACK_STATE_SECRET,
        'SLACK_STATE_SECRET',
        'is required when SLACK_CLIENT_ID is set (a long random string that signs the install state)',
      );
      need(
        oauth && !c.SLACK_SIGNING_SECRET,
        'SLACK_SIGNING_SECRET',
        'is required when SLACK_CLIENT_ID is set (installs run over HTTP, not Socket Mode)',
      );
      need(
        oauth && !!c.SLACK_APP_TOKEN,
        'SLACK_APP_TOKEN',
        'must be empty when SLACK_CLIENT_ID is set (the install pages are served over HTTP)',
      );
      need(
        oauth && c.NODE_ENV === 'production' && !c.INSTALLATION_ENCRYPTION_KEY,
        'INSTALLATION_ENCRYPTION_KEY',
        'is required in production when SLACK_CLIENT_ID is set (it encrypts the stored workspace tokens); make one with `openssl rand -base64 32`',
      );
      need(
        !!c.INSTALLATION_ENCRYPTION_KEY && !isEncryptionKey(c.INSTALLATION_ENCRYPTION_KEY),
        'INSTALLATION_ENCRYPTION_KEY',
        'must be 32 bytes, written as base64 (44 characters) or 64 hex digits; make one with `openssl rand -base64 32`',
      );
      need(
        !!c.TEAMS_SUPPORT_CHANNEL_ID && !c.TEAMS_SUPPORT_SERVICE_URL,
        'TEAMS_SUPPORT_SERVICE_URL',
        'is required when TEAMS_SUPPORT_CHANNEL_ID is set',
      );
      need(
        !!c.ESCALATION_WEBHOOK_URL && !c.ESCALATION_WEBHOOK_SECRET,
        'ESCALATION_WEBHOOK_SECRET',
        'is required when ESCALATION_WEBHOOK_URL is set',
      );
    },
    {
      // Report cross-field rules even when another variable is malformed: every problem in one message.
      when: () => true,
    },
  );

export type Config = z.infer<typeof configSchema>;

/** The AES-256 key as bytes: 64 hex digits or base64 of 32 bytes; undefined for anything else. */
export function parseEncryptionKey(value: string): Buffer | undefined {
  const v = value.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(v)
    ? Buffer.from(v, 'hex')
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(v)
      ? Buffer.from(v, v.includes('-') || v.includes('_') ? 'base64url' : 'base64')
      : undefined;
  return bytes?.length === 32 ? bytes : undefined;
}

function isEncryptionKey(value: string): boolean {
  return parseEncryptionKey(value) !== undefined;
}

export class ConfigError extends AppError<'config-invalid'> {
  constructor(message: string) {
    super('config-invalid', message);
  }
}

/**
 * Reads `.env` into the environment when there is one (variables already set win), silently when
 * there is none: Node's own `--env-file-if-exists` prints ".env not found" on every run without one.
 */
export function loadDotEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/**
 * An empty value means "not set", for every variable: `.env.example` copied as it is lists them all
 * empty, and `KEY=` must then mean the default, never an invalid URL or number.
 */
export function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env))
    if (value !== undefined && value.trim() !== '') out[key] = value;
  return out;
}

/** Validates the environment once, naming every bad variable. The only reader of `process.env`. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(withoutEmptyValues(env));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(environment)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/**
 * Where the server listens: HOST when set; otherwise loopback in local mode (no app id, so nothing on
 * /api/messages is authenticated and nobody else on the network should reach it) and every interface
 * (undefined: Node's default) once Teams credentials make requests authenticated.
 */
export function listenHost(c: Config): string | undefined {
  return c.HOST ?? (c.MicrosoftAppId ? undefined : '127.0.0.1');
}

/** A one-line summary safe to log: which features are on, never a secret. */
export function describeConfig(c: Config): Record<string, string | number | boolean> {
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: listenHost(c) ?? 'all interfaces',
    teams: c.MicrosoftAppId
      ? `${c.MicrosoftAppType} app ${c.MicrosoftAppId}`
      : 'local mode (no authentication)',
    slack: c.SLACK_CLIENT_ID
      ? 'http, any workspace (OAuth)'
      : c.SLACK_BOT_TOKEN
        ? c.SLACK_APP_TOKEN
          ? 'socket mode'
          : 'http'
        : 'off',
    storage: c.DATABASE_URL ? `postgres ${redactUrl(c.DATABASE_URL)}` : c.STORAGE_PATH,
    supportChannels:
      [c.SLACK_SUPPORT_CHANNEL && 'slack', c.TEAMS_SUPPORT_CHANNEL_ID && 'teams'].filter(Boolean).join('+') ||
      'none',
    telemetry:
      [
        c.OTEL_EXPORTER_OTLP_ENDPOINT &&
          `otlp ${c.OTEL_EXPORTER_OTLP_PROTOCOL} ${redactUrl(c.OTEL_EXPORTER_OTLP_ENDPOINT)}`,
        c.APPLICATIONINSIGHTS_CONNECTION_STRING && 'azure monitor',
      ]
        .filter(Boolean)
        .join(' + ') || 'off',
  };
}

/** The URL as it may be shown: the password replaced, so a log or an error never carries it. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    // Not parseable, so we cannot tell the password apart: show only what precedes any credentials.
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? '';
    return `${scheme}…`;
  }
}

function postgresUrlProblem(url: string): string | undefined {
  const shown = redactUrl(url);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `is not a URL (${shown}); expected postgres://user:password@host:5432/database`;
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:')
    return `must start with postgres:// or postgresql:// (got ${shown})`;
  if (!u.hostname && !u.searchParams.get('host')) return `names no host (${shown})`;
  return undefined;
}

/** Where claims, resolutions and case-thread replies are accepted from: the configured support channels. */
export function supportPlacesOf(config: Config): SupportPlaces {
  return {
    ...(config.TEAMS_SUPPORT_CHANNEL_ID
      ? {
          teams: {
            channelId: config.TEAMS_SUPPORT_CHANNEL_ID,
            teamId: config.TEAMS_SUPPORT_TEAM_ID,
            tenantId: config.TEAMS_SUPPORT_TENANT_ID ?? config.MicrosoftAppTenantId,
          },
        }
      : {}),
    ...(config.SLACK_SUPPORT_CHANNEL ? { slack: { channelId: config.SLACK_SUPPORT_CHANNEL } } : {}),
  };
}
