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
  /**
   * The Slack workspace or the Teams tenant the requester wrote from: an answer to "is it solved?" from
   * another one is not theirs, whatever user id it carries.
   */
  home?: { teamId?: string | undefined; tenantId?: string | undefined };
};

/**
 * Where an actor pressed a button or wrote, as the adapter read it from the platform's request. The
 * escalation service decides from it who may act: adapters describe, they do not authorize.
 */
export type ActorPlace = {
  /** The conversation the action came from (same key as `Requester.conversationKey`). */
  conversationKey: string;
  /** Slack channel id, or the Teams channel id (`channelData.channel.id`); none in a personal chat. */
  channelId?: string | undefined;
  /** Slack workspace, or the Teams team (`channelData.team.id`). */
  teamId?: string | undefined;
  tenantId?: string | undefined;
};

/** Someone in the support channel who claimed or resolved a case (stored with the case). */
export type Agent = { channel: 'teams' | 'slack'; userId: string; userName: string };

/**
 * Someone pressing Claim / Resolve, writing in a case thread, or answering "is it solved?", and where.
 * Only the support channel may claim, resolve and relay; only the requester may answer.
 */
export type Actor = Agent & { where: ActorPlace };

/** The configured support channel of one platform; an actor must be there to claim, resolve or relay. */
export type SupportPlace = { channelId: string; teamId?: string | undefined; tenantId?: string | undefined };

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
  handleAction(action: CaseAction, actor: Actor, actorLocale: Locale): Promise<Reply[]>;
  /** An agent wrote in a case thread; relays it to the user when the thread belongs to a claimed case. */
  relayFromAgent(threadKey: string, agent: Actor, text: string): Promise<boolean>;
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
  /**
   * "This fixed it" pressed on the card of entry `entryId`: when the conversation's open or claimed case
   * was opened with that card, it is closed as solved by the requester, noted in its thread and on its
   * card. Without `entryId` (the requester typed "it works now" after the hand-off) any open or claimed
   * case of the conversation closes so. Only the requester of that case may; anyone else changes nothing.
   * Empty when there is no such case.
   */
  solvedByRequester?(requester: Requester, entryId?: string): Promise<Reply[]>;
};
