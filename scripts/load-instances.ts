/**
 * One versus several instances on one PostgreSQL database: starts N bot processes (`src/index.ts`,
 * Teams local mode, loopback only), sends a fixed number of Teams turns round-robin over them (no
 * sticky sessions: each turn of a conversation may land on another instance), and prints turns a
 * second, latency percentiles and lost replies. Stops by itself.
 *
 *   .ci/with-postgres npm run load:instances -- --instances 2 [--conversations 200] [--concurrency 20]
 *
 * The database comes from --database, DATABASE_URL or TEST_DATABASE_URL; the run uses a schema of its own
 * and drops it afterwards.
 */
import { parseArgs } from 'node:util';
import { type BotProcess, startBotProcess } from '../test/fakes/bot-process.ts';
import { freshSchema } from '../test/fakes/postgres.ts';

const { values } = parseArgs({
  options: {
    instances: { type: 'string', default: '2' },
    conversations: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '20' },
    database: { type: 'string' },
  },
});
const instances = Number(values.instances);
const conversations = Number(values.conversations);
const concurrency = Number(values.concurrency);
const url = values.database ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!url) throw new Error('give --database postgres://… (or run through .ci/with-postgres)');
if (!url.includes('127.0.0.1') && !url.includes('localhost'))
  throw new Error('load runs against a loopback database only');

/** A conversation that needs its state between turns: the platform answer means nothing on its own. */
const script = ['Profile installation failed', 'iOS', 'help'];

const schema = await freshSchema(url);
const bots: BotProcess[] = [];
try {
  for (let i = 0; i < instances; i++) bots.push(await startBotProcess({ DATABASE_URL: schema.url }));
  const latencies: number[] = [];
  let lost = 0;
  let next = 0;
  let turnNo = 0;

  async function turn(conversation: number, text: string): Promise<void> {
    const bot = bots[turnNo++ % bots.length] as BotProcess;
    const started = performance.now();
    try {
      const res = await fetch(`${bot.base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `load-${conversation}-${turnNo}`,
          text,
          deliveryMode: 'expectReplies',
          channelId: 'msteams',
          serviceUrl: 'https://smba.trafficmanager.net/amer/',
          from: { id: `29:user-${conversation}`, name: 'Load' },
          recipient: { id: '28:bot', name: 'Bot' },
          conversation: { id: `a:load-${conversation}`, conversationType: 'personal', tenantId: 't' },
          locale: 'en-US',
        }),
      });
      const body = (await res.json()) as { activities?: unknown[] };
      if (res.status !== 200 || !body.activities?.length) lost++;
    } catch {
      lost++;
    }
    latencies.push(performance.now() - started);
  }

  async function worker(): Promise<void> {
    for (;;) {
      const conversation = next++;
      if (conversation >= conversations) return;
      for (const text of script) await turn(conversation, text);
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  process.stdout.write(
    `${instances} instance(s), ${conversations} conversations × ${script.length} turns, ${concurrency} at once: ` +
      `${(latencies.length / seconds).toFixed(0)} turns/s, p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, ` +
      `p99 ${pct(99).toFixed(0)} ms, lost ${lost} of ${latencies.length}\n`,
  );
} finally {
  await Promise.all(bots.map((b) => b.stop()));
  await schema.drop();
}
