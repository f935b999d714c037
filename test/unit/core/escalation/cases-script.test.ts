import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createEscalationService } from '../../../../src/core/escalation/service.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { SqliteStorage } from '../../../../src/storage/sqlite-storage.ts';
import { describePostgres, freshSchema } from '../../../fakes/postgres.ts';
import { agentAna, anEffect, aRequester, manualClock, recordingLogger, supportPlaces } from './fakes.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cases-'));
const path = join(dir, 'bot.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Escalation in local mode (no channel) on a SQLite file, as a bot without support channels runs. */
function localService(file: string) {
  const storage = new SqliteStorage(file);
  const service = createEscalationService({
    store: storage,
    translator: createTranslator(),
    clock: manualClock(),
    logger: recordingLogger(),
    supportPlaces,
  });
  return { storage, service };
}

test('npm run cases lists what local mode stored, and shows one case in full', async () => {
  const { storage, service } = localService(path);
  await service.open(anEffect(), aRequester());
  await service.open(
    anEffect({ trigger: 'no-match' }),
    aRequester({ conversationKey: 'teams:other', userName: 'Bo' }),
  );
  await service.handleAction({ type: 'case-claim', caseId: 'ENR-1002' }, agentAna, 'en');
  storage.close();

  const script = join(process.cwd(), 'scripts/cases.ts');
  const list = await run(process.execPath, [script, '--storage', path]);
  const lines = list.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^ENR-1001 +open +2026-11-22 02:00 +teams:"Alex Wilber" +trigger=not-fixed/);
  expect(lines[0]).toContain('sent=none (local mode)');
  expect(lines[1]).toMatch(/^ENR-1002 +claimed .*assignee="Ana Lopez"/);
  expect(lines[2]).toBe(`2 case(s), 2 not resolved, in ${path}`);

  const one = await run(process.execPath, [script, 'ENR-1002', '--storage', path]);
  expect(JSON.parse(one.stdout)).toMatchObject({ id: 'ENR-1002', trigger: 'no-match', status: 'claimed' });

  await expect(
    run(process.execPath, [script, '--storage', join(dir, 'missing.sqlite')]),
  ).rejects.toMatchObject({
    stderr: expect.stringContaining('no storage at'),
  });
});

describe('moving cases to another store', () => {
  const script = join(process.cwd(), 'scripts/cases.ts');
  const source = join(dir, 'move-from.sqlite');
  const exported = join(dir, 'cases.jsonl');

  beforeAll(async () => {
    const storage = new SqliteStorage(source);
    const service = createEscalationService({
      store: storage,
      translator: createTranslator(),
      clock: manualClock(),
      logger: recordingLogger(),
      supportPlaces,
    });
    await service.open(anEffect(), aRequester());
    await service.open(
      anEffect({ trigger: 'no-match' }),
      aRequester({ conversationKey: 'teams:b', userName: 'Bo' }),
    );
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1002' }, agentAna, 'en');
    storage.close();
    const out = await run(process.execPath, [script, '--storage', source, '--export']);
    writeFileSync(exported, out.stdout);
  });

  async function checkMoved(target: string[], env: NodeJS.ProcessEnv = process.env) {
    const imported = await run(process.execPath, [script, ...target, '--import', exported], { env });
    expect(imported.stdout).toMatch(/Imported 2 case\(s\)/);
    const before = (await run(process.execPath, [script, '--storage', source])).stdout.trim().split('\n');
    const after = (await run(process.execPath, [script, ...target], { env })).stdout.trim().split('\n');
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    // Nothing is overwritten: a second import into the same store is refused.
    await expect(
      run(process.execPath, [script, ...target, '--import', exported], { env }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('already holds cases'),
    });
  }

  test('an export from one SQLite file imports into an empty one with the same cases', async () => {
    await checkMoved(['--storage', join(dir, 'move-to.sqlite')]);
    // The next case in the new store continues the numbering.
    const { storage, service } = localService(join(dir, 'move-to.sqlite'));
    await service.open(anEffect(), aRequester({ conversationKey: 'teams:c' }));
    expect((await service.getCase('ENR-1003'))?.requester.conversationKey).toBe('teams:c');
    // The conversation of a moved case still finds it (one open case per conversation).
    const again = await service.open(anEffect(), aRequester());
    expect(again.map((r) => (r.kind === 'text' ? r.text : '')).join()).toContain('ENR-1001');
    storage.close();
  });
});

describePostgres('npm run cases with PostgreSQL', (url) => {
  const script = join(process.cwd(), 'scripts/cases.ts');
  test('imports a SQLite export and lists the cases from DATABASE_URL', async () => {
    const schema = await freshSchema(url);
    try {
      const source = join(dir, 'to-pg.sqlite');
      const { storage, service } = localService(source);
      await service.open(anEffect(), aRequester());
      storage.close();
      const file = join(dir, 'to-pg.jsonl');
      writeFileSync(file, (await run(process.execPath, [script, '--storage', source, '--export'])).stdout);
      const env = { ...process.env, DATABASE_URL: schema.url };
      await run(process.execPath, [script, '--import', file], { env });
      const list = await run(process.execPath, [script], { env });
      expect(list.stdout).toMatch(/^ENR-1001 +open /);
      expect(list.stdout).toMatch(/1 case\(s\), 1 not resolved, in postgres:/);
    } finally {
      await schema.drop();
    }
  });
});
