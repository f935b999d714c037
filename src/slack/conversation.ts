import type { webApi } from '@slack/bolt';
import { BusyError, type WorkLimiter } from '../core/async/work-limiter.ts';
import { judgeMessageChange, type MessageChange } from '../core/conversation/message-changes.ts';
import { createQuestionCards } from '../core/conversation/question-cards.ts';
import { knownLanguage } from '../core/conversation/speaker-language.ts';
import type {
  ConversationEngine,
  ConversationState,
  TurnInput,
  TurnOutput,
} from '../core/conversation/turn.ts';
import {
  createDocumentSlot,
  createTurnRunner,
  isConversationState,
  replyLocale,
  StorageUnavailableError,
  type TurnChannel,
  type TurnRunner,
} from '../core/conversation/turn-runner.ts';
import type { EscalationPort, Requester } from '../core/escalation/port.ts';
import type { QuestionId } from '../core/interview/questions.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import { isLocale } from '../core/locale.ts';
import type { Clock } from '../core/ports/clock.ts';
import type { DocumentStore, StoredItem } from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { isOpenQuestion, type Reply, replacesQuestionCard } from '../core/reply/reply.ts';
import { conversationKey, type SlackAddress, userPrefsKey } from './address.ts';
import type { Delivery } from './delivery.ts';
import { addSlackButtons } from './extras.ts';
import { packMessages, type RenderBlocks, type SlackMessage } from './message.ts';
import type { SlackUser } from './user-directory.ts';

/** What is stored per conversation: the engine's state and the last resolution cards (for "Share in channel"). */
export type ConversationDoc = StoredItem & { state: ConversationState; cards?: Record<string, SlackMessage> };
type UserPrefsDoc = StoredItem & { locale?: Locale };

const MAX_SAVED_CARDS = 5;

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
  /** The turn runner shared with the other channels; one is made when none is given. */
  turns?: TurnRunner;
  /** Bounds the turns worked on at once (shared with Teams); without it each turn starts at once. */
  work?: WorkLimiter | undefined;
};

export type TurnRequest = {
  client: webApi.WebClient;
  to: SlackAddress;
  user: SlackUser;
  input: TurnInput;
  /** Said before the engine's replies (what was read from a screenshot). */
  notices?: Reply[];
  /** The ts of the message typed this turn: its later edit is answered only while it is the latest. */
  messageTs?: string;
  /** The pressed button's response_url: a word for the presser alone goes there. */
  responseUrl?: string;
};

/** A message in the conversation edited or deleted; the shared runner decides whether it counts. */
export type ChangeRequest = Omit<TurnRequest, 'input' | 'notices' | 'messageTs' | 'responseUrl'> & {
  change: MessageChange;
};

export type ConversationRunner = {
  /** One user turn through the shared turn runner, answered where it was asked. */
  run(req: TurnRequest): Promise<void>;
  /** An edited or deleted message: an edit of the latest one is answered as a new turn. */
  changed(req: ChangeRequest): Promise<void>;
  /** The shared turn runner (agent relays, case buttons). */
  turns: TurnRunner;
  /** Whether a message in a shared thread, not addressed to the bot, continues its conversation there. */
  followsUp(state: ConversationState, text: string, userId: string): boolean;
  /** The stored conversation (modal prefill, sharing a card). */
  load(to: SlackAddress): Promise<ConversationDoc | undefined>;
  /** The language to talk to this user in when no conversation says otherwise. */
  localeFor(to: SlackAddress, user: SlackUser): Promise<Locale>;
  /**
   * The stored conversation and the language already known for it from storage alone, without asking
   * Slack: one the user chose, else the one the conversation last spoke; none for a newcomer.
   */
  /**
   * The conversation's document and the language known for the user without asking Slack; `chosen` when
   * the user chose it or wrote in it (else it is their Slack language as of their last message).
   */
  recall(
    to: SlackAddress,
  ): Promise<{ doc?: ConversationDoc | undefined; locale?: Locale | undefined; chosen?: boolean }>;
  /** Renders replies for an address the way a turn would (escalation answers, relayed notices). */
  deliverReplies(client: webApi.WebClient, to: SlackAddress, replies: Reply[], locale: Locale): Promise<void>;
  requester(to: SlackAddress, user: SlackUser, locale: Locale): Requester;
};

/** What delivery needs to know of the turn: the conversation, and whether a button was pressed. */
type DeliveryTurn = { key?: string; pressed: boolean };

