// `npm run --silent cases`: every escalation case stored at STORAGE_PATH, one line each (newest last).
// `npm run --silent cases -- ENR-1042`: one case in full, as JSON (answers, transcript, outbox).
// `--json`: all cases as JSON lines. `--open`: only cases not resolved. `--storage FILE`: another file.
// Works without any channel configured: in local mode this is how the helpdesk sees the cases.
import { existsSync } from 'node:fs';
import type { Case } from '../src/core/escalation/case.ts';
import { readAllCases } from '../src/core/escalation/case-repository.ts';
import { SqliteStorage } from '../src/storage/sqlite-storage.ts';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

const args = process.argv.slice(2);
const at = args.indexOf('--storage');
const path = (at >= 0 ? args[at + 1] : undefined) ?? process.env.STORAGE_PATH ?? 'data/bot.sqlite';
const wanted = args.find((a, i) => /^ENR-\d+$/i.test(a) && args[i - 1] !== '--storage')?.toUpperCase();

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

try {
  if (at >= 0 && !args[at + 1]) throw new Error('--storage needs a file');
  if (path !== ':memory:' && !existsSync(path))
    throw new Error(`no storage at ${path} (set STORAGE_PATH or --storage)`);
  const storage = new SqliteStorage(path);
  try {
    let cases = await readAllCases(storage);
    if (args.includes('--open')) cases = cases.filter((c) => c.status !== 'resolved');
    if (wanted) {
      const found = cases.find((c) => c.id === wanted);
      if (!found) throw new Error(`${wanted} not found in ${path}`);
      process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
    } else if (args.includes('--json')) {
      for (const c of cases) process.stdout.write(`${JSON.stringify(c)}\n`);
    } else if (cases.length === 0) {
      process.stdout.write(`No cases in ${path}.\n`);
    } else {
      for (const c of cases) process.stdout.write(`${line(c)}\n`);
      const open = cases.filter((c) => c.status !== 'resolved').length;
      process.stdout.write(`${cases.length} case(s), ${open} not resolved, in ${path}\n`);
    }
  } finally {
    storage.close();
  }
} catch (err) {
  process.stderr.write(`cases: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
