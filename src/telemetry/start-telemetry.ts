import type { Config } from '../config.ts';
import type { LogFields, Logger } from '../core/ports/logger.ts';
import { noTelemetry, type Telemetry } from '../core/ports/telemetry.ts';

/** Where traces and metrics go; none of it set means telemetry is off. */
export type TelemetrySettings = {
  serviceName: string;
  otlp?: { endpoint: string; protocol: 'http/protobuf' | 'http/json'; headers: Record<string, string> };
  azureMonitorConnectionString?: string;
  metricIntervalMs: number;
};

export type StartedTelemetry = {
  telemetry: Telemetry;
  /** Trace and span ids of the work running now, for each JSON log line; undefined when off. */
  logFields: (() => LogFields | undefined) | undefined;
  /** Routes the SDK's own warnings (a collector that cannot be reached) to the log. */
  reportTo(logger: Logger): void;
  /** Sends what is buffered, then stops. */
  shutdown(): Promise<void>;
};

const off: StartedTelemetry = {
  telemetry: noTelemetry,
  logFields: undefined,
  reportTo() {},
  shutdown: async () => {},
};

export function telemetrySettings(config: Config): TelemetrySettings | undefined {
  const endpoint = config.OTEL_EXPORTER_OTLP_ENDPOINT;
  const connectionString = config.APPLICATIONINSIGHTS_CONNECTION_STRING;
  if (!endpoint && !connectionString) return undefined;
  return {
    serviceName: config.OTEL_SERVICE_NAME,
    metricIntervalMs: config.OTEL_METRIC_EXPORT_INTERVAL,
    ...(endpoint
      ? {
          otlp: {
            endpoint,
            protocol: config.OTEL_EXPORTER_OTLP_PROTOCOL,
            headers: parseOtlpHeaders(config.OTEL_EXPORTER_OTLP_HEADERS),
          },
        }
      : {}),
    ...(connectionString ? { azureMonitorConnectionString: connectionString } : {}),
  };
}

/**
 * OpenTelemetry when an OTLP endpoint or an Application Insights connection string is set, else
 * nothing at all: the SDK is imported only then, so a bot without telemetry pays nothing to start.
 */
export async function startTelemetry(config: Config): Promise<StartedTelemetry> {
  const settings = telemetrySettings(config);
  if (!settings) return off;
  const { startOpenTelemetry } = await import('./open-telemetry.ts');
  return startOpenTelemetry(settings);
}

/** `key=value,key2=value2` as the OpenTelemetry spec writes OTLP headers (values URL-encoded). */
export function parseOtlpHeaders(value: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of (value ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const key = pair.slice(0, at).trim();
    const raw = pair.slice(at + 1).trim();
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // Not URL-encoded after all: taken as written.
    }
    if (key) headers[key] = decoded;
  }
  return headers;
}
