import type { ConversationSweep, DocumentStore } from '../../../src/core/ports/document-store.ts';

type Store = DocumentStore & ConversationSweep;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Conversation documents of conversations nobody wrote to. */
const staleConversation = [
  'slack/conv/T1/D1',
  'slack/conv/T1/D1/question-card',
  'slack/conv/T1/C1/thread/1700000000.0001',
  'slack/conv/T1/C1/user/U1',
  'msteams/conversations/a:1/',
  'msteams/a:1/question-card',
];
/** As old, but never conversation-scoped: cases and their links, installs, settings, language choices. */
const keptKinds = [
  'escalation/counter',
  'escalation/active',
  'escalation/case/ENR-1001',
  'escalation/conversation/slack/conv/T1/D1',
  'escalation/conversation/msteams/a:1',
  'escalation/thread/slack:C9:1.2',
  'slack/installation/team/T1',
  'slack/workspace/T1',
  'slack/user/T1/U1',
  'msteams/users/u1/',
];
/** As old, but their case still has work left: the caller names them in `keep`. */
const withOpenCase = [
  'slack/conv/T1/D9',
  'slack/conv/T1/D9/question-card',
  'msteams/conversations/b:2/',
  'msteams/b:2/question-card',
];
const keep = ['slack/conv/T1/D9', 'msteams/b:2'];
const fresh = ['slack/conv/T2/D2', 'msteams/conversations/c:3/', 'msteams/c:3/question-card'];

/** What every store with a retention sweep must do; `open` gives an empty store. */
export function describeConversationSweep(
  name: string,
  open: () => Promise<{ store: Store; second?: () => Store; close(): Promise<void> | void }>,
): void {
  describe(`${name}: conversation retention sweep`, () => {
    async function seeded() {
      const s = await open();
      const doc = (key: string) => ({ [key]: { text: `stored for ${key}` } });
      for (const key of [...staleConversation, ...keptKinds, ...withOpenCase]) await s.store.write(doc(key));
      await pause(30);
      const cutoff = new Date();
      await pause(30);
      for (const key of fresh) await s.store.write(doc(key));
      return { ...s, cutoff };
    }
    const all = [...staleConversation, ...keptKinds, ...withOpenCase, ...fresh];

    test('deletes old conversation documents only; fresh ones, cases, installs and kept conversations stay', async () => {
      const s = await seeded();
      try {
        expect(await s.store.sweepConversations(s.cutoff, keep)).toBe(staleConversation.length);
        const left = Object.keys(await s.store.read(all)).sort();
        expect(left).toEqual([...keptKinds, ...withOpenCase, ...fresh].sort());
        // Idempotent: nothing more to do.
        expect(await s.store.sweepConversations(s.cutoff, keep)).toBe(0);
      } finally {
        await s.close();
      }
    });

    test('a document written again after its sweep cutoff is not deleted', async () => {
      const s = await seeded();
      try {
        const [rewritten] = staleConversation;
        if (!rewritten) throw new Error('no key');
        await s.store.write({ [rewritten]: { text: 'written again' } });
        expect(await s.store.sweepConversations(s.cutoff, keep)).toBe(staleConversation.length - 1);
        expect(Object.keys(await s.store.read([rewritten]))).toEqual([rewritten]);
      } finally {
        await s.close();
      }
    });

    test('a sweep of several batches deletes every old conversation, also those written in one go, and no kept document around them', async () => {
      const s = await open();
      try {
        // Written many keys per write, so rows share one write time (the order the sweep goes in).
        const old: string[] = [];
        const around: string[] = [];
        for (let w = 0; w < 5; w++) {
          const batch: Record<string, { n: number }> = {};
          for (let i = 0; i < 260; i++) {
            const n = w * 1000 + i;
            const key = n % 2 ? `msteams/conversations/a:${n}/` : `slack/conv/T1/C1/thread/${n}.1`;
            batch[key] = { n };
            old.push(key);
            if (i % 10 === 0) {
              for (const kept of [
                `escalation/case/ENR-${n}`,
                `slack/user/T1/U${n}`,
                `msteams/b:${n}/question-card`,
              ])
                batch[kept] = { n };
              around.push(`escalation/case/ENR-${n}`, `slack/user/T1/U${n}`, `msteams/b:${n}/question-card`);
            }
          }
          await s.store.write(batch);
        }
        await pause(30);
        const cutoff = new Date();
        const keptOpen = around
          .filter((k) => k.startsWith('msteams/b:'))
          .map((k) => k.replace('/question-card', ''));
        expect(await s.store.sweepConversations(cutoff, keptOpen)).toBe(old.length);
        expect(Object.keys(await s.store.read(old))).toEqual([]);
        expect(Object.keys(await s.store.read(around)).sort()).toEqual([...around].sort());
      } finally {
        await s.close();
      }
    });

    test('turns waiting in the same process run between batches, not after the whole sweep', async () => {
      const s = await open();
      try {
        const old = Array.from({ length: 3000 }, (_, i) => `slack/conv/T1/C1/thread/${i}.1`);
        for (let i = 0; i < old.length; i += 500)
          await s.store.write(Object.fromEntries(old.slice(i, i + 500).map((k) => [k, { k }])));
        await pause(30);
        const cutoff = new Date();
        let sweepDone = false;
        const sweep = s.store.sweepConversations(cutoff, []).finally(() => {
          sweepDone = true;
        });
        // A turn that arrives once the sweep has started gets to run before the sweep ends (on SQLite,
        // whose calls hold the process, only if the sweep lets go between batches), and is kept.
        const turn = new Promise<boolean>((resolve, reject) =>
          setImmediate(() => {
            const ranDuringSweep = !sweepDone;
            s.store
              .write({ 'slack/conv/T2/D2': { text: 'a turn' } })
              .then(() => resolve(ranDuringSweep), reject);
          }),
        );
        const [deleted, ranDuringSweep] = await Promise.all([sweep, turn]);
        expect(deleted).toBe(old.length);
        expect(ranDuringSweep).toBe(true);
        expect(Object.keys(await s.store.read(['slack/conv/T2/D2']))).toEqual(['slack/conv/T2/D2']);
      } finally {
        await s.close();
      }
    });

    test('two instances sweeping at once delete each document once', async () => {
      const s = await seeded();
      const other = s.second?.();
      try {
        const counts = await Promise.all([
          s.store.sweepConversations(s.cutoff, keep),
          (other ?? s.store).sweepConversations(s.cutoff, keep),
        ]);
        expect(counts[0] + counts[1]).toBe(staleConversation.length);
        expect(Object.keys(await s.store.read(all))).toHaveLength(all.length - staleConversation.length);
      } finally {
        await (other as { close?: () => unknown } | undefined)?.close?.();
        await s.close();
      }
    });
  });
}
