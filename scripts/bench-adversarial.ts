// The adversarial section of `npm run bench`: the worst time of a whole turn (the turn runner with
// in-memory SQLite: state read and written, sanitising, intents, answer parsing, matching) over inputs
// that once stalled the bot, and whether memory stays flat when they are sent again and again.
// Target: ≤ 20 ms a turn on two cores.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConversationEngine } from '../src/content/load-engine.ts';
import { createTurnRunner, type TurnChannel } from '../src/core/conversation/turn-runner.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { createTranslator } from '../src/i18n/translator.ts';
import { SqliteStorage } from '../src/storage/sqlite-storage.ts';
import { adversarialInputs } from './adversarial-inputs.ts';

const rounds = 5;
const targetMs = 20;

/** A collection before each memory reading, so the figures are what is kept, not garbage not yet swept. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return () => gc?.();
}

export async function adversarialSection(): Promise<string[]> {
  const translator = createTranslator();
  const { engine } = loadConversationEngine({ translator });
  const store = new SqliteStorage(':memory:');
  const runner = createTurnRunner({
    engine,
    store,
    translator,
    logger: silentLogger,
    clock: { now: () => new Date() },
  });
  let conversations = 0;
  const channel = (): TurnChannel => {
    const key = `bench/${++conversations}`;
    return {
      key,
      clientLocale: 'en',
      requester: (locale) => ({
        channel: 'teams',
        userId: 'u',
        userName: 'u',
        locale,
        conversationKey: key,
        address: {},
      }),
      send: async () => {},
    };
  };
  // The same text at the start, while a question waits for its answer, and while the error text is asked for.
  const openers = [undefined, 'device cap reached', 'enrollment failed'];
  const inputs = adversarialInputs();
  const gc = collector();
  const worst = new Map<string, { wall: number; cpu: number }>();
  const heapMb: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { name, text } of inputs) {
      for (const opener of openers) {
        const to = channel();
        if (opener) await runner.run(to, { kind: 'text', text: opener });
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        await runner.run(to, { kind: 'text', text });
        const wall = performance.now() - t0;
        const used = process.cpuUsage(cpu0);
        const cpu = (used.user + used.system) / 1000;
        // The first round includes warming up the code; the figures are the worst of the later rounds.
        if (round === 0) continue;
        const w = worst.get(name) ?? { wall: 0, cpu: 0 };
        worst.set(name, { wall: Math.max(w.wall, wall), cpu: Math.max(w.cpu, cpu) });
      }
    }
    gc();
    heapMb.push(process.memoryUsage().heapUsed / 1e6);
  }
  store.close();
  const rows = [...worst].map(([name, w]) => `| ${name} | ${w.wall.toFixed(1)} | ${w.cpu.toFixed(1)} |`);
  const worstWall = Math.max(...[...worst.values()].map((w) => w.wall));
  const worstCpu = Math.max(...[...worst.values()].map((w) => w.cpu));
  return [
    '',
    `Adversarial inputs (${inputs.length} inputs × ${openers.length} conversation states × ${rounds - 1} rounds after a warm-up, whole turn through the turn runner):`,
    '',
    '| input | worst ms | worst CPU ms |',
    '| ----- | -------- | ------------ |',
    ...rows,
    '',
    `Worst turn: ${worstWall.toFixed(1)} ms (${worstCpu.toFixed(1)} ms CPU); target ≤ ${targetMs} ms: ${worstWall <= targetMs ? 'met' : 'NOT met'}`,
    `Heap after each round: ${heapMb.map((m) => m.toFixed(0)).join(', ')} MB (flat when the last equals the second)`,
  ];
}
