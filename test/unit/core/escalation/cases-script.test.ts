import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createEscalationService } from '../../../../src/core/escalation/service.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { SqliteStorage } from '../../../../src/storage/sqlite-storage.ts';
import { agentAna, anEffect, aRequester, manualClock, recordingLogger } from './fakes.ts';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cases-'));
const path = join(dir, 'bot.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('npm run cases lists what local mode stored, and shows one case in full', async () => {
  const storage = new SqliteStorage(path);
  const service = createEscalationService({
    store: storage,
    translator: createTranslator(),
    clock: manualClock(),
    logger: recordingLogger(),
  });
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
