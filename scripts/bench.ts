// `npm run bench`: accuracy and speed of the matcher against two off-the-shelf baselines on the
// development queries (../shared/eval/dev.jsonl next to this checkout), in one process:
//  - fuse.js, default options, over the entry titles (four languages);
//  - MiniSearch, fuzzy + prefix, over titles and article text;
// each baseline with the abstain threshold that scores best on the same file; the matcher with its
// own calibrated decision. Prints markdown tables (overall, per category, per language of the text), the
// targets with their figures, start-up time and the time for a 100 KB log paste.
// `--file PATH` benchmarks another JSON Lines file of the same shape; `--held-out` the project's own
// held-out cases (test/unit/core/matcher/held-out-cases.ts), `--held-out --batch NAME` one batch of them, or `fresh` / `worked-on` pooled (to give
// a batch written after the last tuning its own figure); `--screenshots` reads generated screenshots
// instead (scripts/screenshots/bench-screenshots.ts); `--retention` times the retention sweep on a large
// table (scripts/bench-retention.ts).
// The matcher's figures end with the worst engine turn over adversarial inputs (scripts/bench-adversarial.ts).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Block, KnowledgeBase, RichText, Step } from '../src/core/knowledge/entry.ts';
import {
  type Answer,
  type EvalCase,
  type Metrics,
  parseEvalCases,
  score,
} from '../src/core/matcher/evaluate.ts';
import type { Matcher } from '../src/core/matcher/match-result.ts';
import { adversarialSection } from './bench-adversarial.ts';
import { textLanguage } from './bench-language.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const fileArg = args.indexOf('--file');
const devFile =
  fileArg >= 0 ? args[fileArg + 1] : fileURLToPath(new URL('../shared/eval/dev.jsonl', `file://${repoRoot}`));
// Timed passes over the file: the matcher is timed more often than the (slow) baselines.
const passes = { matcher: 20, baseline: 3 };

type System = { name: string; answer(c: EvalCase): { ids: string[]; scores: number[]; confident?: boolean } };

function text(rich: RichText): string {
  return rich.map((i) => i.text).join('');
}
function stepText(step: Step): string {
  return [text(step.text), ...step.substeps.map(stepText), ...step.blocks.map(blockText)].join(' ');
}
function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return text(block.text);
    case 'note':
      return block.paragraphs.map(text).join(' ');
    case 'table':
      return [...block.header, ...block.rows.flat()].map(text).join(' ');
    case 'code':
      return block.code;
    case 'image':
      return block.alt;
    case 'list':
      return block.items.map(stepText).join(' ');
  }
}

function fuseBaseline(kb: KnowledgeBase): System {
  const docs = kb.entries.map((e) => ({ id: e.id, titles: Object.values(e.locales).map((l) => l.title) }));
  const fuse = new Fuse(docs, { keys: ['titles'], includeScore: true });
  return {
    name: 'fuse.js (defaults, titles)',
    answer(c) {
      const found = fuse.search(c.text.slice(0, 2000), { limit: 5 });
      return { ids: found.map((r) => r.item.id), scores: found.map((r) => 1 - (r.score ?? 1)) };
    },
  };
}

function miniSearchBaseline(kb: KnowledgeBase): System {
  const mini = new MiniSearch<{ id: string; title: string; body: string }>({
    fields: ['title', 'body'],
    searchOptions: { fuzzy: 0.2, prefix: true, boost: { title: 2 } },
  });
  mini.addAll(
    kb.entries.map((e) => ({
      id: e.id,
      title: Object.values(e.locales)
        .map((l) => l.title)
        .join(' \n '),
      body: Object.values(e.locales)
        .filter((l) => !l.fallback)
        .flatMap((l) => [
          ...l.intro.map(blockText),
          ...l.causes.flatMap((cause) => [
            text(cause.summary),
            ...cause.intro.map(blockText),
            ...cause.steps.map(stepText),
            ...cause.alternatives.flatMap((a) => [
              a.title,
              ...a.intro.map(blockText),
              ...a.steps.map(stepText),
            ]),
            ...cause.outro.map(blockText),
          ]),
        ])
        .join(' \n '),
    })),
  );
  return {
    name: 'MiniSearch (fuzzy+prefix, titles+bodies)',
    answer(c) {
      const found = mini.search(c.text.slice(0, 2000)).slice(0, 5);
      return { ids: found.map((r) => r.id), scores: found.map((r) => r.score) };
    },
  };
}

