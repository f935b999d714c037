import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationState, TestAdapter } from 'botbuilder';
import { SqliteStorage, StorageClosedError } from '../../../src/storage/sqlite-storage.ts';
import { botStorage } from '../../../src/teams/bot-storage.ts';
import { MemoryDocumentStore } from '../../fakes/memory-document-store.ts';
import { describeConversationSweep } from './conversation-sweep-conformance.ts';
import { describeDocumentStore } from './document-store-conformance.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ieb-sqlite-'));
  dirs.push(dir);
  return join(dir, 'nested', 'dir', 'bot.sqlite');
}

describeDocumentStore('SqliteStorage on a file', () => {
  const path = tempFile();
  const store = new SqliteStorage(path);
  return {
    store,
    reopen: () => new SqliteStorage(path),
    second: () => new SqliteStorage(path),
    close: () => store.close(),
  };
});
describeDocumentStore('SqliteStorage in memory', () => {
  const store = new SqliteStorage(':memory:');
  return { store, close: () => store.close() };
});
describeConversationSweep('SqliteStorage', async () => {
  const path = tempFile();
  const store = new SqliteStorage(path);
  return { store, second: () => new SqliteStorage(path), close: () => store.close() };
});
describeDocumentStore('MemoryDocumentStore fake', () => ({ store: new MemoryDocumentStore() }));

describe('SqliteStorage', () => {
  test('creates the directory of STORAGE_PATH and uses write-ahead logging', async () => {
    const path = tempFile();
    const store = new SqliteStorage(path);
    await store.write({ k: { v: 1 } });
    expect(existsSync(path)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(true);
    store.close();
  });

  test('reports a closed database to the health check instead of answering', async () => {
    const store = new SqliteStorage(':memory:');
    await expect(store.check()).resolves.toBeUndefined();
    store.close();
    await expect(store.check()).rejects.toBeInstanceOf(StorageClosedError);
    await expect(store.read(['a'])).rejects.toBeInstanceOf(StorageClosedError);
  });

  test('a second connection to the same file sees writes and conflicts', async () => {
    const path = tempFile();
    const a = new SqliteStorage(path);
    const b = new SqliteStorage(path);
    await a.write({ k: { v: 1 } });
    const seen = (await b.read(['k'])).k;
    await a.write({ k: { ...seen, v: 2 } });
    await expect(b.write({ k: { ...seen, v: 3 } })).rejects.toMatchObject({ code: 'etag-conflict' });
    a.close();
    b.close();
  });

  test('serves as botbuilder state storage', async () => {
    const store = new SqliteStorage(':memory:');
    const state = new ConversationState(botStorage(store));
    const counter = state.createProperty<number>('count');
    const adapter = new TestAdapter(async (context) => {
      const n = (await counter.get(context, 0)) + 1;
      await counter.set(context, n);
      await state.saveChanges(context);
      await context.sendActivity(`turn ${n}`);
    });
    await adapter.send('a').assertReply('turn 1').send('b').assertReply('turn 2');
    store.close();
  });
});
