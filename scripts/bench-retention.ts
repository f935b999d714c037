// `npm run bench -- --retention`: one retention sweep over a large table, on SQLite (a file in a
// temporary folder) and, when DATABASE_URL (or TEST_DATABASE_URL, as .ci/with-postgres sets) is set, on
// PostgreSQL (a schema of its own, dropped after).
// The table gets `--documents` conversation documents (default 200,000; Slack and Teams keys), a share
// of them (`--old-share`, 0.5) last written before the retention limit, and `--kept` documents the sweep
// must leave however old (cases, their links, users' language choices; default 20,000, all old).
// While the sweep runs, turns go on in the same process (read, then compare-and-set write, one every
// 10 ms, on a live conversation and on an old one coming back): printed are rows deleted, the sweep's
// time and CPU time, and how long those turn writes took beside the same turns with no sweep running.
// On PostgreSQL also the table scans the sweep made and the index entries it read.
//
//   npm run bench -- --retention [--documents 200000] [--old-share 0.5] [--kept 20000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { ConversationSweep, DocumentStore } from '../src/core/ports/document-store.ts';
import { sweepBatch } from '../src/storage/conversation-documents.ts';
import { PostgresStorage } from '../src/storage/postgres-storage.ts';
import { SqliteStorage } from '../src/storage/sqlite-storage.ts';
import { freshSchema } from '../test/fakes/postgres.ts';

const dayMs = 24 * 60 * 60 * 1000;
const retentionDays = 30;
const turnEveryMs = 10;
/** Rows per insert statement while filling the table. */
const fillChunk = 2000;

type Row = { key: string; body: string; at: Date; old: boolean };
type Store = DocumentStore & ConversationSweep;
type Engine = {
  name: string;
  /** Rows a batch deletes at most. */
  batch: number;
  store: Store;
  /** Scans of the documents table and index entries read so far (PostgreSQL only). */
  scans?: () => Promise<{ seq: number; indexEntries: number }>;
  /** Closes the store (PostgreSQL's counters include a connection's work once it ends). */
  finish(): Promise<void>;
  cleanup(): Promise<void>;
};

/** Days ago, spread evenly but not in key order: `i`'s place among `n` between `from` and `to` days. */
function daysAgo(i: number, n: number, from: number, to: number): Date {
  const spread = ((i * 7919) % n) / n;
  return new Date(Date.now() - (from + spread * (to - from)) * dayMs);
}

/**
 * Conversation documents (Slack and Teams keys), the `oldShare` of them last written 31–400 days ago and
 * the others within the limit; then `kept` documents never swept (cases, links, language choices), all
 * written 31–400 days ago, as they pile up in a bot that has run for a year.
 */
function* rows(documents: number, oldShare: number, kept: number): Generator<Row> {
  const state = JSON.stringify({
    state: {
      version: 1,
      stage: 'resolved',
      locale: 'en',
      localeExplicit: false,
      answers: { errorText: 'Profile installation failed 0x80CF0437', platform: 'ios' },
      lastMessage: { id: '1700000000.000100', digest: 'a1b2c3d4e5f6' },
    },
    cards: { note: 'x'.repeat(300) },
  });
  const oldUpTo = Math.round(documents * oldShare);
  for (let i = 0; i < documents; i++) {
    const key =
      i % 2 === 0
        ? `slack/conv/T0TEAM${i % 97}/C0CHAN${i % 1013}/thread/17000${i}.000100`
        : `msteams/conversations/a:conv-${i}/`;
    // Old and new interleaved in key order, as they are in a real table.
    const old = (i * 7919) % documents < oldUpTo;
    const at = old
      ? daysAgo(i, documents, retentionDays + 1, 400)
      : daysAgo(i, documents, 0, retentionDays - 1);
    yield { key, body: state, at, old };
  }
  for (let i = 0; i < kept; i++) {
    const key = [
      `escalation/case/C-${i}`,
      `escalation/link/slack/conv/T0TEAM/C0/user/U${i}`,
      `slack/user/T0TEAM/U${i}`,
    ][i % 3] as string;
    const at = daysAgo(i, kept, retentionDays + 1, 400);
    yield { key, body: JSON.stringify({ caseId: `C-${i}`, locale: 'sv' }), at, old: false };
  }
}

