import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadConversationEngine } from '../../src/content/load-engine.ts';
import { createTurnRunner, type TurnChannel } from '../../src/core/conversation/turn-runner.ts';
import { createEscalationService } from '../../src/core/escalation/service.ts';
import { systemClock } from '../../src/core/ports/clock.ts';
import { traceImageReader } from '../../src/core/telemetry/traced-image-reader.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { startOpenTelemetry } from '../../src/telemetry/open-telemetry.ts';
import { MemoryDocumentStore } from '../fakes/memory-document-store.ts';
import { anEffect, aRequester, fakeSupport } from '../unit/core/escalation/fakes.ts';

/** What a collector received: OTLP/HTTP JSON bodies by path, with their headers. */
type Received = { path: string; headers: IncomingHttpHeaders; body: string };
type OtlpValue = {
  stringValue?: string;
  intValue?: number | string;
  doubleValue?: number;
  boolValue?: boolean;
};
type OtlpAttribute = { key: string; value: OtlpValue };
type OtlpSpan = {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: OtlpAttribute[];
};
type OtlpPoint = {
  attributes?: OtlpAttribute[];
  asInt?: number | string;
  asDouble?: number;
  count?: number | string;
};
type OtlpMetric = {
  name: string;
  sum?: { dataPoints: OtlpPoint[] };
  gauge?: { dataPoints: OtlpPoint[] };
  histogram?: { dataPoints: OtlpPoint[] };
};

const collectorKey = 'collector-api-key-7f3a9';
// What the user wrote, who they are, what their screenshot said: none of it may leave in telemetry.
const userName = 'Zelda Quuxington';
const privateText = 'my laptop hostname is ZQ-PRIVATE-42 and the password hunter2';
const errorText = 'Profile Installation Failed. A network error has occurred.';
const screenshotText = 'SCREEN-ONLY-TEXT device enrollment blocked';

let server: Server;
let endpoint: string;
const received: Received[] = [];
const logLines: Record<string, unknown>[] = [];
let turnTraceIds: { traceId: string; spanId: string } | undefined;

const value = (v: OtlpValue) =>
  v.stringValue ?? v.boolValue ?? (v.doubleValue !== undefined ? v.doubleValue : Number(v.intValue));
const attrs = (list: OtlpAttribute[] = []) => Object.fromEntries(list.map((a) => [a.key, value(a.value)]));

/** The JSON bodies the collector received on one path (`/v1/traces`, `/v1/metrics`). */
const bodies = <T>(path: string): T[] =>
  received.filter((r) => r.path === path).map((r) => JSON.parse(r.body) as T);

type TraceBody = { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
type MetricBody = { resourceMetrics: { scopeMetrics: { metrics: OtlpMetric[] }[] }[] };
const spans = () =>
  bodies<TraceBody>('/v1/traces').flatMap((b) =>
    b.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)),
  );
const metricList = () =>
  bodies<MetricBody>('/v1/metrics').flatMap((b) =>
    b.resourceMetrics.flatMap((r) => r.scopeMetrics.flatMap((s) => s.metrics)),
  );

