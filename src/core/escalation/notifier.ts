import type { Locale } from '../knowledge/entry.ts';
import type { ReplyAction } from '../reply/reply.ts';
import type { Case, CaseStatus, SupportChannel, SupportPost } from './case.ts';
import type { Requester } from './port.ts';

/**
 * The case as a support agent sees it, every label already in the support channel's language.
 * Values the requester wrote (error text, name, transcript) are raw: renderers escape them.
 */
export type CaseCard = {
  caseId: string;
  status: CaseStatus;
  heading: string;
  /** "Open: nobody has it yet" / "Claimed by Ana" / "Resolved by Ana". */
  statusText: string;
  /** The error the user pasted (or the trigger when there is none). */
  summary: string;
  facts: { label: string; value: string }[];
  answersTitle: string;
  answers: { label: string; value: string }[];
  triedTitle: string;
  /** Entries shown to the user and what they said about each. */
  tried: string[];
  transcriptTitle: string;
  transcript: { who: string; text: string }[];
  /** Claim while open, Resolve until resolved; none once resolved. */
  actions: ReplyAction[];
  /** Plain text for notifications, screen readers and clients that cannot show the card. */
  fallbackText: string;
};

/** A line in the case thread (relayed requester message, reminder, note), already labelled. */
export type ThreadMessage = { author?: string; text: string; broadcast?: boolean };

/** A message to the requester in their own conversation with the bot, in their language. */
export type UserNotice = { text: string; author?: string; actions?: ReplyAction[] };

/**
 * Posts and maintains case cards in a support channel (Slack channel or Teams channel). The requester
 * tells a notifier that serves several workspaces which one's support channel gets the card.
 */
export type SupportNotifier = {
  readonly channel: SupportChannel;
  post(card: CaseCard, requester: Requester): Promise<SupportPost>;
  update(post: SupportPost, card: CaseCard): Promise<void>;
  reply(post: SupportPost, message: ThreadMessage): Promise<void>;
  /**
   * Looks for a card already posted for this case. Used before posting again when an earlier
   * attempt may have reached the platform (a timeout, or a restart in the middle of a send), so a
   * lost response does not turn into a second card.
   */
  find?(caseId: string, requester: Requester): Promise<SupportPost | undefined>;
  /**
   * The language the support channel that gets this requester's case reads, when it has its own (a
   * Slack workspace's setting); undefined means the deployment's support language.
   */
  locale?(requester: Requester): Promise<Locale | undefined>;
};

/** Messages the requester proactively on the platform they came from. */
export type UserNotifier = {
  readonly channel: Requester['channel'];
  /**
   * Returns the conversation the notice landed in when it differs from the requester's
   * (a Slack slash command is answered in the app's DM): the relay then listens there too.
   */
  send(requester: Requester, notice: UserNotice): Promise<{ conversationKey?: string } | undefined>;
};

/** The case as JSON for a ticket system (ESCALATION_WEBHOOK_URL). */
export type CaseWebhook = { send(payload: CaseWebhookPayload, idempotencyKey: string): Promise<void> };
export type CaseWebhookPayload = { event: 'case.opened'; case: Omit<Case, 'outbox'> };

/** Bot Framework handoff protocol: `handoff.initiate` with the transcript, into the requester's conversation. */
export type HandoffNotifier = { initiate(c: Case): Promise<void> };
