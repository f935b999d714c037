// `npm run load -- teams|slack`: a bounded load run on loopback. Sends a fixed number of conversations,
// `--concurrency` at a time (each sender waits for its answer before the next: a Teams turn answers in
// its HTTP response, a Slack command after its ack), and stops by itself; prints latency percentiles,
// failures by cause, replies lost, the bot's memory (RSS, V8 heap, heap kept after a full collection)
// and its event-loop delay. Without `--base` it starts the bot itself (`src/index.ts` with the Node
// options of `npm start`, SQLite in a temporary directory, Teams in local mode, Slack with a test
// signing secret; TURN_CONCURRENCY, TURN_QUEUE_LIMIT and OCR_WORKERS are passed on when set) against
// loopback stand-ins for the
// Bot Connector and the Slack Web API (scripts/load-services.ts). With `--base URL[,URL…]` it sends to
// servers already running (one or several instances on one database), round-robin, turn by turn; they
// must use `SLACK_API_URL` = the printed stand-in (`--services-port` fixes its port) and, for Slack,
// `SLACK_SIGNING_SECRET=load-test-secret`.
//
//   npm run load -- teams [--conversations 3000] [--concurrency 200]
//   npm run load -- slack [--conversations 3000] [--concurrency 200]
//   npm run load -- teams --base http://127.0.0.1:3978,http://127.0.0.1:3979
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from '../test/fakes/free-port.ts';
import type { ProbeReport } from './load-probe.ts';
import { startFakeServices } from './load-services.ts';
import {
  type Breakdown,
  breakdownColumns,
  createClientTrace,
  joinTimings,
  type ServerTiming,
  seqHeader,
  summarize,
} from './load-trace.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    conversations: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '200' },
    base: { type: 'string' },
    'services-port': { type: 'string' },
    trace: { type: 'string' },
    profile: { type: 'string' },
  },
});
const channel = positionals[0];
if (channel !== 'teams' && channel !== 'slack') {
  process.stderr.write(
    'usage: npm run load -- teams|slack [--conversations N] [--concurrency N] [--base URL,…]\n',
  );
  process.exit(2);
}
const conversations = Number(values.conversations);
const concurrency = Number(values.concurrency);
const signingSecret = 'load-test-secret';
const requestTimeoutMs = 30_000;
/** After the last request, how long replies may still arrive before they count as lost. */
const settleMs = 10_000;

const loopback = (url: string) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(url);

/** The Node options `npm start` gives the bot (its heap budget), so the run measures what is deployed. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/** Asks the bot's probe (scripts/load-probe.ts) for its memory and event-loop delay. */
const probe = (child: ChildProcess) => ask<ProbeReport>(child, 'report', 'probe');
/** … or for what it saw of each numbered request. */
const serverTimings = (child: ChildProcess) => ask<ServerTiming[]>(child, 'timings', 'timings');

function ask<T>(child: ChildProcess, question: string, answerKey: string): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), 10_000);
    const onMessage = (message: unknown) => {
      const answer = (message as Record<string, T> | null)?.[answerKey];
      if (answer) done(answer);
    };
    function done(answer: T | undefined) {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(answer);
    }
    child.on('message', onMessage);
    child.send({ probe: question });
  });
}

