import { describe, expect, it } from '@jest/globals';
import { createTurnRunner, type TurnChannel } from '../../../../src/core/conversation/turn-runner.ts';
import type { Locale } from '../../../../src/core/knowledge/entry.ts';
import type { Reply } from '../../../../src/core/reply/reply.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { createFakeEngine } from '../../../fakes/fake-engine.ts';
import { FakeEscalation } from '../../../fakes/fake-escalation.ts';
import { MemoryDocumentStore } from '../../../fakes/memory-document-store.ts';
import { RecordingLogger } from '../../../fakes/teams-test-bot.ts';

const clock = { now: () => new Date('2026-01-01T00:00:00Z') };

function setup(options: { escalation?: FakeEscalation; store?: MemoryDocumentStore } = {}) {
  const store = options.store ?? new MemoryDocumentStore();
  const logger = new RecordingLogger();
  const runner = createTurnRunner({
    engine: createFakeEngine(),
    store,
    translator: createTranslator(),
    logger,
    clock,
    escalation: options.escalation,
  });
  return { runner, store, logger };
}

function channel(key = 'conv-1', overrides: Partial<TurnChannel> = {}) {
  const sent: string[] = [];
  const remembered: Locale[] = [];
  const text = (r: Reply) => (r.kind === 'text' ? r.text : `[${r.kind}]`);
  const c: TurnChannel = {
    key,
    clientLocale: 'en',
    requester: (locale) => ({
      channel: 'slack',
      userId: 'U1',
      userName: 'Alex',
      locale,
      conversationKey: key,
      address: {},
    }),
    async send(replies) {
      sent.push(...replies.map(text));
    },
    async rememberLocale(locale) {
      remembered.push(locale);
    },
    ...overrides,
  };
  return { channel: c, sent, remembered };
}

