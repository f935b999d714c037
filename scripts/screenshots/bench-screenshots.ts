// `npm run bench -- --screenshots [--memory] [--variants] [--every N] [--only REGEX] [--workers N] [--timeout-ms N] [--out DIR]`:
// generates the screenshot set and reads it through the bot's OCR reader and matcher. Prints top-1 card
// accuracy and the wrong-confident rate per style and per language, the confident rate on pictures with
// no error, p95 time per image with the pool busy, CPU per image, and memory above idle. `--only` keeps
// the pictures whose name matches (`'photo of (windows|log)'`: photos of a desktop); `--variants` reads
// the pictures drawn with other parameters instead (variant-set.ts), one row each. `--out` keeps the
// pictures, lists the misses and writes each picture's times (times.tsv). `--memory` measures large
// pictures' memory instead (bench-memory.ts).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../../src/content/load-knowledge.ts';
import { createMatcher } from '../../src/core/matcher/create-matcher.ts';
import { createOcrReader, defaultOcrWorkers } from '../../src/ocr/ocr-reader.ts';
import { buildScreenshotSet, type Sample } from './screenshot-set.ts';
import { buildVariantSet } from './variant-set.ts';

type Outcome = {
  sample: Sample;
  ms: number;
  /** CPU of the whole process while this image was read; one image's own when one is in flight. */
  cpuMs: number;
  verdict: 'right' | 'wrong-confident' | 'asked';
  read: string;
};

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)} %` : '–';
}

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

function table(title: string, outcomes: Outcome[], key: (o: Outcome) => string): string[] {
  const groups = new Map<string, Outcome[]>();
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  const rows = [...groups].map(([k, os]) => {
    const n = os.length;
    const count = (v: Outcome['verdict']) => os.filter((o) => o.verdict === v).length;
    return `| ${k} | ${n} | ${pct(count('right'), n)} | ${pct(count('wrong-confident'), n)} | ${pct(count('asked'), n)} |`;
  });
  return [
    `| ${title} | images | right card | wrong, confident | asked for the text |`,
    '|---|---|---|---|---|',
    ...rows,
  ];
}

export async function benchScreenshots(args: string[]): Promise<void> {
  if (args.includes('--memory')) {
    const { benchMemory } = await import('./bench-memory.ts');
    return benchMemory(args);
  }
  const kb = loadKnowledgeBase(undefined, () => {});
  const matcher = createMatcher(kb);
  const every = Number(option(args, '--every') ?? 1);
  const workers = option(args, '--workers') ? Number(option(args, '--workers')) : undefined;
  const out = option(args, '--out');
  const only = option(args, '--only');
  const set = args.includes('--variants') ? buildVariantSet(kb) : buildScreenshotSet(kb, { every });
  const all = set.filter((s) => !only || new RegExp(only).test(s.name));

  // The card the message gets when typed: reading the picture should give the same one.
  const expected = new Map<Sample, string | undefined>();
  let untypeable = 0;
  const samples = all.filter((s) => {
    if (!s.message) return true;
    const typed = matcher.match(s.message, { locale: s.messageLocale ?? s.locale });
    if (!typed.confident) untypeable++;
    expected.set(s, typed.hits[0]?.id);
    return typed.confident;
  });
  const sameAsEntry = samples.filter((s) => s.entryId && expected.get(s) === s.entryId).length;

  const t0 = performance.now();
  const images = await Promise.all(samples.map((s) => s.image()));
  const drawMs = performance.now() - t0;
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'times.tsv'), 'picture\tcpu ms\twall ms\tverdict\n');
  }

  const idle = process.memoryUsage().rss;
  let peak = idle;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  // `--timeout-ms` lifts the deadline when the machine is shared, so accuracy is not lost to waiting.
  const timeoutMs = Number(option(args, '--timeout-ms') ?? 10_000);
  const reader = createOcrReader({ ...(workers ? { workers } : {}), queueLimit: 1000, timeoutMs });
  const w0 = performance.now();
  await reader.warm();
  const warmMs = performance.now() - w0;

  const outcomes: Outcome[] = [];
  const cpu0 = process.cpuUsage();
  const r0 = performance.now();
  let next = 0;
  const lanes = workers ?? defaultOcrWorkers();
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < samples.length) {
        const i = next++;
        const sample = samples[i] as Sample;
        const startCpu = process.cpuUsage();
        const start = performance.now();
        const reading = await reader.read(images[i] as Uint8Array, { locale: sample.locale });
        const ms = performance.now() - start;
        const used = process.cpuUsage(startCpu);
        const cpuMs = (used.user + used.system) / 1000;
        const text = reading.kind === 'text' ? reading.text : `(${reading.reason})`;
        const match =
          reading.kind === 'text' ? matcher.match(reading.text, { locale: sample.locale }) : undefined;
        const top = match?.confident ? match.hits[0]?.id : undefined;
        const verdict = !top ? 'asked' : top === expected.get(sample) ? 'right' : 'wrong-confident';
        outcomes.push({ sample, ms, cpuMs, verdict, read: text });
        if (out) {
          const kind = sample.kind.replace(/\W+/g, '-').slice(0, 40);
          const file = `${String(i).padStart(4, '0')}-${kind}-${sample.locale}.${images[i]?.[0] === 0xff ? 'jpg' : 'png'}`;
          writeFileSync(join(out, file), images[i] as Uint8Array);
          // Which pictures are slow, to look at them.
          appendFileSync(
            join(out, 'times.tsv'),
            `${file}\t${cpuMs.toFixed(0)}\t${ms.toFixed(0)}\t${verdict}\n`,
          );
          // The misses: a message without its card, and a picture with no error that got one.
          if (sample.message ? verdict !== 'right' : verdict !== 'asked')
            process.stderr.write(
              `${file} ${verdict} want ${expected.get(sample) ?? 'nothing'} got ${top ?? 'nothing'} read ${JSON.stringify(text)}\n`,
            );
        }
      }
    }),
  );
  const runMs = performance.now() - r0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  await reader.close();

  const messages = outcomes.filter((o) => o.sample.message);
  const clean = messages.filter((o) => o.sample.kind !== 'photo');
  const photos = messages.filter((o) => o.sample.kind === 'photo');
  const noError = outcomes.filter((o) => !o.sample.message);
  const right = (os: Outcome[]) => os.filter((o) => o.verdict === 'right').length;
  const times = outcomes.map((o) => o.ms);
  const cpuTimes = outcomes.map((o) => o.cpuMs);
  const lines = [
    `Screenshots: ${samples.length} images (${untypeable} messages left out because typing them does not give a confident card either; ${sameAsEntry} of the rest expect their own entry, the others the entry typing gives).`,
    '',
    `| set | images | right card | wrong, confident |`,
    '|---|---|---|---|',
    `| clean screenshots | ${clean.length} | ${pct(right(clean), clean.length)} | ${pct(clean.filter((o) => o.verdict === 'wrong-confident').length, clean.length)} |`,
    `| photos of a screen | ${photos.length} | ${pct(right(photos), photos.length)} | ${pct(photos.filter((o) => o.verdict === 'wrong-confident').length, photos.length)} |`,
    `| no error on the picture | ${noError.length} | – | ${pct(noError.filter((o) => o.verdict !== 'asked').length, noError.length)} confident |`,
    '',
    ...table('style', messages, (o) => o.sample.kind),
    '',
    ...table('language', messages, (o) => o.sample.locale),
    '',
    `Time per image with ${lanes} images in flight: p50 ${quantile(times, 0.5).toFixed(0)} ms, p95 ${quantile(times, 0.95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms; CPU ${((cpu.user + cpu.system) / 1000 / samples.length).toFixed(0)} ms per image; ${(samples.length / (runMs / 1000)).toFixed(2)} images/s.`,
    // With one image in flight an image's CPU time is what it would take on an idle machine (Tesseract
    // reads on one core), whatever else the machine is doing.
    ...(lanes === 1
      ? [
          `CPU time per image (one in flight): p50 ${quantile(cpuTimes, 0.5).toFixed(0)} ms, p95 ${quantile(cpuTimes, 0.95).toFixed(0)} ms, max ${Math.max(...cpuTimes).toFixed(0)} ms.`,
        ]
      : []),
    `Deadline ${timeoutMs} ms: ${outcomes.filter((o) => o.read === '(timeout)').length} images ran out of time. Load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores.`,
    `Pool start (${lanes} worker${lanes > 1 ? 's' : ''}, English loaded): ${warmMs.toFixed(0)} ms. Memory above idle with the pool busy: ${((peak - idle) / 1024 / 1024).toFixed(0)} MB (peak RSS). Drawing the set: ${(drawMs / 1000).toFixed(1)} s.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
