import { describe, expect, it } from '@jest/globals';
import type { webApi } from '@slack/bolt';
import type { ConversationEngine } from '../../../src/core/conversation/turn.ts';
import { ETagConflictError, type StoredItems } from '../../../src/core/ports/document-store.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createTranslator } from '../../../src/i18n/translator.ts';
import type { SlackAddress } from '../../../src/slack/address.ts';
import { createConversationRunner } from '../../../src/slack/conversation.ts';
import { renderReply } from '../../../src/slack/message.ts';
import { createFakeEngine } from '../../fakes/fake-engine.ts';
import { FakeEscalation } from '../../fakes/fake-escalation.ts';
import { MemoryDocumentStore } from '../../fakes/memory-document-store.ts';
import { createRecordingDelivery } from '../../fakes/recording-delivery.ts';

const client = {} as webApi.WebClient;
const to: SlackAddress = { mode: 'dm', teamId: 'T1', channelId: 'D1', userId: 'U1' };
const user = { name: 'Alex', locale: 'fr' as const };

function setup(
  overrides: { engine?: ConversationEngine; store?: MemoryDocumentStore; escalation?: FakeEscalation } = {},
) {
  const { delivery, sent } = createRecordingDelivery();
  const store = overrides.store ?? new MemoryDocumentStore();
  const runner = createConversationRunner({
    engine: overrides.engine ?? createFakeEngine(),
    store,
    translator: createTranslator(),
    render: renderReply,
    delivery,
    logger: silentLogger,
    clock: { now: () => new Date('2026-01-01T00:00:00Z') },
    defaultLocale: 'en',
    escalation: overrides.escalation,
  });
  const texts = () => sent.map((m) => m.text);
  return { runner, store, sent, texts };
}

describe('Slack conversation runner', () => {
  it('keeps the conversation between turns and speaks the Slack client language', async () => {
    const { runner, texts } = setup();
    await runner.run({ client, to, user, input: { kind: 'text', text: 'E1' } });
    await runner.run({
      client,
      to,
      user,
      input: { kind: 'action', payload: { type: 'answer', question: 'platform', value: 'ios' } },
    });
    expect(texts()).toEqual(['error=E1 len=2 [fr]', 'answer platform=ios [fr]']);
  });

  it('lets an explicit language choice outlive the conversation', async () => {
    const { runner, texts } = setup();
    await runner.run({ client, to, user, input: { kind: 'text', text: 'lang sv' } });
    const elsewhere: SlackAddress = { ...to, mode: 'ephemeral', channelId: 'C9' };
    await runner.run({ client, to: elsewhere, user, input: { kind: 'text', text: 'E2' } });
    expect(texts()).toEqual(['now sv', 'error=E2 len=2 [sv]']);
  });

  it('turns of one conversation run one after another, none lost', async () => {
    const { runner, store } = setup();
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((text) => runner.run({ client, to, user, input: { kind: 'text', text } })),
    );
    const doc = (await store.read(['slack/conv/T1/D1']))['slack/conv/T1/D1'] as {
      state: { answers: { errorText: string } };
    };
    expect(doc.state.answers.errorText).toBe('a');
  });

  it('retries on an eTag conflict from another process and stores once', async () => {
    const store = new MemoryDocumentStore();
    let conflicts = 1;
    const write = store.write.bind(store);
    store.write = async (changes: StoredItems) => {
      if (conflicts-- > 0) throw new ETagConflictError(Object.keys(changes)[0] ?? '');
      return write(changes);
    };
    const { runner, texts } = setup({ store });
    await runner.run({ client, to, user, input: { kind: 'text', text: 'E3' } });
    expect(texts()).toEqual(['error=E3 len=2 [fr]']);
  });

  it('says plainly that nobody is notified when escalation is not wired', async () => {
    const { runner, texts } = setup();
    await runner.run({ client, to, user, input: { kind: 'text', text: 'human' } });
    expect(texts()[0]).toBe('handing over');
    expect(texts()[1]).toContain('personne n’a été prévenu');
  });

  it('opens a case with the requester address and posts what escalation says', async () => {
    const escalation = new FakeEscalation();
    const { runner, texts } = setup({ escalation });
    await runner.run({ client, to, user, input: { kind: 'text', text: 'human' } });
    expect(texts()).toEqual(['handing over', 'case opened for U1']);
    expect(escalation.opened[0]?.requester).toEqual({
      channel: 'slack',
      userId: 'U1',
      userName: 'Alex',
      locale: 'fr',
      conversationKey: 'slack/conv/T1/D1',
      address: to,
      home: { teamId: 'T1' },
    });
  });

  it('reports a storage outage as such, before anything is sent', async () => {
    const store = new MemoryDocumentStore();
    store.failing = true;
    const { runner, sent } = setup({ store });
    await expect(runner.run({ client, to, user, input: { kind: 'text', text: 'E4' } })).rejects.toMatchObject(
      {
        code: 'storage-unavailable',
      },
    );
    expect(sent).toEqual([]);
  });
});
