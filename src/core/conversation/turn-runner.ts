import { createKeyedQueue } from '../async/keyed-queue.ts';
import { retryOnConflict } from '../async/retry-on-conflict.ts';
import { AppError, codeOf } from '../errors.ts';
import type { Actor, CaseAction, EscalationPort, Requester } from '../escalation/port.ts';
import type { Locale } from '../knowledge/entry.ts';
import type { Clock } from '../ports/clock.ts';
import { createOnlyETag, type DocumentStore, type StoredItem } from '../ports/document-store.ts';
import type { LogFields, Logger } from '../ports/logger.ts';
import { noTelemetry, spanNames, type Telemetry } from '../ports/telemetry.ts';
import type { Translator } from '../ports/translator.ts';
import type { Reply } from '../reply/reply.ts';
import { shortReference } from '../text/reference.ts';
import { judgeMessageChange, type MessageChange, textDigest } from './message-changes.ts';
import type { ConversationEngine, ConversationState, Effect, TurnInput, TurnOutput } from './turn.ts';

/** The stored conversation could not be read or written; the user is told to try again, nothing is lost. */
export class StorageUnavailableError extends AppError<'storage-unavailable'> {}

/** A snapshot of the stored state and whatever the slot needs to write it back only if nobody else did. */
export type StateSnapshot = { state: ConversationState | undefined; eTag?: string | undefined };

/**
 * Where one conversation's engine state lives. `write` is a compare-and-set against the snapshot
 * `read` returned: it throws ETagConflictError when another writer (another server instance) got
 * there first, and the runner then reads again and runs the turn on the fresh state.
 */
export type StateSlot = {
  read(attempt: number): Promise<StateSnapshot>;
  write(snapshot: StateSnapshot, out: TurnOutput): Promise<void>;
};

/** What a channel hands the runner for one turn: whose conversation it is and how to answer. */
export type TurnChannel = {
  /** Key of the conversation: turns with the same key run one after another. */
  key: string;
  /** The client's language, mapped to a supported one (the engine ignores it once the user chose). */
  clientLocale: Locale;
  requester(locale: Locale): Requester;
  /** Renders and delivers replies where the conversation lives. */
  send(replies: Reply[], locale: Locale): Promise<void>;
  /** Delivers replies only the one who acted sees (Slack ephemeral); without it they go through `send`. */
  sendPrivately?(replies: Reply[], locale: Locale): Promise<void>;
  /** Where the engine state lives; by default a document in the runner's store under `key`. */
  state?: StateSlot;
  /** Keeps a language the user chose beyond this conversation (user preferences). */
  rememberLocale?(locale: Locale): Promise<void>;
  /** Ids for log lines (never text or names). */
  logFields?: LogFields;
  /** The platform's id of the message typed this turn: its later edit is answered only while it is the latest. */
  messageId?: string;
};

/** A message written by an agent in a case thread of a support channel. */
export type AgentMessage = { threadKey: string; agent: Actor; text: string; locale: Locale };

export type TurnRunnerDeps = {
  engine: ConversationEngine;
  store: DocumentStore;
  translator: Translator;
  logger: Logger;
  clock: Clock;
  escalation?: EscalationPort | undefined;
  /** Compare-and-set attempts before a turn gives up (another writer kept winning). */
  maxWriteAttempts?: number;
  telemetry?: Telemetry;
};

