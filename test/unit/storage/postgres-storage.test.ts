import { ETagConflictError } from '../../../src/core/ports/document-store.ts';
import { migrations } from '../../../src/storage/postgres-migrations.ts';
import { PostgresStorage } from '../../../src/storage/postgres-storage.ts';
import { describePostgres, freshSchema } from '../../fakes/postgres.ts';
import { describeConversationSweep } from './conversation-sweep-conformance.ts';
import { describeDocumentStore } from './document-store-conformance.ts';

describePostgres('PostgresStorage', (url) => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });
  async function schema() {
    const s = await freshSchema(url);
    drops.push(s.drop);
    return s;
  }

  describeDocumentStore('PostgresStorage', async () => {
    const s = await schema();
    const store = new PostgresStorage({ url: s.url, poolMax: 4 });
    return {
      store,
      reopen: () => new PostgresStorage({ url: s.url, poolMax: 2 }),
      second: () => new PostgresStorage({ url: s.url, poolMax: 4 }),
      close: () => store.close(),
    };
  });

  describeConversationSweep('PostgresStorage', async () => {
    const s = await schema();
    const store = new PostgresStorage({ url: s.url, poolMax: 2 });
    return {
      store,
      second: () => new PostgresStorage({ url: s.url, poolMax: 2 }),
      close: () => store.close(),
    };
  });

  test('the retention sweep finds old documents through an index on their write time', async () => {
    const s = await schema();
    const store = new PostgresStorage({ url: s.url, poolMax: 1 });
    try {
      await store.migrate();
      const found = await store.pool.query(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'documents' AND indexdef LIKE '%(updated_at)%'`,
      );
      expect(found.rowCount).toBe(1);
    } finally {
      await store.close();
    }
  });

  test('five instances starting at once on an empty database each find the schema ready, made once', async () => {
    const s = await schema();
    const stores = Array.from({ length: 5 }, () => new PostgresStorage({ url: s.url, poolMax: 1 }));
    try {
      await Promise.all(stores.map((x) => x.migrate()));
      await Promise.all(stores.map((x, i) => x.write({ [`k${i}`]: { i } })));
      const applied = await stores[0]?.pool.query('SELECT id FROM schema_migrations ORDER BY id');
      expect(applied?.rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
    } finally {
      await Promise.all(stores.map((x) => x.close()));
    }
  });

  test('an eTag from before a delete does not match the item written after it', async () => {
    const s = await schema();
    const store = new PostgresStorage({ url: s.url, poolMax: 2 });
    try {
      await store.write({ k: { v: 1 } });
      const old = (await store.read(['k'])).k;
      await store.delete(['k']);
      await store.write({ k: { v: 2 } });
      await expect(store.write({ k: { ...old, v: 3 } })).rejects.toBeInstanceOf(ETagConflictError);
      expect((await store.read(['k'])).k?.v).toBe(2);
    } finally {
      await store.close();
    }
  });

  test('a seen key is new once across instances, again after it expires', async () => {
    const s = await schema();
    const a = new PostgresStorage({ url: s.url, poolMax: 4 });
    const b = new PostgresStorage({ url: s.url, poolMax: 4 });
    try {
      const firsts = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).firstSeen('slack/event/Ev1', 60_000)),
      );
      expect(firsts.filter(Boolean)).toHaveLength(1);
      expect(await a.firstSeen('short', 1)).toBe(true);
      await new Promise((r) => setTimeout(r, 20));
      expect(await b.firstSeen('short', 60_000)).toBe(true);
      expect(await a.firstSeen('short', 60_000)).toBe(false);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('health check answers for a reachable database and fails for an unreachable one', async () => {
    const s = await schema();
    const store = new PostgresStorage({ url: s.url, poolMax: 1 });
    await expect(store.check()).resolves.toBeUndefined();
    await store.close();
    const nowhere = new PostgresStorage({ url: 'postgres://nobody:secret@127.0.0.1:1/none', poolMax: 1 });
    await expect(nowhere.check()).rejects.toMatchObject({ code: 'storage-unavailable' });
    await nowhere.close();
  });
});
