import { describe, expect, it } from '@jest/globals';
import type { webApi } from '@slack/bolt';
import { loadConversationEngine } from '../../src/content/load-engine.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { createConversationRetention } from '../../src/core/retention/conversation-retention.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import type { SlackAddress } from '../../src/slack/address.ts';
import { createConversationRunner } from '../../src/slack/conversation.ts';
import { renderReply } from '../../src/slack/message.ts';
import { SqliteStorage } from '../../src/storage/sqlite-storage.ts';
import { createRecordingDelivery } from '../fakes/recording-delivery.ts';

const dayMs = 24 * 60 * 60 * 1000;
const client = {} as webApi.WebClient;
const to: SlackAddress = { mode: 'dm', teamId: 'T1', channelId: 'D1', userId: 'U1' };
const user = { name: 'Alex', locale: 'en' as const };
const translator = createTranslator();
const { engine } = loadConversationEngine({ translator });

type Doc = { state: { stage: string; pending?: string; answers: Record<string, unknown> } };

describe('a conversation past its retention', () => {
  it('is swept with its question card, and the next message starts afresh instead of failing', async () => {
    const store = new SqliteStorage(':memory:');
    const { delivery, sent } = createRecordingDelivery();
    const runner = createConversationRunner({
      engine,
      store,
      translator,
      render: renderReply,
      delivery,
      logger: silentLogger,
      clock: { now: () => new Date() },
      defaultLocale: 'en',
    });
    const stateOf = async (key = 'slack/conv/T1/D1') => (await store.read([key]))[key] as Doc | undefined;

    await runner.run({ client, to, user, input: { kind: 'text', text: 'enrollment failed' } });
    const before = await stateOf();
    expect(before?.state.stage).toBe('asking');
    const question = before?.state.pending;
    expect(question).toBeDefined();
    expect(Object.keys(await store.read(['slack/conv/T1/D1/question-card']))).toHaveLength(1);

    // 31 days on, with the default of 30.
    const retention = createConversationRetention({
      store,
      days: 30,
      logger: silentLogger,
      clock: { now: () => new Date(Date.now() + 31 * dayMs) },
    });
    expect(await retention.sweep()).toBeGreaterThanOrEqual(1);
    expect(await stateOf()).toBeUndefined();
    expect(await store.read(['slack/conv/T1/D1/question-card'])).toEqual({});

    // The old card's button pressed after the sweep: answered from a fresh conversation, no error.
    const press = {
      kind: 'action' as const,
      payload: { type: 'answer' as const, question: question as never, value: 'ios' },
    };
    const replies = sent.length;
    await runner.run({ client, to, user, input: press });
    expect(sent.length).toBeGreaterThan(replies);
    // The same decision as for a conversation the bot never saw.
    await runner.run({ client, to: { ...to, channelId: 'D2' }, user, input: press });
    const after = await stateOf();
    const never = await stateOf('slack/conv/T1/D2');
    expect(after?.state.stage).toBe(never?.state.stage);
    expect(after?.state.answers).toEqual(never?.state.answers);
    store.close();
  });
});
