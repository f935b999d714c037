// `npm run calibrate -- --cv`: leave-one-batch-out figures of the confidence model against the
// hand-written rules, per held-out batch (each batch decided by a model fitted without it).
// Three columns per batch: the rules as shipped (in sample: they were written against these batches),
// the rules with their constants re-tuned without the batch, and the model fitted without it.
// `--compare`: pooled over all batches, each way of joining model and rules at two false-confident
// bounds, out of sample and (to show how much fitting flatters) in sample; then the rules re-tuned
// without each batch, alone and promoted by a model fitted without it.
// `--write FILE`: fits the model on every row and writes it as JSON (the shape `confidenceModelSchema`
// reads; the matcher uses a model passed in its data, see docs/matcher.md).
// `--dump FILE`: the feature rows as JSON Lines.
import { writeFileSync } from 'node:fs';
import { type ConfidenceModel, isConfident } from '../src/core/matcher/confidence.ts';
import { featureRows, type Row } from './calibrate-data.ts';
import {
  crossValidate,
  type Figures,
  type FitOptions,
  figures,
  fitModel,
  ruleDecisions,
} from './calibrate-fit.ts';
import { calibration, describeModel } from './calibrate-options.ts';
import { crossValidatePromotion, crossValidateRules } from './calibrate-rules.ts';

const args = process.argv.slice(2);

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);

/** Figures of several groups added up. */
function total(list: Figures[]): Figures {
  return {
    cases: list.reduce((s, f) => s + f.cases, 0),
    overall: list.reduce((s, f) => s + f.overall, 0),
    falseConfident: list.reduce((s, f) => s + f.falseConfident, 0),
    symptoms: {
      right: list.reduce((s, f) => s + f.symptoms.right, 0),
      total: list.reduce((s, f) => s + f.symptoms.total, 0),
    },
    nearMiss: {
      notConfident: list.reduce((s, f) => s + f.nearMiss.notConfident, 0),
      total: list.reduce((s, f) => s + f.nearMiss.total, 0),
    },
  };
}

/**
 * Per group: the rules as shipped (in sample), the rules with constants tuned without the group, and the
 * model fitted without it; each as symptoms right, near misses not confident, confident and wrong.
 */
function cvTable(rows: Row[], options: FitOptions): string[] {
  const result = crossValidate(rows, options);
  const retuned = crossValidateRules(rows, options.falseConfident);
  const cell = (f: Figures) => [
    pct(f.symptoms.right, f.symptoms.total),
    pct(f.nearMiss.notConfident, f.nearMiss.total),
    `${f.falseConfident}`,
  ];
  const blocks = result.map(({ group, rules, model }) => ({
    group,
    cases: rules.cases,
    list: [rules, retuned.get(group) ?? rules, model],
  }));
  const lines = blocks.map(({ group, cases, list }) => [`${group} (${cases})`, ...list.flatMap(cell)]);
  const all = ['all', ...[0, 1, 2].flatMap((k) => cell(total(blocks.map((b) => b.list[k]))))];
  const header = ['held-out group (queries)'];
  for (const who of ['rules as shipped', 'rules re-tuned', 'model']) {
    header.push(`${who}: symptoms`, 'near misses not confident', 'confident & wrong');
  }
  const rowsOut = [...lines, all];
  const widths = header.map((h, k) => Math.max(h.length, 3, ...rowsOut.map((r) => r[k].length)));
  const line = (cells: string[]) => `| ${cells.map((c, k) => c.padEnd(widths[k])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rowsOut.map(line)];
}

function main(): void {
  const rows = featureRows();
  const dump = args.indexOf('--dump');
  if (dump >= 0) {
    writeFileSync(args[dump + 1], `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    process.stdout.write(`${rows.length} rows written to ${args[dump + 1]}\n`);
  }
  if (args.includes('--compare')) {
    // Each way of joining model and rules, pooled over the groups (each decided by a model fitted without it).
    for (const mode of ['replace', 'promote', 'both'] as const) {
      for (const falseConfident of [0.004, 0.01]) {
        const options = { ...calibration, mode, falseConfident };
        const model = fitModel(rows, options);
        const inSample = figures(
          rows,
          rows.map((r) => !r.refused && isConfident(model, r.features)),
        );
        const outOfSample = total(crossValidate(rows, options).map((r) => r.model));
        for (const [label, t] of [
          ['left out', outOfSample],
          ['fitted on', inSample],
        ] as const)
          process.stdout.write(
            `${mode.padEnd(8)} false-confident bound ${pct(falseConfident, 1)}, ${label}: symptoms ${pct(t.symptoms.right, t.symptoms.total)}, near misses not confident ${pct(t.nearMiss.notConfident, t.nearMiss.total)}, confident & wrong ${t.falseConfident}, overall ${pct(t.overall, t.cases)}\n`,
          );
      }
    }
  }
  if (args.includes('--compare')) {
    const line = (label: string, t: Figures) =>
      `${label}: symptoms ${t.symptoms.right}/${t.symptoms.total}, near misses not confident ${t.nearMiss.notConfident}/${t.nearMiss.total}, confident & wrong ${t.falseConfident}, overall ${t.overall}/${t.cases}\n`;
    process.stdout.write(line('rules as shipped (in sample)', total([figures(rows, ruleDecisions(rows))])));
    for (const falseConfident of [0.002, 0.004, 0.007]) {
      const { rules, promoted } = crossValidatePromotion(rows, { ...calibration, falseConfident });
      process.stdout.write(
        line(`rules re-tuned without the group, bound ${pct(falseConfident, 1)}`, total(rules)),
      );
      process.stdout.write(line(`  promoted by a model fitted without it`, total(promoted)));
    }
  }
  if (args.includes('--cv')) {
    process.stdout.write(
      `Leave-one-batch-out, ${rows.length} queries; model: ${calibration.mode} mode, penalty ${calibration.penalty}, false-confident bound ${pct(calibration.falseConfident, 1)}. The shipped rules were written against every one of these batches (in sample); the re-tuned rules and the model never saw the batch they score.\n\n`,
    );
    process.stdout.write(`${cvTable(rows, calibration).join('\n')}\n`);
  }
  const write = args.indexOf('--write');
  if (write >= 0) {
    const model: ConfidenceModel = { ...fitModel(rows, calibration), about: describeModel(rows) };
    writeFileSync(args[write + 1], `${JSON.stringify(model, null, 2)}\n`);
    process.stdout.write(`wrote ${args[write + 1]} (threshold ${model.threshold.toFixed(4)})\n`);
  }
}

main();
