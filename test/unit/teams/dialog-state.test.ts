import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentStore } from '../../../src/core/ports/document-store.ts';
import { PostgresStorage } from '../../../src/storage/postgres-storage.ts';
import { SqliteStorage } from '../../../src/storage/sqlite-storage.ts';
import { createFakeEngine } from '../../fakes/fake-engine.ts';
import { describePostgres, freshSchema } from '../../fakes/postgres.ts';
import { createTestBot } from '../../fakes/teams-test-bot.ts';

const conversationKey = 'msteams/conversations/a:conv-1/';
const added = { type: 'conversationUpdate', membersAdded: [{ id: '28:bot', name: 'bot' }] };

/** A store that lists its calls on the conversation state and can run something just before a write. */
function watched(inner: DocumentStore, options: { eTagsBack?: boolean } = {}) {
  const calls: string[] = [];
  let beforeWrite: (() => Promise<unknown>) | undefined;
  const store: DocumentStore = {
    async read(keys) {
      if (keys.includes(conversationKey)) calls.push('read');
      return inner.read(keys);
    },
    async write(changes) {
      if (conversationKey in changes) {
        calls.push('write');
        const then = beforeWrite;
        beforeWrite = undefined;
        await then?.();
      }
      const written = await inner.write(changes);
      return options.eTagsBack === false ? undefined : written;
    },
    delete: (keys) => inner.delete(keys),
  };
  return {
    store,
    calls,
    /** Runs `work` (another instance's turn) after this instance read the state and before it writes. */
    raceNextWrite(work: () => Promise<unknown>) {
      beforeWrite = work;
    },
  };
}

type Pair = { a: DocumentStore; b: DocumentStore; close(): Promise<void> };

function describeTeamsState(name: string, open: () => Promise<Pair>) {
  describe(`Teams conversation state on ${name}`, () => {
    let pair: Pair;
    beforeEach(async () => {
      pair = await open();
    });
    afterEach(() => pair.close());

    test('a turn reads the conversation state once and writes it once: the write gives the new eTag', async () => {
      const a = watched(pair.a);
      const bot = createTestBot({ engine: createFakeEngine(), storage: a.store });
      await bot.say(added);
      await bot.say('Profile installation failed');
      a.calls.length = 0;
      expect(await bot.say('more detail')).toEqual(['error=Profile installation failed len=11 [en]']);
      expect(a.calls).toEqual(['read', 'write']);
    });

    test('an instance that lost the race after its read finds the conflict and runs on the winner’s turn', async () => {
      const a = watched(pair.a);
      const botA = createTestBot({ engine: createFakeEngine(), storage: a.store });
      const botB = createTestBot({ engine: createFakeEngine(), storage: pair.b });
      await botA.say(added);
      a.calls.length = 0;
      let fromB: string[] = [];
      a.raceNextWrite(async () => {
        fromB = await botB.say('second error');
      });
      const fromA = await botA.say('first error');
      expect(fromB).toEqual(['error=second error len=12 [en]']);
      // Run again on B's state: the first error text is B's, neither turn is lost.
      expect(fromA).toEqual(['error=second error len=11 [en]']);
      expect(botA.logger.has('turn.state-conflict')).toBe(true);
      expect(a.calls).toEqual(['read', 'write', 'read', 'write']);
      // Both instances go on from the stored state, with no conflict left behind.
      expect(await botB.say('third')).toEqual(['error=second error len=5 [en]']);
      expect(await botA.say('fourth')).toEqual(['error=second error len=6 [en]']);
    });

    test('a store that gives no eTag back is read after the write, and the conversation goes on', async () => {
      const a = watched(pair.a, { eTagsBack: false });
      const bot = createTestBot({ engine: createFakeEngine(), storage: a.store });
      await bot.say('Profile installation failed');
      a.calls.length = 0;
      expect(await bot.say('more detail')).toEqual(['error=Profile installation failed len=11 [en]']);
      expect(a.calls).toEqual(['read', 'write', 'read']);
    });
  });
}

describeTeamsState('two SQLite connections to one file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ieb-teams-state-'));
  const a = new SqliteStorage(join(dir, 'bot.sqlite'));
  const b = new SqliteStorage(join(dir, 'bot.sqlite'));
  return {
    a,
    b,
    async close() {
      a.close();
      b.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describePostgres('Teams conversation state', (url) => {
  describeTeamsState('two PostgreSQL pools on one database', async () => {
    const schema = await freshSchema(url);
    const a = new PostgresStorage({ url: schema.url, poolMax: 2 });
    const b = new PostgresStorage({ url: schema.url, poolMax: 2 });
    return {
      a,
      b,
      async close() {
        await Promise.all([a.close(), b.close()]);
        await schema.drop();
      },
    };
  });
});
