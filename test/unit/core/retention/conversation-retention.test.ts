import { describe, expect, it } from '@jest/globals';
import type { LogFields } from '../../../../src/core/ports/logger.ts';
import { createConversationRetention } from '../../../../src/core/retention/conversation-retention.ts';
import { SqliteStorage } from '../../../../src/storage/sqlite-storage.ts';

const dayMs = 24 * 60 * 60 * 1000;

function recordingLogger() {
  const lines: { level: string; msg: string; fields?: LogFields }[] = [];
  const at = (level: string) => (msg: string, fields?: LogFields) => lines.push({ level, msg, fields });
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } };
}

/** A case with work left, as the escalation service stores it (only what the sweep reads). */
async function openCase(store: SqliteStorage, id: string, conversationKey: string) {
  await store.write({
    'escalation/active': { ids: [id] },
    [`escalation/case/${id}`]: {
      version: 1,
      id,
      status: 'claimed',
      outbox: [],
      requester: { conversationKey },
    },
    [`escalation/conversation/${conversationKey}`]: { caseId: id },
  });
}

describe('conversation retention', () => {
  it('keeps every document of a conversation whose case is still open, however old', async () => {
    const store = new SqliteStorage(':memory:');
    await openCase(store, 'ENR-1001', 'msteams/a:1');
    await store.write({
      'msteams/conversations/a:1/': { dialog: 'waiting for the agent' },
      'msteams/a:1/question-card': { messageId: 'm1' },
      'msteams/conversations/b:2/': { dialog: 'abandoned' },
      'slack/conv/T1/D1': { state: 'abandoned' },
    });
    const { lines, logger } = recordingLogger();
    const later = (days: number) =>
      createConversationRetention({
        store,
        days,
        logger,
        clock: { now: () => new Date(Date.now() + days * dayMs) },
      });

    // Not yet due with 30 days: nothing goes, and the sweep says so at debug level.
    const early = createConversationRetention({ store, days: 30, logger, clock: { now: () => new Date() } });
    expect(await early.sweep()).toBe(0);
    expect(lines.at(-1)).toMatchObject({ level: 'debug', msg: 'retention.swept', fields: { deleted: 0 } });

    expect(await later(31).sweep()).toBe(2);
    expect(lines.at(-1)).toMatchObject({
      level: 'info',
      msg: 'retention.swept',
      fields: { deleted: 2, days: 31 },
    });
    const left = await store.read([
      'msteams/conversations/a:1/',
      'msteams/a:1/question-card',
      'msteams/conversations/b:2/',
      'slack/conv/T1/D1',
      'escalation/case/ENR-1001',
      'escalation/active',
      'escalation/conversation/msteams/a:1',
    ]);
    expect(Object.keys(left).sort()).toEqual([
      'escalation/active',
      'escalation/case/ENR-1001',
      'escalation/conversation/msteams/a:1',
      'msteams/a:1/question-card',
      'msteams/conversations/a:1/',
    ]);
    store.close();
  });

  it('sweeps once at start, and stop waits for that sweep before the store may close', async () => {
    const store = new SqliteStorage(':memory:');
    await store.write({ 'slack/conv/T1/D1': { state: 'abandoned' } });
    const { lines, logger } = recordingLogger();
    const retention = createConversationRetention({
      store,
      days: 30,
      logger,
      clock: { now: () => new Date(Date.now() + 31 * dayMs) },
    });
    retention.start();
    await retention.stop();
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'retention.swept', fields: { deleted: 1, days: 30 } }),
    ]);
    expect(await store.read(['slack/conv/T1/D1'])).toEqual({});
    store.close();
  });

  it('logs a failed sweep and carries on', async () => {
    const store = new SqliteStorage(':memory:');
    store.close();
    const { lines, logger } = recordingLogger();
    const retention = createConversationRetention({
      store,
      days: 30,
      logger,
      clock: { now: () => new Date() },
    });
    expect(await retention.sweep()).toBe(0);
    expect(lines.at(-1)).toMatchObject({ level: 'warn', msg: 'retention.sweep-failed' });
  });
});