describe('turn runner', () => {
  it('keeps the conversation between turns in the store', async () => {
    const { runner, store } = setup();
    const { channel: c, sent } = channel();
    await runner.run(c, { kind: 'text', text: 'E1' });
    await runner.run(c, { kind: 'action', payload: { type: 'answer', question: 'platform', value: 'ios' } });
    expect(sent).toEqual(['error=E1 len=2 [en]', 'answer platform=ios [en]']);
    const doc = (await store.read(['conv-1']))['conv-1'] as { state: { answers: { errorText?: string } } };
    expect(doc.state.answers.errorText).toBe('E1');
  });

  it('runs the turns of one conversation one after another, in arrival order', async () => {
    const { runner, store } = setup();
    const { channel: c } = channel();
    await Promise.all(['first', 'second', 'third'].map((text) => runner.run(c, { kind: 'text', text })));
    const doc = (await store.read(['conv-1']))['conv-1'] as { state: { answers: { errorText?: string } } };
    expect(doc.state.answers.errorText).toBe('first');
  });

  it('two server instances on one store: the turn that loses the race runs again on fresh state', async () => {
    const store = new MemoryDocumentStore();
    const a = setup({ store });
    const b = setup({ store });
    const { channel: c } = channel();
    await a.runner.run(c, { kind: 'start' });
    // Instance B writes between A's read and A's write: A's compare-and-set fails and A reads again.
    const inner = store.read.bind(store);
    let raced = false;
    store.read = async (keys) => {
      const items = await inner(keys);
      if (!raced) {
        raced = true;
        await b.runner.run(c, { kind: 'text', text: 'from B' });
      }
      return items;
    };
    await a.runner.run(c, { kind: 'text', text: 'from A' });
    const doc = (await inner(['conv-1']))['conv-1'] as { state: { answers: { errorText?: string } } };
    // Both turns count: B's error text was first, A's turn ran on top of it instead of erasing it.
    expect(doc.state.answers.errorText).toBe('from B');
    expect(a.logger.has('turn.state-conflict')).toBe(true);
  });

  it('gives up with a storage error (never a silent loss) when another writer keeps winning', async () => {
    const store = new MemoryDocumentStore();
    const { runner } = setup({ store });
    const { channel: c, sent } = channel();
    await runner.run(c, { kind: 'start' });
    const write = store.write.bind(store);
    store.write = async (changes) => {
      await write({ 'conv-1': { state: { bumped: true } } });
      return write(changes);
    };
    await expect(runner.run(c, { kind: 'text', text: 'E1' })).rejects.toMatchObject({
      code: 'storage-unavailable',
    });
    expect(sent).toEqual(['hello [en]']);
  });

  it('relays text from a user whose case a person claimed, in every entry point', async () => {
    const escalation = new FakeEscalation();
    escalation.claimed.add('U1');
    const { runner, store } = setup({ escalation });
    const { channel: c, sent } = channel();
    await runner.run(c, { kind: 'text', text: 'still broken' });
    expect(escalation.relayedFromUser.map((r) => r.text)).toEqual(['still broken']);
    expect(sent).toEqual([]);
    expect(await store.read(['conv-1'])).toEqual({});
  });

  it('sends the replies, then what the effects answered, after the state is saved', async () => {
    const escalation = new FakeEscalation();
    const { runner, store } = setup({ escalation });
    const { channel: c, sent } = channel();
    await runner.run(c, { kind: 'text', text: 'human' });
    expect(sent).toEqual(['handing over', 'case opened for U1']);
    const doc = (await store.read(['conv-1']))['conv-1'] as { state: { stage: string } };
    expect(doc.state.stage).toBe('escalated');
  });

  it('a note the user wrote to the case is never dropped in silence, even with no escalation wired', async () => {
    const fake = createFakeEngine();
    const runner = createTurnRunner({
      engine: {
        ...fake,
        handle: (state, input, info) => ({
          ...fake.handle(state, input, info),
          effects: [
            { kind: 'case-details', note: true, answers: {}, shown: [], transcript: [], locale: 'en' },
          ],
        }),
      },
      store: new MemoryDocumentStore(),
      translator: createTranslator(),
      logger: new RecordingLogger(),
      clock,
    });
    const { channel: c, sent } = channel();
    await runner.run(c, { kind: 'text', text: 'anyone there?' });
    expect(sent.at(-1)).toMatch(/can't find an open case/);
  });

  it('a failed effect is logged with a reference and told to the user; the saved state stays', async () => {
    const escalation = new FakeEscalation();
    escalation.failOpen = true;
    const { runner, store, logger } = setup({ escalation });
    const { channel: c, sent } = channel();
    await runner.run(c, { kind: 'text', text: 'human' });
    const ref = logger.lines.find((l) => l.msg === 'escalation-open-failed')?.fields?.ref;
    expect(typeof ref).toBe('string');
    expect(sent[0]).toBe('handing over');
    expect(sent[1]).toContain(String(ref));
    const doc = (await store.read(['conv-1']))['conv-1'] as { state: { stage: string } };
    expect(doc.state.stage).toBe('escalated');
  });

  it('a language the user chose is remembered by the channel; if that fails the user hears so', async () => {
    const { runner, logger } = setup();
    const ok = channel();
    await runner.run(ok.channel, { kind: 'text', text: 'lang sv' });
    expect(ok.remembered).toEqual(['sv']);
    const failing = channel('conv-2', {
      async rememberLocale() {
        throw new Error('user state down');
      },
    });
    await runner.run(failing.channel, { kind: 'text', text: 'lang fr' });
    expect(failing.sent[0]).toBe('now fr');
    expect(failing.sent).toHaveLength(2);
    expect(logger.has('turn.effect-failed')).toBe(true);
  });

  it('an agent message in a case thread is relayed, or the agent hears why not', async () => {
    const escalation = new FakeEscalation();
    const { runner } = setup({ escalation });
    const agent = {
      channel: 'slack' as const,
      userId: 'A1',
      userName: 'Sam',
      where: { conversationKey: 'slack/T1/C1/t1', channelId: 'C1' },
    };
    const sent: Reply[] = [];
    const relayed = await runner.agentMessage(
      { threadKey: 't1', agent, text: 'try again', locale: 'en' },
      async (r) => void sent.push(...r),
    );
    expect(relayed).toBe(true);
    expect(escalation.relayedFromAgent.map((r) => r.text)).toEqual(['try again']);
  });
});