export type TurnRunner = {
  /**
   * One user turn, the same in every channel:
   * 1. turns of one conversation queue behind each other in this process;
   * 2. text from a user whose case a person has claimed is relayed to that person, not answered;
   * 3. the state is read, the engine runs, the new state is written with compare-and-set, and on a
   *    lost race the turn runs again on the fresh state (another server instance wrote first);
   * 4. the effects are carried out (case opened, answers added, language remembered): a failed effect
   *    is logged with its code and told to the user in words, and never undoes the saved state;
   * 5. then the replies are sent: `notices` and the engine's replies, then what the effects answered.
   * The state is saved before anything is sent, so a failed delivery loses nothing: the user sends again.
   */
  run(channel: TurnChannel, input: TurnInput, notices?: Reply[]): Promise<void>;
  /**
   * A message the user sent was edited or deleted. An edit that changes the text of the user's latest
   * message runs as a new turn with the edited text (as if typed again); anything else changes nothing
   * and leaves one debug line (see judgeMessageChange).
   */
  messageChanged(channel: TurnChannel, change: MessageChange, notices?: Reply[]): Promise<void>;
  /**
   * An agent's message in a case thread: relayed to the requester when the case is theirs, else the
   * agent hears why not ("claim it first"). Returns false when the thread is no case thread.
   */
  agentMessage(message: AgentMessage, send: TurnChannel['send']): Promise<boolean>;
  /**
   * A case button (Claim, Resolve, "Is it solved?"): escalation answers the one who pressed it.
   * False when no escalation is wired (the button is stale).
   */
  caseAction(action: CaseAction, actor: Actor, locale: Locale, send: TurnChannel['send']): Promise<boolean>;
  /** The stored state of a conversation kept in the runner's store (Slack modal prefill). */
  load(key: string): Promise<StoredItem | undefined>;
  /** Resolves once no turn is running (tests and graceful shutdown). */
  idle(): Promise<void>;
};

const defaultWriteAttempts = 3;

/** The default slot: one document per conversation, `{ state, ...extra }`, written with its eTag. */
export function createDocumentSlot(
  store: DocumentStore,
  key: string,
  /** More fields to keep beside the state (Slack keeps its last cards for "Share in channel"). */
  extra?: (previous: StoredItem | undefined, out: TurnOutput) => Record<string, unknown>,
): StateSlot {
  let previous: StoredItem | undefined;
  return {
    async read() {
      try {
        previous = (await store.read([key]))[key];
      } catch (error) {
        throw new StorageUnavailableError('storage-unavailable', 'Reading conversation state failed', {
          cause: error,
        });
      }
      const state = previous?.state as ConversationState | undefined;
      return { state: isConversationState(state) ? state : undefined, eTag: previous?.eTag };
    },
    async write(snapshot, out) {
      const next: StoredItem = { ...extra?.(previous, out), state: out.state };
      // Nothing read: create only, so a turn racing on another instance cannot be overwritten.
      next.eTag = snapshot.eTag || createOnlyETag;
      await store.write({ [key]: next });
    },
  };
}