/** The abstain threshold on the first score that scores best on these cases. */
function bestThreshold(
  cases: EvalCase[],
  raw: { ids: string[]; scores: number[] }[],
): { t: number; answers: Answer[] } {
  const candidates = [...new Set(raw.map((r) => r.scores[0] ?? 0))].sort((a, b) => a - b);
  let best = { t: Number.POSITIVE_INFINITY, overall: -1, answers: [] as Answer[] };
  for (const t of [...candidates, Number.POSITIVE_INFINITY]) {
    const answers = raw.map((r) => ({ ids: r.ids, confident: (r.scores[0] ?? 0) >= t }));
    const overall = score(cases, answers).overall;
    if (overall > best.overall) best = { t, overall, answers };
  }
  return best;
}

type Speed = { meanUs: number; p99Us: number; cpuP50Us: number; cpuP99Us: number };

/**
 * Wall-clock and CPU time per query. On a shared machine the wall clock also counts the time other
 * processes held the core; the CPU time of this process does not.
 */
function timeQueries(system: System, cases: EvalCase[], rounds: number): Speed {
  for (const c of cases) system.answer(c);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let p = 0; p < rounds; p++) {
    for (const c of cases) {
      const start = performance.now();
      const startCpu = process.cpuUsage();
      system.answer(c);
      const used = process.cpuUsage(startCpu);
      times.push((performance.now() - start) * 1000);
      cpu.push(used.user + used.system);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const at = (list: number[], q: number) => list[Math.floor(list.length * q)] ?? 0;
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return { meanUs: mean, p99Us: at(times, 0.99), cpuP50Us: at(cpu, 0.5), cpuP99Us: at(cpu, 0.99) };
}

/** A 100 KB Company Portal-style log with one error line two thirds of the way in. */
function logPaste(): string {
  const lines: string[] = [];
  let i = 0;
  let size = 0;
  while (size < 100_000) {
    const line =
      i === 700
        ? '2024-05-01 10:14:55.120 ERROR [Enrollment] Enrollment failed. ErrorCode=DeviceCapReached CorrelationId=5a1f0c2e-0000-4e77-9a0e-000000000000'
        : `2024-05-01 10:${String(i % 60).padStart(2, '0')}:00.${String(i % 1000).padStart(3, '0')} INFO  [Sync] heartbeat ok session=${(i * 2654435761).toString(16)} pointer=0x${(i * 40503).toString(16)} retries=0`;
    lines.push(line);
    size += line.length + 1;
    i++;
  }
  return lines.join('\n').slice(0, 100_000);
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** A markdown table with its columns padded, as the formatter writes them (so it can go in README.md). */
function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, k) => Math.max(h.length, 3, ...rows.map((r) => r[k].length)));
  const line = (cells: string[]) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

type Evaluated = { system: System; m: Metrics; rule: string };

/** Scores each system; baselines get the abstain threshold that is best on these very cases. */
function evaluate(systems: System[], ours: System, cases: EvalCase[]): Evaluated[] {
  return systems.map((system) => {
    const raw = cases.map((c) => system.answer(c));
    if (system === ours) {
      const answers = raw.map((r) => ({ ids: r.ids, confident: r.confident ?? false }));
      return { system, m: score(cases, answers), rule: 'built-in (calibrated constants)' };
    }
    const best = bestThreshold(cases, raw);
    const rule = Number.isFinite(best.t)
      ? `score ≥ ${best.t.toFixed(3)} (best on this file)`
      : 'always abstain (best on this file)';
    return { system, m: score(cases, best.answers), rule };
  });
}

function summaryTable(
  results: Evaluated[],
  ours: System,
  cases: EvalCase[],
  speeds: Map<System, Speed>,
): string[] {
  const header = ['system', 'top-1 (in scope)', 'top-3', 'abstain-right (out of scope)', 'false-confident'];
  header.push('overall', 'mean µs/query', 'p99 µs/query', 'abstain rule');
  const rows = results.map(({ system, m, rule }) => {
    const speed = timeQueries(system, cases, system === ours ? passes.matcher : passes.baseline);
    speeds.set(system, speed);
    const rates = [m.top1, m.top3, m.abstainRight, m.falseConfident, m.overall].map(pct);
    return [system.name, ...rates, speed.meanUs.toFixed(0), speed.p99Us.toFixed(0), rule];
  });
  return markdownTable(header, rows);
}

