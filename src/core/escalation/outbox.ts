import type {
  Case,
  CaseNote,
  Notification,
  NotificationKind,
  SupportChannel,
  UserNoticeKind,
} from './case.ts';

export type NewNotification = {
  kind: NotificationKind;
  target?: SupportChannel;
  notice?: UserNoticeKind;
  messageIndex?: number;
  note?: CaseNote;
};

function baseKey(n: NewNotification): string {
  const parts: (string | number | undefined)[] = [n.kind, n.target, n.notice, n.note, n.messageIndex];
  return parts.filter((p) => p !== undefined).join(':');
}

/**
 * Adds a notification to the case's outbox. Keys are unique per case: a relayed message is keyed by
 * its index, a repeated event (claimed again after a reopen) gets a sequence number, and a card update
 * is one notification re-armed rather than a second one.
 */
export function enqueue(c: Case, n: NewNotification, now: Date): Notification {
  const base = baseKey(n);
  if (n.kind === 'update') {
    const existing = c.outbox.find((x) => x.key === base);
    if (existing) {
      if (existing.status !== 'pending') {
        existing.status = 'pending';
        existing.attempts = 0;
        delete existing.error;
        delete existing.nextAttemptAt;
      }
      return existing;
    }
  }
  const same = c.outbox.filter((x) => x.key === base || x.key.startsWith(`${base}#`)).length;
  const key = same === 0 ? base : `${base}#${same + 1}`;
  const created: Notification = {
    key,
    kind: n.kind,
    ...(n.target ? { target: n.target } : {}),
    ...(n.notice ? { notice: n.notice } : {}),
    ...(n.note ? { note: n.note } : {}),
    ...(n.messageIndex !== undefined ? { messageIndex: n.messageIndex } : {}),
    status: 'pending',
    attempts: 0,
    createdAt: now.toISOString(),
  };
  c.outbox.push(created);
  return created;
}

/** Support channels the case has (or will have) a card in. */
export function cardChannels(c: Case): SupportChannel[] {
  return (['slack', 'teams'] as const).filter(
    (ch) =>
      c.posts[ch] || c.outbox.some((n) => n.kind === 'post' && n.target === ch && n.status === 'pending'),
  );
}
