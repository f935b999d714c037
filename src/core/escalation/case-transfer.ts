import { AppError } from '../errors.ts';
import type { DocumentStore, StoredItem } from '../ports/document-store.ts';
import { firstCaseNumber, hasWorkLeft, storageKeys } from './case.ts';
import { createCaseRepository, readAllCases } from './case-repository.ts';

/** One stored document, as moved between stores: a line of the export. */
export type TransferLine = { key: string; value: Record<string, unknown> };

/**
 * Everything escalation keeps, as documents: each case, the pointers from conversations and case
 * threads to their case, the list of cases with work left, and the id counter.
 */
export async function exportCases(store: DocumentStore): Promise<TransferLine[]> {
  const repo = createCaseRepository(store);
  const cases = await readAllCases(store);
  const lines: TransferLine[] = [];
  for (const c of cases) {
    lines.push({ key: storageKeys.case(c.id), value: c as unknown as Record<string, unknown> });
    lines.push({ key: storageKeys.conversation(c.requester.conversationKey), value: { caseId: c.id } });
    for (const post of Object.values(c.posts)) {
      if (post) lines.push({ key: storageKeys.thread(post.threadKey), value: { caseId: c.id } });
    }
  }
  lines.push({ key: storageKeys.active, value: { ids: cases.filter(hasWorkLeft).map((c) => c.id) } });
  // Last: an import cut short leaves no counter, so it can simply be run again.
  lines.push({ key: storageKeys.counter, value: { next: (await repo.lastNumber()) + 1 } });
  return lines;
}

export class ImportRefusedError extends AppError<'import-refused'> {
  constructor(message: string) {
    super('import-refused', message);
  }
}

/**
 * Writes an export into a store that holds no cases yet (so nothing there is overwritten).
 * Returns the number of cases imported.
 */
export async function importCases(store: DocumentStore, lines: TransferLine[]): Promise<number> {
  const repo = createCaseRepository(store);
  if ((await repo.lastNumber()) >= firstCaseNumber)
    throw new ImportRefusedError('the target already holds cases; import only into a new, empty store');
  const allowed = /^escalation\//;
  let cases = 0;
  for (let i = 0; i < lines.length; i += 100) {
    const batch: Record<string, StoredItem> = {};
    for (const line of lines.slice(i, i + 100)) {
      if (!allowed.test(line.key) || !line.value || typeof line.value !== 'object')
        throw new ImportRefusedError(`not a case export line: ${JSON.stringify(line).slice(0, 80)}`);
      batch[line.key] = { ...line.value, eTag: '*' };
      if (line.key.startsWith(storageKeys.case(''))) cases++;
    }
    await store.write(batch);
  }
  return cases;
}
