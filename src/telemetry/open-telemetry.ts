import { format } from 'node:util';
import {
  type Attributes,
  type Counter,
  diag,
  type Gauge,
  type Histogram,
  isSpanContextValid,
  metrics,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import type { PushMetricExporter } from '@opentelemetry/sdk-metrics';
import { PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { codeOf } from '../core/errors.ts';
import type { LogFields } from '../core/ports/logger.ts';
import {
  type MetricName,
  metricAttributeKeys,
  metricDefinitions,
  type Telemetry,
  type TelemetryAttributes,
} from '../core/ports/telemetry.ts';
import type { StartedTelemetry, TelemetrySettings } from './start-telemetry.ts';

const scope = 'intune-enrollment-assistant';
/** Milliseconds: a match takes well under one, a turn with a slow platform several thousand. */
const durationBuckets = [0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000];

/**
 * The Telemetry port on the OpenTelemetry SDK: spans and metrics exported over OTLP/HTTP, to Azure
 * Monitor (Application Insights), or both. Loaded only when one of them is configured. No automatic
 * instrumentation (HTTP, databases): those would put URLs and queries into spans; the bot records its
 * own units of work with attributes it chose.
 */
export async function startOpenTelemetry(settings: TelemetrySettings): Promise<StartedTelemetry> {
  const spanProcessors = [];
  const metricReaders = [];
  const interval = settings.metricIntervalMs;
  if (settings.otlp) {
    const { traces, metrics: metricExporter } = await otlpExporters(settings.otlp);
    spanProcessors.push(new BatchSpanProcessor(traces));
    metricReaders.push(
      new PeriodicExportingMetricReader({
        exporter: metricExporter,
        exportIntervalMillis: interval,
        exportTimeoutMillis: Math.min(interval, 30_000),
      }),
    );
  }
  let stop: () => Promise<void>;
  if (settings.azureMonitorConnectionString) {
    // Application Insights' distro builds its own NodeSDK; OTLP, when set too, rides along.
    const azure = await import('@azure/monitor-opentelemetry');
    azure.useAzureMonitor({
      azureMonitorExporterOptions: { connectionString: settings.azureMonitorConnectionString },
      // Application Insights shows service.name as the cloud role.
      resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
      enableLiveMetrics: false,
      instrumentationOptions: {
        http: { enabled: false },
        azureSdk: { enabled: false },
        mongoDb: { enabled: false },
        mySql: { enabled: false },
        postgreSql: { enabled: false },
        redis: { enabled: false },
        redis4: { enabled: false },
        bunyan: { enabled: false },
        winston: { enabled: false },
      },
      spanProcessors,
      metricReaders,
    });
    stop = () => azure.shutdownAzureMonitor();
  } else {
    const sdk = new NodeSDK({
      serviceName: settings.serviceName,
      // OTEL_RESOURCE_ATTRIBUTES only: the default detectors would also export the host id, the command line
      // and the executable's path, which say nothing about the bot and need not leave the host.
      resourceDetectors: [envDetector],
      spanProcessors,
      metricReaders,
      // The bot writes JSON log lines to stdout; no OTLP log exporter.
      logRecordProcessors: [],
      instrumentations: [],
    });
    sdk.start();
    stop = () => sdk.shutdown();
  }
  return {
    telemetry: createOpenTelemetryPort(),
    logFields: currentTraceIds,
    reportTo(logger) {
      // The SDK's own complaints (an unreachable collector) join the JSON log: one line, no stack.
      const report = (message: string, ...args: unknown[]) =>
        logger.warn('telemetry-sdk', {
          detail: (format(message, ...args).split('\n', 1)[0] ?? '').slice(0, 300),
        });
      diag.setLogger(
        {
          error: report,
          warn: report,
          info: () => {},
          debug: () => {},
          verbose: () => {},
        },
        { suppressOverrideMessage: true },
      );
    },
    shutdown: stop,
  };
}

async function otlpExporters(
  otlp: NonNullable<TelemetrySettings['otlp']>,
): Promise<{ traces: SpanExporter; metrics: PushMetricExporter }> {
  const base = otlp.endpoint.replace(/\/+$/, '');
  const options = (signal: string) => ({ url: `${base}/v1/${signal}`, headers: otlp.headers });
  if (otlp.protocol === 'http/json') {
    const [{ OTLPTraceExporter }, { OTLPMetricExporter }] = await Promise.all([
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/exporter-metrics-otlp-http'),
    ]);
    return {
      traces: new OTLPTraceExporter(options('traces')),
      metrics: new OTLPMetricExporter(options('metrics')),
    };
  }
  const [{ OTLPTraceExporter }, { OTLPMetricExporter }] = await Promise.all([
    import('@opentelemetry/exporter-trace-otlp-proto'),
    import('@opentelemetry/exporter-metrics-otlp-proto'),
  ]);
  return {
    traces: new OTLPTraceExporter(options('traces')),
    metrics: new OTLPMetricExporter(options('metrics')),
  };
}

/** The ids of the span running now, for the JSON log line written inside it. */
function currentTraceIds(): LogFields | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && isSpanContextValid(context)
    ? { traceId: context.traceId, spanId: context.spanId }
    : undefined;
}

function defined(attributes: TelemetryAttributes): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) out[key] = value;
  return out;
}

