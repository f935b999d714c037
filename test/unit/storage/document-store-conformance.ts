import {
  createOnlyETag,
  type DocumentStore,
  ETagConflictError,
} from '../../../src/core/ports/document-store.ts';

export type StoreUnderTest = {
  store: DocumentStore;
  /** A new instance over the same data, when the implementation is durable. */
  reopen?: () => DocumentStore;
  /** Another instance over the same data at the same time (another connection, another process). */
  second?: () => DocumentStore;
  close?: () => void | Promise<void>;
};

const oddKeys = [
  'msteams/conversations/a:1Hq_8x-2@thread.v2/ConversationState',
  '!@#$%^&*()~/\\><,.?\';"`~',
  'with spaces and\nnewline',
  'ключ/キー/键',
  "'; DROP TABLE documents; --",
];

/** The behaviour every DocumentStore (and so every botbuilder Storage we ship) must show. */
export function describeDocumentStore(
  name: string,
  open: () => StoreUnderTest | Promise<StoreUnderTest>,
): void {
  describe(`${name} as a document store`, () => {
    let sut: StoreUnderTest;
    const extra: DocumentStore[] = [];
    beforeEach(async () => {
      sut = await open();
    });
    afterEach(async () => {
      for (const s of extra.splice(0)) await (s as { close?: () => unknown }).close?.();
      await sut.close?.();
    });

    test('reading an unknown key returns no entry for it', async () => {
      await expect(sut.store.read(['nope'])).resolves.toEqual({});
      await expect(sut.store.read([])).resolves.toEqual({});
    });

    test('a written item reads back with an eTag, and an update changes the eTag', async () => {
      await sut.store.write({ a: { n: 1, nested: { list: [1, 'two', null] } } });
      const first = (await sut.store.read(['a'])).a;
      expect(first).toMatchObject({ n: 1, nested: { list: [1, 'two', null] } });
      expect(typeof first?.eTag).toBe('string');
      await sut.store.write({ a: { ...first, n: 2 } });
      const second = (await sut.store.read(['a'])).a;
      expect(second?.n).toBe(2);
      expect(second?.eTag).not.toBe(first?.eTag);
    });

    test('delete removes the item and deleting an unknown key is fine', async () => {
      await sut.store.write({ a: { n: 1 }, b: { n: 2 } });
      await sut.store.delete(['a', 'never-written']);
      expect(Object.keys(await sut.store.read(['a', 'b']))).toEqual(['b']);
    });

    test('odd keys are stored apart from one another', async () => {
      await sut.store.write(Object.fromEntries(oddKeys.map((k, i) => [k, { i }])));
      const read = await sut.store.read(oddKeys);
      expect(oddKeys.map((k) => read[k]?.i)).toEqual(oddKeys.map((_, i) => i));
    });

    test('text in every language and emoji round-trips unchanged', async () => {
      const text = 'Échec de l’inscription — 设备注册失败 — Registreringen misslyckades 🔒 \u0000x';
      await sut.store.write({ k: { text } });
      expect((await sut.store.read(['k'])).k?.text).toBe(text);
    });

    test('a write with a stale eTag is rejected and changes nothing', async () => {
      await sut.store.write({ a: { n: 1 }, b: { n: 1 } });
      const stale = (await sut.store.read(['a'])).a;
      await sut.store.write({ a: { ...stale, n: 2 } });
      const beforeB = (await sut.store.read(['b'])).b;
      const attempt = sut.store.write({ b: { ...beforeB, n: 5 }, a: { ...stale, n: 3 } });
      await expect(attempt).rejects.toBeInstanceOf(ETagConflictError);
      const after = await sut.store.read(['a', 'b']);
      expect(after.a?.n).toBe(2);
      expect(after.b?.n).toBe(1);
    });

    test('of two writers who both found a key empty, only the first creates it', async () => {
      const results = await Promise.allSettled([
        sut.store.write({ conv: { turn: 'first', eTag: createOnlyETag } }),
        sut.store.write({ conv: { turn: 'second', eTag: createOnlyETag } }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const winner = results[0]?.status === 'fulfilled' ? 'first' : 'second';
      expect((await sut.store.read(['conv'])).conv?.turn).toBe(winner);
      expect((await sut.store.read(['conv'])).conv?.eTag).not.toBe(createOnlyETag);
    });

    test('a write resolves to the eTag each key has now: going on with it wins, the one before loses', async () => {
      const first = await sut.store.write({ a: { n: 1 }, b: { n: 1 } });
      const read = await sut.store.read(['a', 'b']);
      expect(first).toEqual({ a: read.a?.eTag, b: read.b?.eTag });
      const second = await sut.store.write({ a: { n: 2, eTag: first?.a } });
      expect(second?.a).toEqual(expect.any(String));
      expect(second?.a).not.toBe(first?.a);
      await expect(sut.store.write({ a: { n: 3, eTag: first?.a } })).rejects.toBeInstanceOf(
        ETagConflictError,
      );
      await sut.store.write({ a: { n: 4, eTag: second?.a } });
      expect((await sut.store.read(['a'])).a?.n).toBe(4);
    });

    test('the eTag a write returned is stale once another instance wrote the item', async () => {
      if (!sut.second) return;
      const other = sut.second();
      extra.push(other);
      const mine = await sut.store.write({ conv: { turn: 1, eTag: createOnlyETag } });
      const seen = (await other.read(['conv'])).conv;
      await other.write({ conv: { ...seen, turn: 2 } });
      await expect(sut.store.write({ conv: { turn: 3, eTag: mine?.conv } })).rejects.toBeInstanceOf(
        ETagConflictError,
      );
      expect((await sut.store.read(['conv'])).conv?.turn).toBe(2);
    });

    test('eTag "*" or no eTag overwrites whatever is stored', async () => {
      await sut.store.write({ a: { n: 1 } });
      await sut.store.write({ a: { n: 2, eTag: '*' } });
      expect((await sut.store.read(['a'])).a?.n).toBe(2);
      await sut.store.write({ a: { n: 3 } });
      expect((await sut.store.read(['a'])).a?.n).toBe(3);
    });

    test('of two turns that read the same version, only one write wins', async () => {
      await sut.store.write({ case: { claimedBy: null } });
      const [x, y] = await Promise.all([sut.store.read(['case']), sut.store.read(['case'])]);
      const results = await Promise.allSettled([
        sut.store.write({ case: { ...x.case, claimedBy: 'agent-1' } }),
        sut.store.write({ case: { ...y.case, claimedBy: 'agent-2' } }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const loser = results.find((r) => r.status === 'rejected');
      expect((loser as PromiseRejectedResult).reason).toBeInstanceOf(ETagConflictError);
      const winner = results[0]?.status === 'fulfilled' ? 'agent-1' : 'agent-2';
      expect((await sut.store.read(['case'])).case?.claimedBy).toBe(winner);
    });

    test('what was written survives reopening the store', async () => {
      if (!sut.reopen) return;
      await sut.store.write({ 'user/1': { locale: 'sv' } });
      await sut.close?.();
      const again = sut.reopen();
      expect((await again.read(['user/1']))['user/1']?.locale).toBe('sv');
      sut = {
        ...sut,
        store: again,
        close: async () => void (await (again as { close?: () => unknown }).close?.()),
      };
    });

    test('two instances incrementing one counter with read-compare-write lose no increment', async () => {
      if (!sut.second) return;
      const other = sut.second();
      extra.push(other);
      await sut.store.write({ counter: { n: 0 } });
      const bump = async (store: DocumentStore) => {
        for (;;) {
          const item = (await store.read(['counter'])).counter;
          try {
            await store.write({ counter: { ...item, n: Number(item?.n) + 1 } });
            return;
          } catch (error) {
            if (!(error instanceof ETagConflictError)) throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: 20 }, (_, i) => bump(i % 2 ? other : sut.store)));
      expect((await sut.store.read(['counter'])).counter?.n).toBe(20);
    });

    test('of twenty writers that read the same version across two instances, exactly one wins', async () => {
      if (!sut.second) return;
      const other = sut.second();
      extra.push(other);
      await sut.store.write({ case: { owner: null } });
      const seen = (await sut.store.read(['case'])).case;
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? other : sut.store).write({ case: { ...seen, owner: `agent-${i}` } }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const winner = results.findIndex((r) => r.status === 'fulfilled');
      expect((await other.read(['case'])).case?.owner).toBe(`agent-${winner}`);
    });
  });
}