function categoryTable(results: Evaluated[], cases: EvalCase[]): string[] {
  const categories = [...new Set(cases.map((c) => c.category))];
  const rows = categories.map((cat) => {
    const n = cases.filter((c) => c.category === cat).length;
    return [`${cat} (${n})`, ...results.map(({ m }) => pct((m.byCategory[cat]?.right ?? 0) / n))];
  });
  return markdownTable(['category (n)', ...results.map((r) => r.system.name)], rows);
}

/** The matcher's figures per language of the query text (not the client locale). */
function languageTable(ours: Evaluated, cases: EvalCase[]): string[] {
  const answers = cases.map((c) => ours.system.answer(c));
  const rows = (['en', 'sv', 'zh-CN', 'fr'] as const).flatMap((lang) => {
    const picked = cases.flatMap((c, i) => (textLanguage(c.text) === lang ? [i] : []));
    if (picked.length === 0) return [];
    const m = score(
      picked.map((i) => cases[i]),
      picked.map((i) => ({ ids: answers[i].ids, confident: answers[i].confident ?? false })),
    );
    const inScope = picked.filter((i) => cases[i].expect.length > 0).length;
    return [
      [`${lang} (${picked.length})`, pct(m.overall), inScope ? pct(m.top3) : '–', pct(m.falseConfident)],
    ];
  });
  return markdownTable(['language (n)', 'overall', 'top-3', 'false-confident'], rows);
}

type Timing = { p99Us: number; pasteMs: number; line: string };

/** The project's accuracy and speed targets, each with its figure and whether it holds. */
function targetLines(m: Metrics, timing: Timing): string[] {
  const nearMiss = m.byCategory['near-miss'];
  const categories = Object.entries(m.byCategory).map(
    ([cat, { right, total }]) => [cat, right / total] as const,
  );
  const worst = categories.reduce((a, b) => (b[1] < a[1] ? b : a));
  const checks: [string, boolean][] = [
    [`overall ${pct(m.overall)} (target ≥ 95 %)`, m.overall >= 0.95],
    [`false-confident ${pct(m.falseConfident)} (target ≤ 2 %)`, m.falseConfident <= 0.02],
    [`top-3 ${pct(m.top3)} (target ≥ 99 %)`, m.top3 >= 0.99],
    [`weakest category ${worst[0]} ${pct(worst[1])} (target ≥ 90 %)`, worst[1] >= 0.9],
    ...(nearMiss
      ? [
          [
            `near misses not answered confidently ${pct(nearMiss.right / nearMiss.total)} (target ≥ 90 %)`,
            nearMiss.right / nearMiss.total >= 0.9,
          ] as [string, boolean],
        ]
      : []),
    [`p99 ${(timing.p99Us / 1000).toFixed(2)} ms a query (target ≤ 1 ms)`, timing.p99Us <= 1000],
    [`100 KB paste ${timing.pasteMs.toFixed(1)} ms (target ≤ 20 ms)`, timing.pasteMs <= 20],
  ];
  return checks.map(([text, ok]) => `- ${ok ? 'met' : 'MISSED'}: ${text}`);
}

function pasteTiming(matcher: Matcher): { line: string; ms: number } {
  const paste = logPaste();
  const times: number[] = [];
  const cpu: number[] = [];
  let hit = '';
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    const r = matcher.match(paste, {});
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
    hit = `${r.hits[0]?.id ?? 'none'}${r.confident ? ' (confident)' : ''}`;
  }
  // Best of five: the first run also pays for warming up the process, which is start-up, not matching.
  const ms = Math.min(...times);
  return {
    line: `100 KB log paste: first ${times[0].toFixed(1)} ms, best of 5 ${ms.toFixed(1)} ms (${Math.min(...cpu).toFixed(1)} ms CPU) → ${hit}`,
    ms,
  };
}

