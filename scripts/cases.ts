// `npm run --silent cases`: every escalation case, one line each (newest last), from PostgreSQL when
// DATABASE_URL is set, otherwise from the SQLite file at STORAGE_PATH.
// `npm run --silent cases -- ENR-1042`: one case in full, as JSON (answers, transcript, outbox).
// `--json`: all cases as JSON lines. `--open`: only cases not resolved.
// `--storage FILE`: that SQLite file. `--database URL`: that PostgreSQL database.
// `--export`: the cases and what points at them, as JSON lines for `--import FILE` into an empty store
// (moving from SQLite to PostgreSQL). Works without any channel configured.
import { existsSync, readFileSync } from 'node:fs';
import { loadDotEnvFile, redactUrl } from '../src/config.ts';
import type { Case } from '../src/core/escalation/case.ts';
import { readAllCases } from '../src/core/escalation/case-repository.ts';
import { exportCases, importCases, type TransferLine } from '../src/core/escalation/case-transfer.ts';
import type { DocumentStore } from '../src/core/ports/document-store.ts';
import { PostgresStorage } from '../src/storage/postgres-storage.ts';
import { SqliteStorage } from '../src/storage/sqlite-storage.ts';

loadDotEnvFile();

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

const args = process.argv.slice(2);
const optionValue = (flag: string) => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('--')) throw new Error(`${flag} needs a value`);
  return v;
};
const flagged = new Set(['--storage', '--database', '--import']);
const wanted = args.find((a, i) => /^ENR-\d+$/i.test(a) && !flagged.has(args[i - 1] ?? ''))?.toUpperCase();

function deliveries(c: Case): string {
  const parts = c.outbox
    .filter((n) => n.kind === 'post' || n.kind === 'webhook')
    .map((n) => `${n.target ?? n.kind}:${n.status}${n.error ? `(${n.error})` : ''}`);
  return parts.join(',') || 'none (local mode)';
}

function line(c: Case): string {
  const who = c.assignee ? ` assignee=${JSON.stringify(c.assignee.userName)}` : '';
  const rated = c.satisfaction ? ` solved=${c.satisfaction.solved}` : '';
  return [
    c.id.padEnd(9),
    c.status.padEnd(8),
    c.createdAt.slice(0, 16).replace('T', ' '),
    `${c.requester.channel}:${JSON.stringify(c.requester.userName || c.requester.userId)}`,
    `trigger=${c.trigger}`,
    `error=${JSON.stringify((c.answers.errorText ?? '').replace(/\s+/g, ' ').slice(0, 60))}`,
    `sent=${deliveries(c)}${who}${rated}`,
  ].join('  ');
}

/** An explicit --storage file wins; then --database or DATABASE_URL; then STORAGE_PATH. */
function openStore(): { store: DocumentStore; where: string; close(): Promise<void> } {
  const file = optionValue('--storage');
  const url = file ? undefined : (optionValue('--database') ?? (process.env.DATABASE_URL || undefined));
  if (url) {
    const pg = new PostgresStorage({ url, poolMax: 2 });
    return { store: pg, where: redactUrl(url), close: () => pg.close() };
  }
  const path = file ?? process.env.STORAGE_PATH ?? 'data/bot.sqlite';
  // Importing creates the file; anything else reads an existing one.
  if (path !== ':memory:' && !existsSync(path) && !args.includes('--import'))
    throw new Error(`no storage at ${path} (set STORAGE_PATH, DATABASE_URL, --storage or --database)`);
  const sqlite = new SqliteStorage(path);
  return { store: sqlite, where: path, close: async () => sqlite.close() };
}

try {
  const { store, where, close } = openStore();
  try {
    const source = optionValue('--import');
    if (source) {
      const lines = readFileSync(source, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as TransferLine);
      const n = await importCases(store, lines);
      process.stdout.write(`Imported ${n} case(s) into ${where}.\n`);
    } else if (args.includes('--export')) {
      for (const l of await exportCases(store)) process.stdout.write(`${JSON.stringify(l)}\n`);
    } else {
      let cases = await readAllCases(store);
      if (args.includes('--open')) cases = cases.filter((c) => c.status !== 'resolved');
      if (wanted) {
        const found = cases.find((c) => c.id === wanted);
        if (!found) throw new Error(`${wanted} not found in ${where}`);
        process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      } else if (args.includes('--json')) {
        for (const c of cases) process.stdout.write(`${JSON.stringify(c)}\n`);
      } else if (cases.length === 0) {
        process.stdout.write(`No cases in ${where}.\n`);
      } else {
        for (const c of cases) process.stdout.write(`${line(c)}\n`);
        const open = cases.filter((c) => c.status !== 'resolved').length;
        process.stdout.write(`${cases.length} case(s), ${open} not resolved, in ${where}\n`);
      }
    }
  } finally {
    await close();
  }
} catch (err) {
  process.stderr.write(`cases: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
