import type { SupportPlaces } from '../../../../src/core/escalation/authorization.ts';
import type { Case, SupportChannel, SupportPost } from '../../../../src/core/escalation/case.ts';
import { DeliveryError } from '../../../../src/core/escalation/errors.ts';
import type {
  CaseCard,
  SupportNotifier,
  ThreadMessage,
  UserNotice,
  UserNotifier,
} from '../../../../src/core/escalation/notifier.ts';
import type { Actor, Agent, EscalateEffect, Requester } from '../../../../src/core/escalation/port.ts';
import type { Clock } from '../../../../src/core/ports/clock.ts';
import type { LogFields, Logger } from '../../../../src/core/ports/logger.ts';

/** A clock the test moves by hand. */
export function manualClock(start = '2026-11-22T02:00:00.000Z'): Clock & { advance(minutes: number): void } {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    advance(minutes) {
      now = new Date(now.getTime() + minutes * 60_000);
    },
  };
}

export type LogLine = { level: string; msg: string; fields: LogFields | undefined };
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: string) => (msg: string, fields?: LogFields) => lines.push({ level, msg, fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A support channel that records what it was asked to do; `failNext` scripts failures. */
export function fakeSupport(channel: SupportChannel) {
  const posts: CaseCard[] = [];
  const updates: { post: SupportPost; card: CaseCard }[] = [];
  const replies: { post: SupportPost; message: ThreadMessage }[] = [];
  const failures: Error[] = [];
  let seq = 0;
  const maybeFail = () => {
    const next = failures.shift();
    if (next) throw next;
  };
  const notifier: SupportNotifier = {
    channel,
    async post(card) {
      maybeFail();
      posts.push(card);
      seq++;
      return { channel, threadKey: `${channel}:thread-${seq}`, ref: { id: `msg-${seq}` } };
    },
    async update(post, card) {
      maybeFail();
      updates.push({ post, card });
    },
    async reply(post, message) {
      maybeFail();
      replies.push({ post, message });
    },
  };
  return { notifier, posts, updates, replies, failNext: (...errors: Error[]) => failures.push(...errors) };
}

export function fakeUsers(channel: Requester['channel']) {
  const sent: { requester: Requester; notice: UserNotice }[] = [];
  const notifier: UserNotifier = {
    channel,
    async send(requester, notice) {
      sent.push({ requester, notice });
      return undefined;
    },
  };
  return { notifier, sent };
}

export const rateLimited = (seconds: number) =>
  new DeliveryError('rate-limited', { retryAfterMs: seconds * 1000 });
export const serverError = () => new DeliveryError('unavailable');

export function aRequester(overrides: Partial<Requester> = {}): Requester {
  return {
    channel: 'teams',
    userId: '29:user-1',
    userName: 'Alex Wilber',
    locale: 'en',
    conversationKey: 'teams:a:conv-1',
    address: { conversation: { id: 'a:conv-1' } },
    ...overrides,
  };
}

/** An open case, as stored, with nothing shown or said yet. */
export function aCase(overrides: Partial<Case> = {}): Case {
  return {
    version: 1,
    id: 'ENR-1001',
    status: 'open',
    trigger: 'no-match',
    requester: aRequester(),
    answers: {},
    shown: [],
    notHelped: [],
    transcript: [],
    messages: [],
    createdAt: '2026-11-22T02:00:00.000Z',
    updatedAt: '2026-11-22T02:00:00.000Z',
    openSince: '2026-11-22T02:00:00.000Z',
    cardRevision: 1,
    posts: {},
    outbox: [],
    ...overrides,
  };
}

export function anEffect(overrides: Partial<EscalateEffect> = {}): EscalateEffect {
  return {
    kind: 'escalate',
    trigger: 'not-fixed',
    answers: { errorText: 'Profile Installation Failed. A network error has occurred.', platform: 'ios' },
    shown: [
      {
        entryId: 'ios/profile-installation-failed',
        score: 0.92,
        why: 'Matched the message',
        verdict: 'not-fixed',
      },
    ],
    transcript: [
      {
        from: 'user',
        text: 'Profile Installation Failed. A network error has occurred.',
        at: '2026-11-22T01:58:00Z',
      },
      { from: 'bot', text: 'Here is the documented fix…', at: '2026-11-22T01:58:01Z' },
    ],
    locale: 'en',
    ...overrides,
  };
}

/** The support channels the tests configure: claims and thread replies are accepted only from there. */
export const supportChannelIds = { slack: 'C0SUPPORT', teams: '19:support@thread.tacv2' } as const;
export const supportPlaces: SupportPlaces = {
  slack: { channelId: supportChannelIds.slack },
  teams: { channelId: supportChannelIds.teams },
};

/** Someone acting from the platform's support channel. */
export function inSupportChannel(agent: Agent): Actor {
  const channelId = supportChannelIds[agent.channel];
  return { ...agent, where: { conversationKey: `${agent.channel}:${channelId}:thread`, channelId } };
}

/** Someone acting from a conversation outside the support channel (a personal chat, a DM). */
export function elsewhere(agent: Agent, conversationKey = `${agent.channel}:personal`): Actor {
  return { ...agent, where: { conversationKey } };
}

export const agentAna = inSupportChannel({ channel: 'slack', userId: 'U0ANA', userName: 'Ana Lopez' });
export const agentBo = inSupportChannel({ channel: 'slack', userId: 'U0BO', userName: 'Bo Berg' });

export function statusOf(c: Case | undefined, key: string): string | undefined {
  return c?.outbox.find((n) => n.key === key)?.status;
}
