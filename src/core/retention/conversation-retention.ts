import { codeOf } from '../errors.ts';
import { createCaseRepository } from '../escalation/case-repository.ts';
import type { Clock } from '../ports/clock.ts';
import type { ConversationSweep, DocumentStore } from '../ports/document-store.ts';
import type { Logger } from '../ports/logger.ts';

const dayMs = 24 * 60 * 60 * 1000;
/** Hourly: a conversation goes at most an hour after its time is up, and a sweep is one indexed query. */
export const retentionSweepMs = 60 * 60 * 1000;

export type ConversationRetention = {
  /** Sweeps once now, then every `retentionSweepMs` (the timer does not keep the process alive). */
  start(): void;
  /** No more sweeps; resolves once a sweep under way has finished (before the store closes). */
  stop(): Promise<void>;
  /** One sweep; returns how many documents went (0 when it failed, which is logged). */
  sweep(): Promise<number>;
};

/**
 * Deletes the documents of conversations nobody wrote to for `days`, so chat text is not kept forever
 * and a client opening endless conversations cannot grow storage without bound. A conversation whose
 * case still has work left (open, claimed, or a notice not yet sent) keeps everything, so relays go on.
 * A swept conversation simply starts over at its next message.
 */
export function createConversationRetention(deps: {
  store: DocumentStore & ConversationSweep;
  days: number;
  logger: Logger;
  clock: Clock;
}): ConversationRetention {
  const repo = createCaseRepository(deps.store);
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<number> | undefined;

  async function keptConversations(): Promise<string[]> {
    const keys: string[] = [];
    for (const id of await repo.activeIds()) {
      const found = await repo.get(id);
      if (found) keys.push(found.value.requester.conversationKey);
    }
    return keys;
  }

  async function sweepNow(): Promise<number> {
    try {
      const before = new Date(deps.clock.now().getTime() - deps.days * dayMs);
      const deleted = await deps.store.sweepConversations(before, await keptConversations());
      const fields = { deleted, days: deps.days };
      if (deleted > 0) deps.logger.info('retention.swept', fields);
      else deps.logger.debug('retention.swept', fields);
      return deleted;
    } catch (error) {
      deps.logger.warn('retention.sweep-failed', { code: codeOf(error) });
      return 0;
    }
  }

  function sweep(): Promise<number> {
    // One sweep at a time per instance: a slow one is not overtaken by the next tick.
    running ??= sweepNow().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    start() {
      if (timer) return;
      void sweep();
      timer = setInterval(() => void sweep(), retentionSweepMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
    sweep,
  };
}