export function createTurnRunner(deps: TurnRunnerDeps): TurnRunner {
  const { engine, store, translator, logger, clock, escalation } = deps;
  const telemetry = deps.telemetry ?? noTelemetry;
  const queue = createKeyedQueue();
  const attempts = deps.maxWriteAttempts ?? defaultWriteAttempts;

  /** Text from a user whose case was claimed goes to the agent instead of the engine. */
  async function relayed(channel: TurnChannel, input: TurnInput): Promise<boolean> {
    if (!escalation || input.kind !== 'text' || !input.text) return false;
    return escalation.relayFromUser(channel.requester(channel.clientLocale), input.text);
  }

  async function handle(channel: TurnChannel, slot: StateSlot, input: TurnInput): Promise<TurnOutput> {
    return retryOnConflict(
      attempts,
      async (attempt) => {
        const snapshot = await slot.read(attempt);
        const state = snapshot.state ?? engine.initialState(channel.clientLocale);
        const out = engine.handle(state, input, {
          clientLocale: channel.clientLocale,
          now: clock.now().toISOString(),
          userId: channel.requester(channel.clientLocale).userId,
        });
        if (input.kind === 'text' && channel.messageId) {
          out.state.lastMessage = { id: channel.messageId, digest: textDigest(input.text) };
        }
        try {
          await slot.write(snapshot, out);
        } catch (error) {
          if (codeOf(error) === 'etag-conflict') {
            logger.info('turn.state-conflict', { ...channel.logFields, attempt });
            throw error;
          }
          throw new StorageUnavailableError('storage-unavailable', 'Writing conversation state failed', {
            cause: error,
          });
        }
        return out;
      },
      (last) =>
        new StorageUnavailableError('storage-unavailable', 'The conversation kept changing', { cause: last }),
    );
  }

  async function apply(channel: TurnChannel, effect: Effect, locale: Locale): Promise<Reply[]> {
    switch (effect.kind) {
      case 'feedback':
        logger.info('feedback', { ...channel.logFields, entryId: effect.entryId, verdict: effect.verdict });
        // "This fixed it" on a card the conversation's case was opened with: the support team must hear it.
        if (effect.verdict !== 'fixed') return [];
        return (await escalation?.solvedByRequester?.(channel.requester(locale), effect.entryId)) ?? [];
      case 'solved':
        logger.info('feedback', { ...channel.logFields, verdict: 'solved-in-words' });
        return (await escalation?.solvedByRequester?.(channel.requester(locale))) ?? [];
      case 'locale-chosen':
        await channel.rememberLocale?.(effect.locale);
        return [];
      case 'case-details': {
        const replies = (await escalation?.addDetails?.(effect, channel.requester(locale))) ?? [];
        // Without a case to take it, a note the user wrote is not dropped in silence.
        if (effect.note && replies.length === 0) {
          return [
            {
              kind: 'text',
              tone: 'warning',
              text: translator.forLocale(locale)('escalation:user.noteNoCase'),
            },
          ];
        }
        return replies;
      }
      case 'escalate': {
        if (escalation) return escalation.open(effect, channel.requester(locale));
        logger.warn('escalation-not-configured', { ...channel.logFields, trigger: effect.trigger });
        const t = translator.forLocale(locale);
        return [{ kind: 'text', tone: 'warning', text: t('escalation:user.unavailable') }];
      }
    }
  }

  /** Effects after the state is saved; each failure becomes a log line and a sentence, never a lost turn. */
  async function applyAll(channel: TurnChannel, out: TurnOutput): Promise<Reply[]> {
    const replies: Reply[] = [];
    const locale = replyLocale(out);
    for (const effect of out.effects) {
      try {
        replies.push(...(await apply(channel, effect, locale)));
      } catch (error) {
        const ref = shortReference(`${channel.key}|${effect.kind}|${clock.now().getTime()}`);
        const fields = { ...channel.logFields, ref, effect: effect.kind, code: codeOf(error) };
        logger.error(effect.kind === 'escalate' ? 'escalation-open-failed' : 'turn.effect-failed', fields);
        const t = translator.forLocale(locale);
        const key =
          effect.kind === 'escalate' ? 'escalation:user.openFailed' : 'escalation:user.effectFailed';
        replies.push({ kind: 'text', tone: 'warning', text: t(key, { ref }) });
      }
    }
    return replies;
  }

  /**
   * A relayed message is the user's latest too: an edit of an earlier one must not be answered as if it
   * were. Best effort: a failure costs only that edit's answer.
   */
  async function rememberRelayed(channel: TurnChannel, slot: StateSlot, input: TurnInput): Promise<void> {
    if (input.kind !== 'text' || !channel.messageId) return;
    try {
      const snapshot = await slot.read(1);
      if (!snapshot.state) return;
      const lastMessage = { id: channel.messageId, digest: textDigest(input.text) };
      await slot.write(snapshot, { state: { ...snapshot.state, lastMessage }, replies: [], effects: [] });
    } catch (error) {
      logger.warn('turn.last-message-not-kept', { ...channel.logFields, code: codeOf(error) });
    }
  }

  /** Whether relayed text also closes the case: the engine reads it as a plain "solved" after the hand-off. */
  async function closesCase(slot: StateSlot, input: TurnInput): Promise<boolean> {
    if (input.kind !== 'text' || !engine.solvesHandOff?.(undefined, input.text)) return false;
    return engine.solvesHandOff((await slot.read(1)).state, input.text);
  }

  function ignoredChange(channel: TurnChannel, reason: string): void {
    logger.debug('turn.message-change-ignored', { ...channel.logFields, reason });
  }

  /** One turn in the conversation's queue; `change` (an edit) is judged on the state read in the queue. */
  function runQueued(channel: TurnChannel, input: TurnInput, notices: Reply[], change?: MessageChange) {
    return queue.run(channel.key, () => {
      // Which platform, what kind of input, what came of it: never the text itself.
      const kinds = {
        'bot.channel': channel.requester(channel.clientLocale).channel,
        'bot.input.kind': input.kind,
      };
      const count = (outcome: string) => telemetry.record('turns', 1, { ...kinds, 'bot.outcome': outcome });
      return telemetry.span(spanNames.turn, kinds, async (span) => {
        try {
          const slot = channel.state ?? createDocumentSlot(store, channel.key);
          if (change) {
            const verdict = judgeMessageChange(change, (await slot.read(1)).state);
            if (!verdict.run) {
              ignoredChange(channel, verdict.reason);
              span.set({ 'bot.outcome': 'ignored' });
              return count('ignored');
            }
          }
          // "It works now" is relayed to the person helping and, from the requester, closes the case too.
          if ((await relayed(channel, input)) && !(await closesCase(slot, input))) {
            await rememberRelayed(channel, slot, input);
            span.set({ 'bot.outcome': 'relayed' });
            return count('relayed');
          }
          const out = await handle(channel, slot, input);
          const locale = replyLocale(out);
          span.set({ 'bot.outcome': 'answered', 'bot.stage': out.state.stage, 'bot.locale': locale });
          const fromEffects = await applyAll(channel, out);
          const replies = [...notices, ...out.replies];
          const mine = replies.filter((r) => r.kind === 'text' && r.privately);
          const everyone = replies.filter((r) => !mine.includes(r));
          if (everyone.length > 0) await channel.send(everyone, locale);
          if (mine.length > 0) await (channel.sendPrivately ?? channel.send)(mine, locale);
          if (fromEffects.length > 0) await channel.send(fromEffects, locale);
          count('answered');
        } catch (error) {
          span.set({ 'bot.outcome': 'failed' });
          count('failed');
          throw error;
        }
      });
    });
  }

  return {
    run: (channel, input, notices = []) => runQueued(channel, input, notices),
    async messageChanged(channel, change, notices = []) {
      // Decided without the queue when the change alone says so (a deletion, the bot's own edit).
      const verdict = judgeMessageChange(change, undefined);
      if (!verdict.run && verdict.reason !== 'not-latest') return ignoredChange(channel, verdict.reason);
      if (change.kind !== 'edited') return;
      const edited = { ...channel, messageId: change.messageId };
      await runQueued(edited, { kind: 'text', text: change.text }, notices, change);
    },
    async agentMessage(message, send) {
      if (!escalation) return false;
      if (await escalation.relayFromAgent(message.threadKey, message.agent, message.text)) return true;
      const explained = (await escalation.explainUnrelayed?.(message.threadKey, message.locale)) ?? [];
      if (explained.length === 0) return false;
      await send(explained, message.locale);
      return true;
    },
    async caseAction(action, actor, locale, send) {
      if (!escalation) {
        logger.warn('case-action-without-escalation', { action: action.type });
        return false;
      }
      const replies = await escalation.handleAction(action, actor, locale);
      if (replies.length > 0) await send(replies, locale);
      return true;
    },
    async load(key) {
      try {
        return (await store.read([key]))[key];
      } catch (error) {
        throw new StorageUnavailableError('storage-unavailable', 'Reading conversation state failed', {
          cause: error,
        });
      }
    },
    idle: () => queue.idle(),
  };
}

/** The language a turn's replies are written in: its sender's (see speaker-language.ts). */
export function replyLocale(out: TurnOutput): Locale {
  return out.locale ?? out.state.locale;
}

/** A stored state this release can read (an older or broken document starts the conversation afresh). */
export function isConversationState(value: unknown): value is ConversationState {
  const s = value as Partial<ConversationState> | undefined;
  return !!s && s.version === 1 && typeof s.stage === 'string' && typeof s.locale === 'string' && !!s.answers;
}
