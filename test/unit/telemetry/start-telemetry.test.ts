import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describeConfig, loadConfig } from '../../../src/config.ts';
import { noTelemetry } from '../../../src/core/ports/telemetry.ts';
import {
  parseOtlpHeaders,
  startTelemetry,
  telemetrySettings,
} from '../../../src/telemetry/start-telemetry.ts';

const root = join(import.meta.dirname, '..', '..', '..');

/** Every module `src/index.ts` loads at start: relative static imports, followed; packages by name. */
function staticImportGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    // Static `import … from '…'` and `export … from '…'` only: a dynamic import() loads later, if ever.
    for (const m of text.matchAll(/^(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? '';
      if (spec.startsWith('.')) visit(relative(root, join(root, dirname(file), spec)));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('telemetry switch', () => {
  test('is off with nothing configured: no exporter, no trace ids, the no-op port', async () => {
    const config = loadConfig({});
    expect(telemetrySettings(config)).toBeUndefined();
    const started = await startTelemetry(config);
    expect(started.telemetry).toBe(noTelemetry);
    expect(started.logFields).toBeUndefined();
    expect(describeConfig(config).telemetry).toBe('off');
  });

  test('starting the bot without telemetry loads no OpenTelemetry or Azure Monitor code', () => {
    const { files, packages } = staticImportGraph('src/index.ts');
    expect(files.has('src/telemetry/start-telemetry.ts')).toBe(true);
    expect(files.has('src/telemetry/open-telemetry.ts')).toBe(false);
    expect([...packages].filter((p) => /^@opentelemetry\/|^@azure\/monitor/.test(p))).toEqual([]);
  });

  test('an OTLP endpoint or an Application Insights connection string turns it on', () => {
    const otlp = telemetrySettings(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'https://collector.example.net:4318',
        OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=k3y-s3cret,x-tenant=a%20b',
      }),
    );
    expect(otlp?.otlp).toEqual({
      endpoint: 'https://collector.example.net:4318',
      protocol: 'http/protobuf',
      headers: { 'x-api-key': 'k3y-s3cret', 'x-tenant': 'a b' },
    });
    expect(otlp?.azureMonitorConnectionString).toBeUndefined();
    const azure = telemetrySettings(
      loadConfig({
        APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000',
      }),
    );
    expect(azure?.otlp).toBeUndefined();
    expect(azure?.azureMonitorConnectionString).toMatch(/^InstrumentationKey=/);
  });

  test('the config summary names the exporter, never the headers or the connection string', () => {
    const config = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'https://user:pw-s3cret@collector.example.net:4318',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=k3y-s3cret',
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=ikey-s3cret',
    });
    const summary = JSON.stringify(describeConfig(config));
    expect(summary).toContain('collector.example.net');
    expect(summary).toContain('azure monitor');
    expect(summary).not.toMatch(/s3cret/);
  });

  test('refuses gRPC and a malformed endpoint with the variable named', () => {
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318 ' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });

  test('reads OTLP headers as the OpenTelemetry spec writes them, skipping broken pairs', () => {
    expect(parseOtlpHeaders('a=1, b = two ,broken,=x,c=%E2%9C%93')).toEqual({ a: '1', b: 'two', c: '✓' });
    expect(parseOtlpHeaders(undefined)).toEqual({});
  });
});