/** The bot as `npm start` runs it, on a free loopback port, with the probe loaded. */
async function startBot(env: Record<string, string>): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
  const probeModule = fileURLToPath(new URL('./load-probe.ts', import.meta.url));
  // --profile DIR: V8's CPU profile of the bot, written to DIR when it stops (read it with
  // scripts/profile-summary.ts).
  const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
  const child = spawn(process.execPath, [...startFlags(), ...profile, '--import', probeModule, entry], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      // Settings worth comparing runs with, taken from the caller's environment when set.
      ...Object.fromEntries(
        ['TURN_CONCURRENCY', 'TURN_QUEUE_LIMIT', 'OCR_WORKERS']
          .filter((name) => process.env[name])
          .map((name) => [name, process.env[name] as string]),
      ),
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot did not start: ${stderr.slice(0, 500)}`);
    if (Date.now() > deadline) throw new Error('the bot did not answer /healthz within 60 s');
    const ok = await fetch(`${base}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { base, child };
    await new Promise((r) => setTimeout(r, 100));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const services = await startFakeServices(Number(values['services-port'] ?? 0));
const dir = mkdtempSync(join(tmpdir(), 'ieb-load-'));
let bot: { base: string; child: ChildProcess } | undefined;
try {
  const bases = values.base ? values.base.split(',').map((b) => b.trim().replace(/\/$/, '')) : [];
  for (const b of bases) if (!loopback(b)) throw new Error(`load runs on loopback only, not ${b}`);
  if (bases.length === 0) {
    bot = await startBot({
      STORAGE_PATH: join(dir, 'bot.sqlite'),
      ...(channel === 'slack'
        ? {
            SLACK_BOT_TOKEN: 'xoxb-load-test',
            SLACK_SIGNING_SECRET: signingSecret,
            SLACK_API_URL: `${services.base}/api/`,
          }
        : {}),
    });
    bases.push(bot.base);
  } else {
    process.stdout.write(`stand-in Slack Web API for the targets: SLACK_API_URL=${services.base}/api/\n`);
  }
  const before = bot ? await probe(bot.child) : undefined;
  const loadBefore = loadavg()[0] ?? 0;

  const latencies: number[] = [];
  const answerLatencies: number[] = [];
  let failed = 0;
  /** Why requests failed: an HTTP status, "timeout" (no answer within the client's deadline) or an error code. */
  const failures = new Map<string, number>();
  const fail = (why: string) => failures.set(why, (failures.get(why) ?? 0) + 1);
  let sent = 0;
  let next = 0;
  const expected = new Map<string, number>();
  const sentAt = new Map<string, number>();
  const trace = createClientTrace();
  /** How many requests each sender has sent: the first of each is the one that opens a connection. */
  const senderTurns = new Map<number, number>();

  async function post(
    sender: number,
    path: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<boolean> {
    const seq = sent++;
    const base = bases[seq % bases.length] as string;
    const senderTurn = senderTurns.get(sender) ?? 0;
    senderTurns.set(sender, senderTurn + 1);
    const timing = trace.begin(seq, senderTurn);
    const started = performance.now();
    const done = (ok: boolean) => {
      latencies.push(performance.now() - started);
      timing.doneAt = timing.sentAt + (performance.now() - started);
      timing.ok = ok;
    };
    try {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { ...headers, [seqHeader]: String(seq) },
        body,
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      await res.arrayBuffer();
      done(res.ok);
      if (!res.ok) fail(`HTTP ${res.status}`);
      return res.ok;
    } catch (error) {
      done(false);
      const e = error as { name?: string; cause?: { code?: string } };
      fail(e.name === 'TimeoutError' ? 'timeout' : (e.cause?.code ?? e.name ?? 'error'));
      return false;
    }
  }

  /** Teams: a two-turn conversation (a message that asks the platform, then the answer). */
  async function teamsConversation(sender: number, n: number): Promise<void> {
    const conversationId = `a:load-${n}`;
    for (const [i, text] of ['Profile installation failed', 'iOS'].entries()) {
      const ok = await post(
        sender,
        '/api/messages',
        JSON.stringify({
          type: 'message',
          id: `load-${n}-${i}`,
          timestamp: new Date().toISOString(),
          text,
          channelId: 'msteams',
          serviceUrl: `${services.base}/`,
          from: { id: `29:user-${n}`, name: 'Load', aadObjectId: `aad-${n}` },
          recipient: { id: '28:bot', name: 'Bot' },
          conversation: { id: conversationId, conversationType: 'personal', tenantId: 'tenant-load' },
          channelData: { tenant: { id: 'tenant-load' } },
          locale: 'en-US',
        }),
        { 'content-type': 'application/json' },
      );
      if (!ok) failed++;
      expected.set(conversationId, (expected.get(conversationId) ?? 0) + 1);
    }
  }

  /** Slack: one slash command with an error text; the answer goes to a response_url of ours. */
  async function slackCommand(sender: number, n: number): Promise<void> {
    // The answer's key: the user's id (the bot answers in the DM when response_url is not Slack's host).
    const key = `U0LOAD${n}`;
    const body = new URLSearchParams({
      token: 'legacy',
      team_id: 'T0LOAD',
      team_domain: 'load',
      channel_id: `C0LOAD${n % 50}`,
      channel_name: 'general',
      user_id: key,
      user_name: `user${n}`,
      command: '/intune',
      text: '0x80CF0437',
      api_app_id: 'A0LOAD',
      response_url: `${services.base}/respond/${n}`,
      trigger_id: `${n}.trigger`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', signingSecret).update(`v0:${ts}:${body}`).digest('hex')}`;
    sentAt.set(key, performance.now());
    expected.set(key, 1);
    const ok = await post(sender, '/slack/events', body, {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signature,
    });
    if (!ok) failed++;
    // One command in flight per sender: the next is sent once this one is answered (or given up on),
    // as a person would; the ack alone does not free the sender.
    if (ok) await services.waitForReply(key, requestTimeoutMs);
  }

  async function worker(sender: number): Promise<void> {
    for (;;) {
      const n = next++;
      if (n >= conversations) return;
      await (channel === 'teams' ? teamsConversation(sender, n) : slackCommand(sender, n));
    }
  }

  // Answer times for Slack: when the answer to a command reaches the stand-in.
  const answered = new Set<string>();
  const watch = setInterval(() => {
    for (const [key] of services.replies) {
      if (answered.has(key)) continue;
      answered.add(key);
      const at = sentAt.get(key);
      if (at !== undefined) answerLatencies.push(performance.now() - at);
    }
  }, 20);

  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, sender) => worker(sender)));
  const seconds = (performance.now() - started) / 1000;
  const settleUntil = Date.now() + settleMs;
  const missing = () => [...expected].filter(([key, n]) => (services.replies.get(key) ?? 0) < n).length;
  while (missing() > 0 && Date.now() < settleUntil) await new Promise((r) => setTimeout(r, 100));
  clearInterval(watch);
  const after = bot ? await probe(bot.child) : undefined;
  const traced = values.trace && bot ? joinTimings(trace.all(), (await serverTimings(bot.child)) ?? []) : [];
  if (values.trace) {
    const row = (r: Breakdown) =>
      breakdownColumns
        .map((c) => (typeof r[c] === 'number' ? (r[c] as number).toFixed(1) : String(r[c] ?? '')))
        .join('\t');
    writeFileSync(values.trace, `${[breakdownColumns.join('\t'), ...traced.map(row)].join('\n')}\n`);
  }

  latencies.sort((a, b) => a - b);
  answerLatencies.sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const what = channel === 'teams' ? 'HTTP (whole turn)' : 'ack';
  const lines = [
    `${channel}: ${conversations} ${channel === 'teams' ? 'conversations × 2 turns' : 'slash commands'}, ${concurrency} at once, ${bases.length} instance(s), ${(latencies.length / seconds).toFixed(0)} requests/s`,
    `${what}: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? 0)}`,
    ...(channel === 'slack'
      ? [
          `answer posted: p50 ${ms(percentile(answerLatencies, 50))}, p95 ${ms(percentile(answerLatencies, 95))}, p99 ${ms(percentile(answerLatencies, 99))}`,
        ]
      : []),
    `failed requests: ${failed}${failures.size ? ` (${[...failures].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}; conversations without every reply (lost): ${missing()} of ${expected.size}`,
    before && after
      ? `bot memory: RSS ${before.rssMb.toFixed(0)} MB after start, ${after.rssMb.toFixed(0)} MB after the run; V8 heap ${after.heapUsedMb.toFixed(0)} used of ${after.heapTotalMb.toFixed(0)} MB, ${after.liveHeapMb.toFixed(0)} MB reachable after a full collection (${before.liveHeapMb.toFixed(0)} MB after start); external ${after.externalMb.toFixed(0)} MB`
      : 'bot memory: not measured (servers given with --base)',
    ...(before && after
      ? [
          `bot event-loop delay during the run: p50 ${after.loopDelayMs.p50} ms, p99 ${after.loopDelayMs.p99} ms, max ${after.loopDelayMs.max} ms`,
          // CPU time does not depend on what else runs on the machine, unlike the latencies above.
          `bot CPU: ${((after.cpuMs - before.cpuMs) / latencies.length).toFixed(1)} ms a request (${((after.cpuMs - before.cpuMs) / 1000).toFixed(1)} s for ${latencies.length}), ${((after.mainThreadCpuMs - before.mainThreadCpuMs) / latencies.length).toFixed(1)} ms of it on the main thread (${((after.gcMs - before.gcMs) / latencies.length).toFixed(1)} ms paused for garbage collection), which serves at most ${(1000 / ((after.mainThreadCpuMs - before.mainThreadCpuMs) / latencies.length)).toFixed(0)} requests/s`,
        ]
      : []),
    `machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}, load average ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end${bot ? `; bot started with ${startFlags().join(' ') || 'no Node options'}` : ''}`,
  ];
  if (traced.length > 0) lines.push(...summarize(traced), `per-request rows: ${values.trace}`);
  else if (values.trace) lines.push('per request: not measured (servers given with --base)');
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  if (bot && bot.child.exitCode === null) {
    const exited = new Promise((r) => bot?.child.once('exit', r));
    bot.child.kill('SIGTERM');
    await exited;
  }
  await services.close();
  rmSync(dir, { recursive: true, force: true });
}