function forMetrics(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) if (metricAttributeKeys.has(key)) out[key] = value;
  return out;
}

function createOpenTelemetryPort(): Telemetry {
  const tracer = trace.getTracer(scope);
  const meter = metrics.getMeter(scope);
  const durations = new Map<string, Histogram>();
  const instruments = new Map<MetricName, Counter | Histogram | Gauge>();

  function duration(span: string): Histogram {
    let histogram = durations.get(span);
    if (!histogram) {
      histogram = meter.createHistogram(`${span}.duration`, {
        unit: 'ms',
        description: `Duration of ${span}`,
        advice: { explicitBucketBoundaries: durationBuckets },
      });
      durations.set(span, histogram);
    }
    return histogram;
  }

  function instrument(name: MetricName): Counter | Histogram | Gauge {
    let found = instruments.get(name);
    if (!found) {
      const d = metricDefinitions[name];
      const options = { unit: d.unit, description: d.description };
      found =
        d.kind === 'counter'
          ? meter.createCounter(d.name, options)
          : d.kind === 'gauge'
            ? meter.createGauge(d.name, options)
            : meter.createHistogram(d.name, {
                ...options,
                advice: { explicitBucketBoundaries: durationBuckets },
              });
      instruments.set(name, found);
    }
    return found;
  }

  return {
    span(name, attributes, work) {
      return tracer.startActiveSpan(name, { attributes: defined(attributes) }, (span) => {
        const started = performance.now();
        const seen: Attributes = defined(attributes);
        const end = (error?: unknown) => {
          if (error !== undefined) {
            // The code only: an error's message may quote what the user wrote.
            const code = codeOf(error);
            span.setStatus({ code: SpanStatusCode.ERROR, message: code });
            span.setAttribute('error.type', code);
            seen['error.type'] = code;
          }
          duration(name).record(performance.now() - started, forMetrics(seen));
          span.end();
        };
        const handle = {
          set(more: TelemetryAttributes) {
            const values = defined(more);
            span.setAttributes(values);
            Object.assign(seen, values);
          },
        };
        let result: ReturnType<typeof work>;
        try {
          result = work(handle);
        } catch (error) {
          end(error);
          throw error;
        }
        if (result instanceof Promise) {
          return result.then(
            (value: unknown) => {
              end();
              return value;
            },
            (error: unknown) => {
              end(error);
              throw error;
            },
          ) as typeof result;
        }
        end();
        return result;
      });
    },
    record(name, value, attributes = {}) {
      const target = instrument(name);
      const values = defined(attributes);
      if ('add' in target) target.add(value, values);
      else target.record(value, values);
    },
  };
}