const points = (m: OtlpMetric | undefined) =>
  m?.sum?.dataPoints ?? m?.gauge?.dataPoints ?? m?.histogram?.dataPoints ?? [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      // Not chained: restify, loaded by other suites in this worker, replaces writeHead with one returning nothing.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const started = await startOpenTelemetry({
    serviceName: 'enrollment-bot-test',
    otlp: { endpoint, protocol: 'http/json', headers: { 'x-api-key': collectorKey } },
    metricIntervalMs: 60_000,
  });
  const { telemetry } = started;
  const logger = createJsonLogger({
    write: (line) => logLines.push(JSON.parse(line) as Record<string, unknown>),
    context: started.logFields,
  });
  const translator = createTranslator();
  const store = new MemoryDocumentStore();
  const { engine } = loadConversationEngine({ translator, logger, telemetry });
  const support = fakeSupport('slack');
  const escalation = createEscalationService({
    store,
    translator,
    clock: systemClock,
    logger,
    support: [support.notifier],
    telemetry,
  });
  const turns = createTurnRunner({
    engine,
    store,
    translator,
    logger,
    clock: systemClock,
    escalation,
    telemetry,
  });
  const channel: TurnChannel = {
    key: 'slack/conv/T0TEST/D0ZELDA',
    clientLocale: 'en',
    requester: (locale) =>
      aRequester({ channel: 'slack', userName, locale, conversationKey: 'slack/conv/T0TEST/D0ZELDA' }),
    async send() {
      // Written inside the turn: the line must carry the turn's trace.
      logger.info('replies-sent');
      turnTraceIds ??= started.logFields?.() as typeof turnTraceIds;
    },
  };
  await turns.run(channel, { kind: 'text', text: errorText });
  await turns.run(channel, { kind: 'text', text: privateText });
  // A delivery that fails with the user's name in its message: the span keeps the code only.
  const failing: TurnChannel = {
    ...channel,
    key: 'slack/conv/T0TEST/D0OTHER',
    send: async () => {
      throw new TypeError(`could not reach ${userName}`);
    },
  };
  await turns.run(failing, { kind: 'text', text: errorText }).catch(() => undefined);

  const reader = traceImageReader(
    { read: async () => ({ kind: 'text', text: screenshotText, confidence: 87.6, languages: 'eng' }) },
    telemetry,
  );
  await reader.read(new Uint8Array(64), { locale: 'en' });

  await escalation.open(
    anEffect({ answers: { errorText: privateText } }),
    aRequester({ channel: 'slack', userName }),
  );
  await escalation.idle();
  await escalation.tick();
  // Shutting down flushes what is buffered: every span and one round of metrics.
  await started.shutdown();
}, 30_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('OpenTelemetry export to an OTLP/HTTP collector on loopback', () => {
  test('spans for a turn, the match inside it, a screenshot read and an outbox send', () => {
    const all = spans();
    const turn = all.find((s) => s.name === 'bot.turn');
    expect(attrs(turn?.attributes)).toMatchObject({
      'bot.channel': 'slack',
      'bot.input.kind': 'text',
      'bot.outcome': 'answered',
    });
    const match = all.find((s) => s.name === 'bot.match' && s.traceId === turn?.traceId);
    // The match is part of the turn's trace, under the turn.
    expect(match?.parentSpanId).toBe(turn?.spanId);
    expect(attrs(match?.attributes)).toMatchObject({
      'bot.match.outcome': 'confident',
      'bot.match.entry': expect.stringMatching(/profile-installation-failed/),
    });
    const failed = all.find((s) => s.name === 'bot.turn' && attrs(s.attributes)['bot.outcome'] === 'failed');
    expect(attrs(failed?.attributes)).toMatchObject({ 'error.type': 'TypeError' });
    expect((failed as { status?: { code?: number; message?: string } })?.status).toEqual({
      code: 2,
      message: 'TypeError',
    });
    expect(attrs(all.find((s) => s.name === 'bot.ocr')?.attributes)).toMatchObject({
      'bot.ocr.outcome': 'text',
      'bot.ocr.confidence': 88,
      'bot.ocr.languages': 'eng',
    });
    expect(attrs(all.find((s) => s.name === 'bot.outbox.send')?.attributes)).toMatchObject({
      'bot.notification.kind': 'post',
      'bot.notification.target': 'slack',
      'bot.outcome': 'sent',
    });
  });

  test('metrics: turns, match outcomes, durations, outbox lag and cases open', () => {
    const byName = new Map(metricList().map((m) => [m.name, m]));
    for (const name of [
      'bot.turns',
      'bot.match.outcomes',
      'bot.turn.duration',
      'bot.match.duration',
      'bot.ocr.duration',
      'bot.outbox.send.duration',
      'bot.outbox.lag',
      'bot.cases.open',
    ])
      expect([name, byName.has(name)]).toEqual([name, true]);
    const turns = points(byName.get('bot.turns')).map((p) => attrs(p.attributes));
    expect(turns).toContainEqual({
      'bot.channel': 'slack',
      'bot.input.kind': 'text',
      'bot.outcome': 'answered',
    });
    const outcomes = points(byName.get('bot.match.outcomes')).map(
      (p) => attrs(p.attributes)['bot.match.outcome'],
    );
    expect(outcomes).toContain('confident');
    const open = points(byName.get('bot.cases.open')).find(
      (p) => attrs(p.attributes)['bot.case.status'] === 'open',
    );
    expect(Number(open?.asInt ?? open?.asDouble)).toBe(1);
  });

  test('no message text, name, screenshot text or collector key in anything exported', () => {
    const everything = received.map((r) => r.body).join('\n');
    expect(everything.length).toBeGreaterThan(0);
    for (const secret of [
      userName,
      'ZQ-PRIVATE-42',
      'hunter2',
      'Profile Installation Failed',
      'SCREEN-ONLY-TEXT',
      collectorKey,
      // Where the bot runs: its command line and paths.
      process.execPath,
      process.cwd(),
    ])
      expect([secret, everything.includes(secret)]).toEqual([secret, false]);
    // Nor the host's identity: no host or process attributes on the resource.
    for (const key of [
      'host.id',
      'host.name',
      'process.command_line',
      'process.executable.path',
      'process.pid',
    ])
      expect([key, everything.includes(`"${key}"`)]).toEqual([key, false]);
    // The collector's key travels as a header, where the collector expects it.
    expect(received.every((r) => r.headers['x-api-key'] === collectorKey)).toBe(true);
  });

  test('log lines written during a turn carry its trace and span ids', () => {
    const line = logLines.find((l) => l.msg === 'replies-sent');
    const turn = spans().find((s) => s.name === 'bot.turn' && s.traceId === line?.traceId);
    expect(turn).toBeDefined();
    expect(line?.spanId).toBe(turnTraceIds?.spanId);
    expect(line?.spanId).toBe(turn?.spanId);
  });
});