function chunks<T>(all: Iterable<T>, size: number): T[][] {
  const out: T[][] = [];
  let chunk: T[] = [];
  for (const item of all) {
    chunk.push(item);
    if (chunk.length === size) {
      out.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length) out.push(chunk);
  return out;
}

async function openSqlite(all: Row[][], dir: string): Promise<Engine> {
  const path = join(dir, 'bench.sqlite');
  // The store makes the schema; the table is then filled directly (separate writes would make this a
  // benchmark of filling, not of sweeping).
  new SqliteStorage(path).close();
  const db = new DatabaseSync(path);
  const insert = db.prepare('INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)');
  let n = 0;
  for (const chunk of all) {
    db.exec('BEGIN');
    for (const row of chunk) insert.run(row.key, `e${n++}`, row.body, row.at.toISOString());
    db.exec('COMMIT');
  }
  db.close();
  const store = new SqliteStorage(path);
  return {
    name: 'SQLite',
    batch: sweepBatch.sqlite,
    store,
    finish: async () => store.close(),
    cleanup: async () => undefined,
  };
}

async function openPostgres(url: string, all: Row[][]): Promise<Engine> {
  const schema = await freshSchema(url);
  const filler = new PostgresStorage({ url: schema.url, poolMax: 1 });
  await filler.migrate();
  for (const chunk of all) {
    await filler.pool.query(
      `INSERT INTO documents (key, version, body, updated_at)
       SELECT k, nextval('document_versions'), b, t FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS r(k, b, t)`,
      [chunk.map((r) => r.key), chunk.map((r) => r.body), chunk.map((r) => r.at)],
    );
  }
  // What autovacuum does soon after a bulk load in production: statistics for the planner.
  await filler.pool.query('VACUUM ANALYZE documents');
  await filler.close();
  const store = new PostgresStorage({ url: schema.url, poolMax: 4 });
  return {
    name: 'PostgreSQL',
    batch: sweepBatch.postgres,
    store,
    async scans() {
      // A connection's counters reach these views when it ends, or about once a second while idle.
      await sleep(1500);
      const client = new pg.Client({ connectionString: schema.url });
      await client.connect();
      try {
        const r = await client.query<{ seq: string; idx: string }>(
          `SELECT (SELECT seq_scan FROM pg_stat_user_tables t
                    WHERE t.schemaname = current_schema() AND t.relname = 'documents') AS seq,
                  (SELECT coalesce(sum(idx_tup_read), 0) FROM pg_stat_user_indexes i
                    WHERE i.schemaname = current_schema() AND i.relname = 'documents') AS idx`,
        );
        return { seq: Number(r.rows[0]?.seq ?? 0), indexEntries: Number(r.rows[0]?.idx ?? 0) };
      } finally {
        await client.end();
      }
    },
    finish: () => store.close(),
    cleanup: () => schema.drop(),
  };
}

/**
 * Turns, one due every 10 ms while `going()`: read a conversation, then write it with the eTag read. A
 * turn's time counts from when it was due, so a turn kept waiting (a blocked event loop, a lock) shows.
 */
async function turnsWhile(store: Store, keys: string[], going: () => boolean): Promise<number[]> {
  const waits: number[] = [];
  for (let i = 0; going(); i++) {
    const due = performance.now() + turnEveryMs;
    await sleep(turnEveryMs);
    const key = keys[i % keys.length] as string;
    const item = (await store.read([key]))[key];
    await store.write({ [key]: { ...item, turn: i } });
    waits.push(performance.now() - due);
  }
  return waits;
}

function describeWaits(waits: number[]): string {
  const sorted = [...waits].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const over = waits.filter((w) => w > 100).length;
  return `${waits.length} turns, p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms, ${over} over 100 ms`;
}

async function run(engine: Engine, liveKey: string, returningKey: string, expected: number): Promise<void> {
  const { store } = engine;
  const out = (line: string) => process.stdout.write(`${engine.name}: ${line}\n`);
  const keys = [liveKey, returningKey];
  // The same turns for a second with no sweep: what a turn costs on this machine now.
  const quietUntil = performance.now() + 1000;
  const quiet = await turnsWhile(store, keys, () => performance.now() < quietUntil);
  const before = await engine.scans?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  // Turns first, so the sweep starts while they run.
  let sweeping = true;
  const during = turnsWhile(store, keys, () => sweeping);
  await sleep(25);
  const deleted = await store
    .sweepConversations(new Date(Date.now() - retentionDays * dayMs), [])
    .finally(() => {
      sweeping = false;
    });
  const waits = await during;
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  // The last batch is the one that found fewer rows than it may delete.
  const batches = Math.floor(deleted / engine.batch) + 1;
  await engine.finish();
  const after = await engine.scans?.();
  // The old conversation the turns wrote to came back: it is young again and stays.
  out(
    `swept ${deleted} of ${expected - 1} old conversation documents in ${ms.toFixed(0)} ms, ${batches} batches of up to ${engine.batch}; CPU in this process (turns included) ${cpuMs.toFixed(0)} ms, ${(cpuMs / batches).toFixed(1)} ms a batch`,
  );
  out(`turn read+write, no sweep:     ${describeWaits(quiet)}`);
  out(`turn read+write, during sweep: ${describeWaits(waits)}`);
  if (before && after) {
    out(
      `table scans of documents during the sweep: ${after.seq - before.seq}; index entries read: ${after.indexEntries - before.indexEntries} (turns included)`,
    );
  }
}

export async function benchRetention(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    options: {
      documents: { type: 'string', default: '200000' },
      'old-share': { type: 'string', default: '0.5' },
      kept: { type: 'string', default: '20000' },
    },
  });
  const documents = Number(values.documents);
  const oldShare = Number(values['old-share']);
  const kept = Number(values.kept);
  const all = chunks(rows(documents, oldShare, kept), fillChunk);
  const flat = all.flat();
  const expected = flat.filter((r) => r.old).length;
  const liveKey = flat.find((r) => !r.old)?.key ?? 'slack/conv/T0/C0/thread/1';
  const returningKey =
    flat.findLast((r) => r.old && r.key.startsWith('msteams/'))?.key ?? 'msteams/conversations/a:x/';
  process.stdout.write(
    `retention sweep: ${documents} conversation documents (${expected} last written 31–400 days ago), ${kept} as old documents it must keep; a turn due every ${turnEveryMs} ms meanwhile\n`,
  );

  const dir = mkdtempSync(join(tmpdir(), 'bench-retention-'));
  try {
    await run(await openSqlite(all, dir), liveKey, returningKey, expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url) {
    process.stdout.write('PostgreSQL: skipped (set DATABASE_URL, or run through .ci/with-postgres)\n');
    return;
  }
  const postgres = await openPostgres(url, all);
  try {
    await run(postgres, liveKey, returningKey, expected);
  } finally {
    await postgres.cleanup();
  }
}