export function createConversationRunner(deps: ConversationRunnerDeps): ConversationRunner {
  const { translator, render, delivery } = deps;
  const questionCards = createQuestionCards(deps.store, deps.logger);
  const turns =
    deps.turns ??
    createTurnRunner({
      engine: deps.engine,
      store: deps.store,
      translator,
      logger: deps.logger,
      clock: deps.clock,
      escalation: deps.escalation,
    });

  async function read(keys: string[]) {
    try {
      return await deps.store.read(keys);
    } catch (err) {
      throw new StorageUnavailableError('storage-unavailable', 'Reading conversation state failed', {
        cause: err,
      });
    }
  }

  async function localeFor(to: SlackAddress, user: SlackUser): Promise<Locale> {
    const items = await read([userPrefsKey(to.teamId, to.userId)]);
    const prefs = items[userPrefsKey(to.teamId, to.userId)] as UserPrefsDoc | undefined;
    return (isLocale(prefs?.locale) ? prefs.locale : undefined) ?? user.locale ?? deps.defaultLocale;
  }

  async function recall(to: SlackAddress) {
    const key = conversationKey(to);
    const prefsKey = userPrefsKey(to.teamId, to.userId);
    const items = await read([key, prefsKey]);
    const doc = items[key] as ConversationDoc | undefined;
    const state = isConversationState(doc?.state) ? doc.state : undefined;
    const chosen = (items[prefsKey] as UserPrefsDoc | undefined)?.locale;
    // In a shared thread each person has their own language.
    const own = knownLanguage(state, to.userId);
    const spoken = isLocale(own?.locale) ? own.locale : undefined;
    const explicit = own?.localeExplicit ? spoken : undefined;
    const locale = explicit ?? (isLocale(chosen) ? chosen : spoken);
    return { doc, locale, chosen: !!explicit || isLocale(chosen) };
  }

  /** Each reply is rendered once per turn: the same message is posted and kept for "Share in channel". */
  function renderer(to: SlackAddress) {
    const rendered = new WeakMap<Reply, SlackMessage>();
    return (reply: Reply, locale: Locale): SlackMessage => {
      const t = translator.forLocale(locale);
      const message = rendered.get(reply) ?? addSlackButtons(reply, render(reply, t), to, t);
      rendered.set(reply, message);
      return message;
    };
  }

  function requester(to: SlackAddress, user: SlackUser, locale: Locale): Requester {
    return {
      channel: 'slack',
      userId: to.userId,
      userName: user.name,
      locale,
      conversationKey: conversationKey(to),
      address: to,
      // In an Enterprise Grid org a user id is the same in every workspace of the org.
      ...(to.enterpriseId ? {} : { home: { teamId: to.teamId } }),
    };
  }

  /**
   * The message holding the card that asked `question`: the one whose button was pressed, else (typed
   * answer) the card remembered for this conversation. A slash command's answers are ephemeral and have
   * no ts, so a typed answer there leaves its card as it is.
   */
  async function questionCardOf(to: SlackAddress, question: QuestionId, turn: DeliveryTurn) {
    if (turn.pressed) return to;
    if (to.mode === 'ephemeral' || !turn.key) return undefined;
    const ts = await questionCards.find(turn.key, question);
    return ts ? { ...to, pressedTs: ts } : undefined;
  }

  async function deliverReplies(
    client: webApi.WebClient,
    to: SlackAddress,
    replies: Reply[],
    locale: Locale,
    renderOne = renderer(to),
    turn: DeliveryTurn = { pressed: true },
  ) {
    if (replies.length === 0) return;
    // An answered question takes the place of the card that asked it; the rest are posted.
    for (const reply of replies.filter(replacesQuestionCard)) {
      const card = await questionCardOf(to, reply.question, turn);
      if (card) await delivery.replace(client, card, renderOne(reply, locale));
    }
    // An open question is a message of its own, so that rewriting it once answered touches nothing else.
    const messages: SlackMessage[] = [];
    const asked: { at: number; question: QuestionId }[] = [];
    let run: SlackMessage[] = [];
    const flush = () => {
      messages.push(...packMessages(run));
      run = [];
    };
    const fresh: Reply[] = replies.filter((r) => !replacesQuestionCard(r));
    for (const reply of fresh) {
      if (isOpenQuestion(reply)) {
        flush();
        asked.push({ at: messages.length, question: reply.question });
      }
      run.push(renderOne(reply, locale));
      if (isOpenQuestion(reply)) flush();
    }
    flush();
    if (messages.length === 0) return;
    const sent = await delivery.send(client, to, messages);
    const last = asked.at(-1);
    const ts = last && sent[last.at];
    if (last && ts && turn.key) await questionCards.remember(turn.key, last.question, ts);
  }

  /** The conversation's document keeps the last resolution cards beside the state, for "Share in channel". */
  function keepCards(renderOne: ReturnType<typeof renderer>) {
    return (previous: StoredItem | undefined, out: TurnOutput) => {
      const cards: Record<string, SlackMessage> = {};
      for (const reply of out.replies) {
        // Every reply is rendered here, in order (the send reuses them); the cards are kept.
        const message = renderOne(reply, replyLocale(out));
        if (reply.kind === 'resolution') cards[reply.entryId] = message;
      }
      const before = (previous as ConversationDoc | undefined)?.cards;
      return { cards: Object.fromEntries(Object.entries({ ...before, ...cards }).slice(-MAX_SAVED_CARDS)) };
    };
  }

  function channelOf(req: TurnRequest, clientLocale: Locale): TurnChannel {
    const key = conversationKey(req.to);
    const renderOne = renderer(req.to);
    return {
      key,
      clientLocale,
      requester: (locale) => requester(req.to, req.user, locale),
      send: (replies, locale) =>
        deliverReplies(req.client, req.to, replies, locale, renderOne, {
          key,
          pressed: req.input.kind === 'action',
        }),
      // In a channel thread others read along: a word for the one who acted is ephemeral.
      ...(req.to.mode === 'thread'
        ? {
            sendPrivately: (replies: Reply[], locale: Locale) =>
              deliverReplies(
                req.client,
                { ...req.to, mode: 'ephemeral', responseUrl: req.responseUrl },
                replies,
                locale,
                renderOne,
              ),
          }
        : {}),
      state: createDocumentSlot(deps.store, key, keepCards(renderOne)),
      async rememberLocale(locale) {
        await deps.store.write({ [userPrefsKey(req.to.teamId, req.to.userId)]: { locale } });
      },
      logFields: { team: req.to.teamId, channel: req.to.channelId },
      ...(req.messageTs ? { messageId: req.messageTs } : {}),
    };
  }

  /** A turn within the shared bound; refused at capacity, the user hears "busy" and sends it again. */
  async function bounded(req: Omit<TurnRequest, 'input'>, locale: Locale, turn: () => Promise<void>) {
    try {
      // One person's share of the work is counted within their workspace.
      await (deps.work ? deps.work.run(turn, `slack/${req.to.teamId}/${req.to.userId}`) : turn());
    } catch (err) {
      if (!(err instanceof BusyError)) throw err;
      // Refused before the state was read: nothing is half done.
      deps.logger.warn('turn.busy', {
        team: req.to.teamId,
        channel: req.to.channelId,
        reason: err.reason,
        ...deps.work?.load(),
      });
      // A sender refused moments ago was told then: a flood of messages gets one "busy", not one each.
      if (err.told) return;
      const text = translator.forLocale(locale)('common:busy');
      await deliverReplies(req.client, req.to, [{ kind: 'text', tone: 'warning', text }], locale);
    }
  }

  return {
    localeFor,
    recall,
    deliverReplies,
    requester,
    followsUp: (state, text, userId) =>
      deps.engine.followsUp?.(state, text, userId) ??
      ['asking', 'choosing-entry', 'escalated'].includes(state.stage),
    async load(to) {
      return (await turns.load(conversationKey(to))) as ConversationDoc | undefined;
    },
    async changed(req) {
      const input: TurnInput = { kind: 'text', text: req.change.kind === 'edited' ? req.change.text : '' };
      const locale = await localeFor(req.to, req.user);
      const turn = () => turns.messageChanged(channelOf({ ...req, input }, locale), req.change);
      // A deletion or the bot's own edit is let go at once (a debug line), whatever the load.
      const verdict = judgeMessageChange(req.change, undefined);
      if (!verdict.run && verdict.reason !== 'not-latest') return turn();
      // An edit that may be answered is a message typed again: at capacity it hears "busy" like one.
      await bounded(req, locale, turn);
    },
    async run(req) {
      const locale = await localeFor(req.to, req.user);
      await bounded(req, locale, () => turns.run(channelOf(req, locale), req.input, req.notices));
    },
    turns,
  };
}
