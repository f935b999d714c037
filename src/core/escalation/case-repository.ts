import { createKeyedQueue } from '../async/keyed-queue.ts';
import { isETagConflict, retryOnConflict } from '../async/retry-on-conflict.ts';
import { AppError } from '../errors.ts';
import {
  createOnlyETag,
  type DocumentStore,
  type StoredItem,
  type StoredItems,
} from '../ports/document-store.ts';
import { type Case, firstCaseNumber, formatCaseId, hasWorkLeft, isCase, storageKeys } from './case.ts';

export type StoredCase = { value: Case; eTag: string | undefined };

/** A pointer document (conversation or thread → case id). */
export function linkDoc(key: string, caseId: string): StoredItems {
  return { [key]: { caseId, eTag: '*' } };
}

/** Thrown when a read-modify-write keeps losing to other writers. */
export class CaseBusyError extends AppError<'case-busy'> {
  constructor(caseId: string) {
    super('case-busy', `Case ${caseId} kept changing while being updated`);
  }
}

const maxWriteAttempts = 8;
/** How long a reserved case id counts as open before its case is stored: storing takes milliseconds. */
const reservationMs = 5 * 60_000;

/** Reserved case id → when, as stored on a requester's list; anything malformed is dropped. */
function reservationsOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** Strips the storage eTag and copies, so callers can mutate freely. */
function plain<T>(item: StoredItem): T {
  const { eTag: _eTag, ...rest } = item;
  return structuredClone(rest) as T;
}

/**
 * Cases in the DocumentStore, with the eTag of what was read so every write is optimistic:
 * a write based on a stale read fails instead of overwriting someone else's change.
 */
