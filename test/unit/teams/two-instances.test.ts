import { describe, expect, it } from '@jest/globals';
import { createFakeEngine } from '../../fakes/fake-engine.ts';
import { MemoryDocumentStore } from '../../fakes/memory-document-store.ts';
import { createTestBot } from '../../fakes/teams-test-bot.ts';

describe('Teams bot on two server instances sharing one store', () => {
  it('two messages of one conversation handled at once by two instances: neither turn is lost', async () => {
    const storage = new MemoryDocumentStore();
    const a = createTestBot({ engine: createFakeEngine(), storage });
    const b = createTestBot({ engine: createFakeEngine(), storage });
    await a.say({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot', name: 'bot' }] });
    const [fromA, fromB] = await Promise.all([a.say('first error'), b.say('second error')]);
    // The engine keeps the first error text it saw: the later turn must have run on top of the
    // earlier one's state, not on the same old state (which would erase the first turn).
    const seen = [fromA[0], fromB[0]].map((t) => /error=([a-z ]+) len/.exec(t ?? '')?.[1]);
    expect(seen[0]).toBe(seen[1]);
    expect(a.logger.has('turn.state-conflict') || b.logger.has('turn.state-conflict')).toBe(true);
  });
});
