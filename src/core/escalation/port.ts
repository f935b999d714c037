import type { Effect } from '../conversation/turn.ts';
import type { Locale } from '../knowledge/entry.ts';
import type { ActionPayload } from '../reply/actions.ts';
import type { Reply } from '../reply/reply.ts';

/** Who asked for help, and how to reach them again (a Teams ConversationReference or a Slack channel/thread). */
export type Requester = {
  channel: 'teams' | 'slack';
  userId: string;
  userName: string;
  locale: Locale;
  /** Key of the conversation the user talks to the bot in (used to route relayed messages). */
  conversationKey: string;
  /** Channel-specific address, stored with the case so the bot can message the user proactively. */
  address: unknown;
};

/** Someone in the support channel pressing Claim / Resolve or writing in a case thread. */
export type Agent = { channel: 'teams' | 'slack'; userId: string; userName: string };

export type EscalateEffect = Extract<Effect, { kind: 'escalate' }>;
export type CaseDetailsEffect = Extract<Effect, { kind: 'case-details' }>;
export type CaseAction = Extract<ActionPayload, { type: 'case-claim' | 'case-resolve' | 'case-satisfied' }>;

/**
 * What the Teams and Slack adapters need from escalation. Adapters call it; the escalation module
 * implements it (cases, outbox, notifiers). Every method stores before it sends anything.
 */
export type EscalationPort = {
  /** Stores a case for the effect and queues the support-channel post; returns what to tell the user. */
  open(effect: EscalateEffect, requester: Requester): Promise<Reply[]>;
  /**
   * A user message while their case is claimed goes to the agent instead of the bot.
   * Returns true when it was relayed (the adapter then does not run the conversation engine).
   */
  relayFromUser(requester: Requester, text: string): Promise<boolean>;
  /** A case button pressed (by an agent in the support channel, or by the user for case-satisfied). */
  handleAction(action: CaseAction, actor: Agent, actorLocale: Locale): Promise<Reply[]>;
  /** An agent wrote in a case thread; relays it to the user when the thread belongs to a claimed case. */
  relayFromAgent(threadKey: string, agent: Agent, text: string): Promise<boolean>;
  /**
   * When relayFromAgent returned false: what to tell the agent if the thread is a case thread
   * ("claim it first", "it is resolved"); empty for any other thread, which adapters treat as usual.
   */
  explainUnrelayed?(threadKey: string, agentLocale: Locale): Promise<Reply[]>;
  /**
   * Answers the user gave after the hand-off: added to the conversation's open or claimed case, whose card
   * is then rewritten in place. Optional so that a minimal implementation can ignore them.
   */
  addDetails?(details: CaseDetailsEffect, requester: Requester): Promise<Reply[]>;
};
