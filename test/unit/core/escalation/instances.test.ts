import type { SupportNotifier } from '../../../../src/core/escalation/notifier.ts';
import { createEscalationService } from '../../../../src/core/escalation/service.ts';
import type { DocumentStore } from '../../../../src/core/ports/document-store.ts';
import type { Reply } from '../../../../src/core/reply/reply.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { PostgresStorage } from '../../../../src/storage/postgres-storage.ts';
import { MemoryDocumentStore } from '../../../fakes/memory-document-store.ts';
import { describePostgres, freshSchema } from '../../../fakes/postgres.ts';
import {
  anEffect,
  aRequester,
  fakeSupport,
  fakeUsers,
  inSupportChannel,
  manualClock,
  recordingLogger,
  supportPlaces,
} from './fakes.ts';

const translator = createTranslator();
const leaseMinutes = 2;
const textOf = (replies: Reply[]) => replies.map((r) => (r.kind === 'text' ? r.text : '')).join('\n');

type Stores = { a: DocumentStore; b: DocumentStore; close(): Promise<void> };

/**
 * Two instances of the escalation service on one store (two connections for PostgreSQL), sharing a
 * clock and one support channel that records what reached it.
 */
function describeTwoInstances(name: string, open: () => Promise<Stores>) {
  describe(`two instances on ${name}`, () => {
    let stores: Stores;
    beforeEach(async () => {
      stores = await open();
    });
    afterEach(async () => {
      await stores.close();
    });

    function instances(support?: { a?: SupportNotifier }) {
      const slack = fakeSupport('slack');
      const users = fakeUsers('teams');
      const clock = manualClock();
      const make = (store: DocumentStore, id: string, notifier: SupportNotifier) =>
        createEscalationService({
          store,
          translator,
          clock,
          logger: recordingLogger(),
          supportPlaces,
          support: [notifier],
          users: [users.notifier],
          remindMinutes: 30,
          leaseMs: leaseMinutes * 60_000,
          instanceId: id,
          sleep: async () => {},
        });
      const a = make(stores.a, 'a', support?.a ?? slack.notifier);
      const b = make(stores.b, 'b', slack.notifier);
      return { a, b, slack, users, clock };
    }

    test('a new case is posted once while both instances tick', async () => {
      const { a, b, slack } = instances();
      await a.open(anEffect(), aRequester());
      await Promise.all([b.tick(), a.tick(), b.tick()]);
      await Promise.all([a.idle(), b.idle()]);
      expect(slack.posts.map((p) => p.caseId)).toEqual(['ENR-1001']);
    });

    test('the reminder for an unclaimed case is sent once across instances', async () => {
      const { a, b, slack, clock } = instances();
      await a.open(anEffect(), aRequester());
      await a.idle();
      clock.advance(31);
      await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      await Promise.all([a.idle(), b.idle()]);
      expect(slack.replies).toHaveLength(1);
    });

    test('a notification held by an instance that died is taken over once its lease runs out', async () => {
      const hanging = fakeSupport('slack');
      hanging.notifier.post = () => new Promise(() => {}); // instance a dies while this is in flight
      const { a, b, slack, clock } = instances({ a: hanging.notifier });
      await a.open(anEffect(), aRequester());
      await new Promise((r) => setTimeout(r, 50));
      await b.tick();
      expect(slack.posts).toHaveLength(0);
      clock.advance(leaseMinutes + 1);
      await b.tick();
      await b.tick();
      expect(slack.posts.map((p) => p.caseId)).toEqual(['ENR-1001']);
      expect((await b.getCase('ENR-1001'))?.outbox.find((n) => n.key === 'post:slack')?.status).toBe('sent');
    });

    test('twenty claims at once spread over both instances give one owner', async () => {
      const { a, b } = instances();
      await a.open(anEffect(), aRequester());
      await a.idle();
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).handleAction(
            { type: 'case-claim', caseId: 'ENR-1001' },
            inSupportChannel({ channel: 'slack', userId: `U0AGENT${i}`, userName: `Agent ${i}` }),
            'en',
          ),
        ),
      );
      await Promise.all([a.idle(), b.idle()]);
      const winners = answers.map(textOf).filter((t) => t.startsWith('You have case ENR-1001'));
      expect(winners).toHaveLength(1);
      const stored = await b.getCase('ENR-1001');
      expect(stored?.status).toBe('claimed');
      const winner = answers.findIndex((r) => textOf(r).startsWith('You have'));
      expect(stored?.assignee?.userId).toBe(`U0AGENT${winner}`);
    });

    test('one person asking from eight chats at once, over both instances, gets three cases and no more', async () => {
      const { a, b, slack } = instances();
      const from = (n: number) =>
        aRequester({ conversationKey: `teams:a:channel-post-${n}`, home: { tenantId: 't1' } });
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, n) => (n % 2 ? a : b).open(anEffect(), from(n))),
      );
      await Promise.all([a.idle(), b.idle(), a.tick(), b.tick()]);
      await Promise.all([a.idle(), b.idle()]);
      const stored = await Promise.all(Array.from({ length: 8 }, (_, i) => a.getCase(`ENR-${1001 + i}`)));
      const open = stored.filter((c) => c !== undefined);
      expect(open).toHaveLength(3);
      expect(new Set(slack.posts.map((p) => p.caseId)).size).toBe(3);
      // The other five were refused politely, each naming the three that are open.
      const refused = answers.map(textOf).filter((t) => t.includes('three open cases'));
      expect(refused).toHaveLength(5);
      for (const t of refused) for (const c of open) expect(t).toContain(c?.id);
    });

    test('cases opened at once on both instances get distinct readable ids', async () => {
      const { a, b } = instances();
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 ? a : b).open(
            anEffect(),
            aRequester({ userId: `29:user-${i}`, conversationKey: `teams:a:conv-${i}` }),
          ),
        ),
      );
      await Promise.all([a.idle(), b.idle()]);
      const ids = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          a.getCase(`ENR-${1001 + i}`).then((c) => c?.requester.conversationKey),
        ),
      );
      expect(new Set(ids).size).toBe(20);
      expect(ids.every((k) => k?.startsWith('teams:a:conv-'))).toBe(true);
      expect(await a.getCase('ENR-1021')).toBeUndefined();
    });
  });
}

describeTwoInstances('one in-memory store', async () => {
  const store = new MemoryDocumentStore();
  return { a: store, b: store, close: async () => {} };
});

describePostgres('escalation with PostgreSQL', (url) => {
  describeTwoInstances('PostgreSQL (two connection pools)', async () => {
    const schema = await freshSchema(url);
    const a = new PostgresStorage({ url: schema.url, poolMax: 5 });
    const b = new PostgresStorage({ url: schema.url, poolMax: 5 });
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
