import type { EscalationTrigger, ShownEntry, TranscriptLine } from '../conversation/turn.ts';
import type { Answers } from '../interview/questions.ts';
import type { Agent, Requester } from './port.ts';

export type CaseStatus = 'open' | 'claimed' | 'resolved';
export type SupportChannel = 'slack' | 'teams';
export const supportChannels: readonly SupportChannel[] = ['slack', 'teams'];

/** A message relayed between the requester and an agent while the case is claimed. */
export type CaseMessage = { from: 'user' | 'agent'; name: string; text: string; at: string };

/**
 * Where the case card was posted in a support channel. `threadKey` is what the adapter computes
 * for a message in that thread (Slack `caseThreadKey`, the Teams thread's conversation id); `ref` is the platform's own
 * address of the card (Slack channel + ts, Teams conversation + activity id).
 */
export type SupportPost = {
  channel: SupportChannel;
  threadKey: string;
  ref: Record<string, string>;
  /**
   * The support channel the card is in. Claim and resolve count only from there: a support channel of
   * another workspace is a support channel too, but not this case's. Absent on posts stored before.
   */
  channelId?: string;
};

/** What the outbox can send. The requester's notices are rendered from the case at send time. */
export type UserNoticeKind = 'claimed' | 'agent-message' | 'resolved' | 'undeliverable';

export type NotificationKind =
  /** The case card in a support channel. */
  | 'post'
  /** The card rewritten in place (claim, resolve, satisfaction); coalesced: one pending at a time. */
  | 'update'
  /** A requester message relayed into the case thread, or a note there. */
  | 'thread'
  /** The one reminder for an unclaimed case. */
  | 'remind'
  | 'webhook'
  /** Bot Framework `handoff.initiate` event in the requester's Teams conversation. */
  | 'handoff'
  | 'user';

export type Notification = {
  /** Unique within the case: the idempotency key (`post:slack`, `thread:teams:3`, `user:claimed`…). */
  key: string;
  kind: NotificationKind;
  target?: SupportChannel;
  /** For `thread` and `user:agent-message`: the index in `Case.messages`; for notes: the note text key. */
  messageIndex?: number;
  note?: CaseNote;
  notice?: UserNoticeKind;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  createdAt: string;
  nextAttemptAt?: string;
  sentAt?: string;
  /** Error code of the last failure (never message text). */
  error?: string;
  /** For `update`: the card revision last delivered. */
  sentRevision?: number;
  /** For `post`: set before the first send, so a restart knows the card may already be out. */
  startedAt?: string;
  /**
   * The instance sending this notification now, until when. Nobody else sends it meanwhile; if that
   * instance dies, the lease runs out and another takes the notification over.
   */
  lease?: { owner: string; until: string };
};

/** Bot-written lines in the case thread. */
export type CaseNote = 'satisfied' | 'not-satisfied' | 'user-unreachable' | 'requester-solved';

/** Everything a person needs to take over; stored before anything is sent. */
export type Case = {
  version: 1;
  id: string;
  status: CaseStatus;
  trigger: EscalationTrigger;
  requester: Requester;
  answers: Answers;
  /** Entries shown as cards, with scores and the user's verdict. */
  shown: ShownEntry[];
  /** Entry ids the user marked "didn't help". */
  notHelped: string[];
  /** The last messages before the escalation. */
  transcript: TranscriptLine[];
  /** Messages relayed since the escalation. */
  messages: CaseMessage[];
  assignee?: Agent;
  resolvedBy?: Agent;
  createdAt: string;
  updatedAt: string;
  claimedAt?: string;
  resolvedAt?: string;
  /** Since when the case waits for someone to claim it (opening, or reopening by the user). */
  openSince: string;
  /** Set when the one reminder was queued. */
  remindedAt?: string;
  /** Bumped when what the card shows changes, so a card update sent from an older read is sent again. */
  cardRevision: number;
  satisfaction?: { solved: boolean; at: string };
  /** The requester closed it ("This fixed it" after the hand-off); `resolvedBy` is then the requester. */
  solvedByRequester?: boolean;
  posts: Partial<Record<SupportChannel, SupportPost>>;
  outbox: Notification[];
};

export const caseIdPrefix = 'ENR-';
export const firstCaseNumber = 1001;

export function formatCaseId(n: number): string {
  return `${caseIdPrefix}${n}`;
}

export function isCase(value: unknown): value is Case {
  if (!value || typeof value !== 'object') return false;
  const c = value as Partial<Case>;
  return c.version === 1 && typeof c.id === 'string' && Array.isArray(c.outbox) && !!c.requester;
}

/** Cases and mappings live under these keys in the shared DocumentStore. */
export const storageKeys = {
  counter: 'escalation/counter',
  /** Ids of cases with work left: not resolved, or something in the outbox not yet sent. */
  active: 'escalation/active',
  case: (id: string) => `escalation/case/${id}`,
  conversation: (conversationKey: string) => `escalation/conversation/${conversationKey}`,
  thread: (threadKey: string) => `escalation/thread/${threadKey}`,
  /** The cases one person opened that may still be open (see `reserveForRequester`). */
  requester: (requesterKey: string) => `escalation/requester/${requesterKey}`,
};

export function hasWorkLeft(c: Case): boolean {
  return c.status !== 'resolved' || c.outbox.some((n) => n.status === 'pending');
}