export function createCaseRepository(store: DocumentStore) {
  // A missing shared document is created by whoever comes first (create-only: a late creator must not
  // reset a counter another instance has already moved on), and every change after that is
  // eTag-guarded. Within this process changes to the shared documents also queue behind each other.
  const locks = createKeyedQueue();
  const serialize = locks.run;

  async function readOrCreate(key: string, initial: Record<string, unknown>): Promise<StoredItem> {
    const existing = await readDoc(key);
    if (existing) return existing;
    try {
      await store.write({ [key]: { ...initial, eTag: createOnlyETag } });
    } catch (error) {
      if (!isETagConflict(error)) throw error;
    }
    const created = await readDoc(key);
    if (!created) throw new CaseBusyError(key);
    return created;
  }

  async function readDoc(key: string): Promise<StoredItem | undefined> {
    const items = await store.read([key]);
    return items[key];
  }

  async function get(id: string): Promise<StoredCase | undefined> {
    const item = await readDoc(storageKeys.case(id));
    if (!item) return undefined;
    const value = plain<unknown>(item);
    return isCase(value) ? { value, eTag: item.eTag } : undefined;
  }

  /** Writes `value` only if the stored case still has `eTag`; throws ETagConflictError otherwise. */
  async function put(value: Case, eTag: string | undefined, alongside: StoredItems = {}): Promise<void> {
    // One write: the case and what points at it are stored together or not at all.
    await store.write({
      ...alongside,
      [storageKeys.case(value.id)]: { ...structuredClone(value), eTag: eTag ?? '*' },
    });
    await syncActive(value);
  }

  /**
   * Read-modify-write with retries on conflict. `mutate` sees the freshest case and returns false
   * to leave it unchanged. Returns the case as written (or as read when unchanged).
   */
  async function update(id: string, mutate: (c: Case) => boolean): Promise<Case | undefined> {
    return retryOnConflict(
      maxWriteAttempts,
      async () => {
        const current = await get(id);
        if (!current) return undefined;
        if (!mutate(current.value)) return current.value;
        await put(current.value, current.eTag);
        return current.value;
      },
      () => new CaseBusyError(id),
    );
  }

  /** Next readable id from an eTag-guarded counter: two cases opened at once never share an id. */
  function nextId(): Promise<string> {
    return serialize(storageKeys.counter, () =>
      retryOnConflict(
        maxWriteAttempts * 2,
        async () => {
          const item = await readOrCreate(storageKeys.counter, { next: firstCaseNumber });
          const next = typeof item.next === 'number' ? item.next : firstCaseNumber;
          await store.write({ [storageKeys.counter]: { next: next + 1, eTag: item.eTag ?? '*' } });
          return formatCaseId(next);
        },
        () => new CaseBusyError('counter'),
      ),
    );
  }

  /** The last id handed out, for listing every case (`npm run cases`). */
  async function lastNumber(): Promise<number> {
    const item = await readDoc(storageKeys.counter);
    return typeof item?.next === 'number' ? item.next - 1 : firstCaseNumber - 1;
  }

  async function activeIds(): Promise<string[]> {
    const item = await readDoc(storageKeys.active);
    return Array.isArray(item?.ids) ? item.ids.filter((x): x is string => typeof x === 'string') : [];
  }

  /** Keeps the list of cases that still need the dispatcher or the reminder timer. */
  function syncActive(c: Case): Promise<void> {
    const wanted = hasWorkLeft(c);
    return serialize(storageKeys.active, () =>
      retryOnConflict(
        maxWriteAttempts * 2,
        async () => {
          const item = await readOrCreate(storageKeys.active, { ids: [] });
          const ids = Array.isArray(item.ids) ? (item.ids as string[]) : [];
          if (ids.includes(c.id) === wanted) return;
          const next = wanted ? [...ids, c.id] : ids.filter((x) => x !== c.id);
          await store.write({ [storageKeys.active]: { ids: next, eTag: item.eTag ?? '*' } });
        },
        () => new CaseBusyError('active'),
      ),
    );
  }

  /**
   * A new case id counted among the cases its requester has open, unless they already have `max` open:
   * then no id is taken, nothing is written, and the open ones are returned. Resolved cases leave the
   * list as it is read. The list is one document written with its eTag, so of two instances reserving at
   * once one writes and the other reads again; an id reserved `at` whose case is not stored yet counts as
   * open for {@link reservationMs} (the instance that took it is storing it right now: without this the
   * second instance saw only the stored cases and let a fourth through). A reservation never stored (its
   * instance died) stops counting after that.
   */
  function reserveForRequester(
    requesterKey: string,
    max: number,
    at: Date,
  ): Promise<{ ok: true; id: string } | { ok: false; open: string[] }> {
    let caseId: string | undefined;
    const key = storageKeys.requester(requesterKey);
    return serialize(key, () =>
      retryOnConflict(
        maxWriteAttempts * 2,
        async () => {
          const item = await readOrCreate(key, { ids: [] });
          const listed = Array.isArray(item.ids)
            ? item.ids.filter((x): x is string => typeof x === 'string')
            : [];
          const reserved = reservationsOf(item.reserved);
          const cases = listed.length ? await store.read(listed.map(storageKeys.case)) : {};
          const stored = (id: string) => {
            const value = plain<unknown>(cases[storageKeys.case(id)] ?? {});
            return isCase(value) ? value : undefined;
          };
          const pending = (id: string) => at.getTime() - Date.parse(reserved[id] ?? '') < reservationMs;
          const open = listed.filter((id) => {
            const c = stored(id);
            return c ? c.status !== 'resolved' : pending(id);
          });
          if (open.length >= max) return { ok: false as const, open };
          // Taken once: a retry after a conflict on this list keeps the id it already has.
          caseId ??= await nextId();
          const stillReserved = Object.fromEntries(
            open.filter((id) => !stored(id)).map((id) => [id, reserved[id] as string]),
          );
          await store.write({
            [key]: {
              ids: [...open, caseId],
              reserved: { ...stillReserved, [caseId]: at.toISOString() },
              eTag: item.eTag ?? '*',
            },
          });
          return { ok: true as const, id: caseId };
        },
        () => new CaseBusyError('requester'),
      ),
    );
  }

  async function link(key: string, caseId: string): Promise<void> {
    await store.write(linkDoc(key, caseId));
  }

  async function lookup(key: string): Promise<string | undefined> {
    const item = await readDoc(key);
    return typeof item?.caseId === 'string' ? item.caseId : undefined;
  }

  return {
    get,
    put,
    update,
    nextId,
    lastNumber,
    activeIds,
    reserveForRequester,
    linkConversation: (conversationKey: string, caseId: string) =>
      link(storageKeys.conversation(conversationKey), caseId),
    caseForConversation: (conversationKey: string) => lookup(storageKeys.conversation(conversationKey)),
    linkThread: (threadKey: string, caseId: string) => link(storageKeys.thread(threadKey), caseId),
    caseForThread: (threadKey: string) => lookup(storageKeys.thread(threadKey)),
  };
}

export type CaseRepository = ReturnType<typeof createCaseRepository>;
export { isETagConflict as isConflict } from '../async/retry-on-conflict.ts';

/** Every stored case, oldest first (ids are sequential, so no index is needed). */
export async function readAllCases(store: DocumentStore): Promise<Case[]> {
  const repo = createCaseRepository(store);
  const last = await repo.lastNumber();
  const ids: string[] = [];
  for (let n = firstCaseNumber; n <= last; n++) ids.push(formatCaseId(n));
  const cases: Case[] = [];
  for (let i = 0; i < ids.length; i += 200) {
    const keys = ids.slice(i, i + 200).map((id) => storageKeys.case(id));
    const items = await store.read(keys);
    for (const key of keys) {
      const item = items[key];
      if (!item) continue;
      const value = plain<unknown>(item);
      if (isCase(value)) cases.push(value);
    }
  }
  return cases;
}