async function loadCases(): Promise<{ cases: EvalCase[]; source: string } | undefined> {
  if (args.includes('--held-out')) {
    const { heldOutBatches, heldOutCases, freshCases, workedOnCases } = await import(
      '../test/unit/core/matcher/held-out-cases.ts'
    );
    const batchArg = args.indexOf('--batch');
    if (batchArg < 0)
      return { cases: heldOutCases, source: 'held-out cases (test/unit/core/matcher/held-out-cases.ts)' };
    const name = args[batchArg + 1] ?? '';
    // Two pooled names beside the batches: the fresh batches (scored once as written) and all the others.
    const pooled: Record<string, typeof heldOutCases> = { fresh: freshCases, 'worked-on': workedOnCases };
    const batch = pooled[name] ?? heldOutBatches[name];
    if (!batch)
      throw new Error(
        `no held-out batch "${name}"; batches: fresh, worked-on, ${Object.keys(heldOutBatches).join(', ')}`,
      );
    return {
      cases: batch,
      source: `held-out cases, ${name} batch (test/unit/core/matcher/held-out-cases.ts)`,
    };
  }
  if (devFile && existsSync(devFile))
    return { cases: parseEvalCases(readFileSync(devFile, 'utf8')), source: devFile };
  return undefined;
}

async function main(): Promise<void> {
  if (args.includes('--retention')) {
    const { benchRetention } = await import('./bench-retention.ts');
    return benchRetention(args);
  }
  if (args.includes('--screenshots')) {
    const { benchScreenshots } = await import('./screenshots/bench-screenshots.ts');
    return benchScreenshots(args);
  }
  const loaded = await loadCases();
  if (!loaded) {
    process.stdout.write(`bench: skipped, no evaluation file at ${devFile}\n`);
    return;
  }
  const { cases, source } = loaded;

  const t0 = performance.now();
  const { loadKnowledgeBase } = await import('../src/content/load-knowledge.ts');
  const kb = loadKnowledgeBase(undefined, (m) => process.stderr.write(`warning: ${m}\n`));
  const t1 = performance.now();
  const { createMatcher } = await import('../src/core/matcher/create-matcher.ts');
  const matcher = createMatcher(kb);
  const t2 = performance.now();
  const { compileContent } = await import('../src/content/compile-content.ts');
  const c0 = performance.now();
  compileContent();
  const compileMs = performance.now() - c0;

  const ours: System = {
    name: 'this matcher',
    answer(c) {
      const r = matcher.match(c.text, { locale: c.locale, platform: c.platform });
      return { ids: r.hits.map((h) => h.id), scores: r.hits.map((h) => h.score), confident: r.confident };
    },
  };
  const results = evaluate([ours, fuseBaseline(kb), miniSearchBaseline(kb)], ours, cases);
  const outOfScope = cases.filter((c) => c.expect.length === 0).length;
  const speeds = new Map<System, Speed>();
  const summary = summaryTable(results, ours, cases, speeds);
  const paste = pasteTiming(matcher);
  const timing = { p99Us: speeds.get(ours)?.p99Us ?? 0, pasteMs: paste.ms, line: paste.line };
  const out = [
    `Evaluation file: ${source} (${cases.length} queries, ${outOfScope} out of scope), ${new Date().toISOString().slice(0, 10)}`,
    '',
    ...summary,
    '',
    'Overall (all cases handled right) per category:',
    '',
    ...categoryTable(results, cases),
    '',
    'This matcher per language of the text:',
    '',
    ...languageTable(results[0], cases),
    '',
    'Targets:',
    ...targetLines(results[0].m, timing),
    '',
    `Start-up: load knowledge base ${(t1 - t0).toFixed(0)} ms + build matcher ${(t2 - t1).toFixed(0)} ms = ${(t2 - t0).toFixed(0)} ms (compiling the articles from markdown instead: ${compileMs.toFixed(0)} ms)`,
    paste.line,
    `This matcher by CPU time a query (steadier than the wall clock on a shared machine): p50 ${(speeds.get(ours)?.cpuP50Us ?? 0).toFixed(0)} µs, p99 ${(speeds.get(ours)?.cpuP99Us ?? 0).toFixed(0)} µs`,
    ...(await adversarialSection()),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
