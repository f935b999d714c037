import type { webApi } from '@slack/bolt';
import type { ConversationEngine, ConversationState, Effect, TurnInput } from '../core/conversation/turn.ts';
import type { EscalationPort, Requester } from '../core/escalation/port.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import { isLocale } from '../core/locale.ts';
import type { Clock } from '../core/ports/clock.ts';
import { type DocumentStore, ETagConflictError, type StoredItem } from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import type { Reply } from '../core/reply/reply.ts';
import { conversationKey, type SlackAddress, userPrefsKey } from './address.ts';
import type { Delivery } from './delivery.ts';
import { SlackAdapterError } from './errors.ts';
import { addSlackButtons } from './extras.ts';
import { packMessages, type RenderBlocks, type SlackMessage } from './message.ts';
import type { SlackUser } from './user-directory.ts';

/** What is stored per conversation: the engine's state and the last resolution cards (for "Share in channel"). */
export type ConversationDoc = StoredItem & { state: ConversationState; cards?: Record<string, SlackMessage> };
type UserPrefsDoc = StoredItem & { locale?: Locale };

const MAX_SAVED_CARDS = 5;
const MAX_WRITE_ATTEMPTS = 3;

export type ConversationRunnerDeps = {
  engine: ConversationEngine;
  store: DocumentStore;
  translator: Translator;
  render: RenderBlocks;
  delivery: Delivery;
  logger: Logger;
  clock: Clock;
  defaultLocale: Locale;
  escalation?: EscalationPort | undefined;
};

export type TurnRequest = {
  client: webApi.WebClient;
  to: SlackAddress;
  user: SlackUser;
  input: TurnInput;
};

export type ConversationRunner = {
  /** One user turn: load state, run the engine, store, post the replies, then carry out the effects. */
  run(req: TurnRequest): Promise<void>;
  /** The stored conversation (modal prefill, sharing a card). */
  load(to: SlackAddress): Promise<ConversationDoc | undefined>;
  /** The language to talk to this user in when no conversation says otherwise. */
  localeFor(to: SlackAddress, user: SlackUser): Promise<Locale>;
  /** Renders replies for an address the way a turn would (escalation answers, relayed notices). */
  deliverReplies(client: webApi.WebClient, to: SlackAddress, replies: Reply[], locale: Locale): Promise<void>;
  requester(to: SlackAddress, user: SlackUser, locale: Locale): Requester;
};

export function createConversationRunner(deps: ConversationRunnerDeps): ConversationRunner {
  const { engine, store, translator, render, delivery, logger, clock } = deps;
  // Turns of one conversation run one after another in this process (double clicks, fast typing);
  // the eTag check covers a second process.
  const queues = new Map<string, Promise<unknown>>();

  function serialize<T>(key: string, work: () => Promise<T>): Promise<T> {
    const prev = queues.get(key) ?? Promise.resolve();
    const next = prev.then(work, work);
    const tail = next.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return next;
  }

  async function read(keys: string[]) {
    try {
      return await store.read(keys);
    } catch (err) {
      throw new SlackAdapterError('storage-unavailable', 'Reading conversation state failed', { cause: err });
    }
  }

  async function localeFor(to: SlackAddress, user: SlackUser): Promise<Locale> {
    const items = await read([userPrefsKey(to.teamId, to.userId)]);
    const prefs = items[userPrefsKey(to.teamId, to.userId)] as UserPrefsDoc | undefined;
    return (isLocale(prefs?.locale) ? prefs.locale : undefined) ?? user.locale ?? deps.defaultLocale;
  }

  function renderAll(replies: Reply[], to: SlackAddress, locale: Locale) {
    const t = translator.forLocale(locale);
    const cards: Record<string, SlackMessage> = {};
    const messages = replies.map((reply) => {
      const message = addSlackButtons(reply, render(reply, t), to, t);
      if (reply.kind === 'resolution') cards[reply.entryId] = message;
      return message;
    });
    return { messages: packMessages(messages), cards };
  }

  function requester(to: SlackAddress, user: SlackUser, locale: Locale): Requester {
    return {
      channel: 'slack',
      userId: to.userId,
      userName: user.name,
      locale,
      conversationKey: conversationKey(to),
      address: to,
    };
  }

  async function turn(req: TurnRequest) {
    const key = conversationKey(req.to);
    const clientLocale = await localeFor(req.to, req.user);
    for (let attempt = 1; ; attempt++) {
      const doc = (await read([key]))[key] as ConversationDoc | undefined;
      const state = doc?.state ?? engine.initialState(clientLocale);
      const out = engine.handle(state, req.input, { clientLocale, now: clock.now().toISOString() });
      const { messages, cards } = renderAll(out.replies, req.to, out.state.locale);
      const kept = Object.entries({ ...doc?.cards, ...cards }).slice(-MAX_SAVED_CARDS);
      const next: ConversationDoc = { state: out.state, cards: Object.fromEntries(kept) };
      if (doc?.eTag) next.eTag = doc.eTag;
      try {
        await store.write({ [key]: next });
      } catch (err) {
        if (err instanceof ETagConflictError && attempt < MAX_WRITE_ATTEMPTS) continue;
        throw new SlackAdapterError('storage-unavailable', 'Writing conversation state failed', {
          cause: err,
        });
      }
      return { out, messages };
    }
  }

  async function deliverReplies(
    client: webApi.WebClient,
    to: SlackAddress,
    replies: Reply[],
    locale: Locale,
  ) {
    if (replies.length === 0) return;
    await delivery.send(client, to, renderAll(replies, to, locale).messages);
  }

  async function runEffect(req: TurnRequest, effect: Effect, locale: Locale) {
    switch (effect.kind) {
      case 'feedback':
        logger.info('slack.feedback', { entry: effect.entryId, verdict: effect.verdict });
        return;
      case 'locale-chosen':
        await store.write({ [userPrefsKey(req.to.teamId, req.to.userId)]: { locale: effect.locale } });
        return;
      case 'case-details': {
        const replies = await deps.escalation?.addDetails?.(effect, requester(req.to, req.user, locale));
        if (replies?.length) await deliverReplies(req.client, req.to, replies, effect.locale);
        return;
      }
      case 'escalate': {
        if (!deps.escalation) {
          const text = translator.forLocale(effect.locale)('slack:escalation.unavailable');
          logger.warn('slack.escalation-not-wired', { trigger: effect.trigger });
          await deliverReplies(req.client, req.to, [{ kind: 'text', text, tone: 'warning' }], effect.locale);
          return;
        }
        const replies = await deps.escalation.open(effect, requester(req.to, req.user, locale));
        await deliverReplies(req.client, req.to, replies, effect.locale);
        return;
      }
    }
  }

  return {
    localeFor,
    deliverReplies,
    requester,
    async load(to) {
      const key = conversationKey(to);
      return (await read([key]))[key] as ConversationDoc | undefined;
    },
    run(req) {
      return serialize(conversationKey(req.to), async () => {
        const { out, messages } = await turn(req);
        await delivery.send(req.client, req.to, messages);
        for (const effect of out.effects) {
          try {
            await runEffect(req, effect, out.state.locale);
          } catch (err) {
            // The user already has the answer; a failed side effect must not turn into an error message.
            logger.error('slack.effect-failed', { effect: effect.kind, error: String((err as Error)?.name) });
            if (effect.kind === 'escalate') throw err;
          }
        }
      });
    },
  };
}
