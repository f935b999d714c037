import type { Locale } from '../knowledge/entry.ts';
import type { Translator } from '../ports/translator.ts';
import type { Case, Notification } from './case.ts';
import type { ThreadMessage, UserNotice } from './notifier.ts';

/** What the requester is told, in their language, for a `user` notification. */
export function buildUserNotice(c: Case, n: Notification, translator: Translator): UserNotice {
  const t = translator.forLocale(c.requester.locale);
  const agent = c.assignee?.userName ?? c.resolvedBy?.userName ?? '';
  switch (n.notice) {
    case 'claimed':
      return { text: t('escalation:user.claimed', { agent, caseId: c.id }) };
    case 'agent-message': {
      const m = c.messages[n.messageIndex ?? -1];
      return { author: t('escalation:user.agentMessage', { agent: m?.name ?? agent }), text: m?.text ?? '' };
    }
    case 'resolved':
      return {
        text: t('escalation:user.resolved', { agent: c.resolvedBy?.userName ?? agent, caseId: c.id }),
        actions: [
          {
            label: t('escalation:user.solvedYes'),
            payload: { type: 'case-satisfied', caseId: c.id, solved: true },
            style: 'positive',
          },
          {
            label: t('escalation:user.solvedNo'),
            payload: { type: 'case-satisfied', caseId: c.id, solved: false },
          },
        ],
      };
    default:
      return { text: t('escalation:user.undeliverable', { caseId: c.id }) };
  }
}

/** A line in the case thread, in the support team's language. */
export function buildThreadMessage(
  c: Case,
  n: Notification,
  deps: { translator: Translator; locale: Locale; remindMinutes: number },
): ThreadMessage {
  const t = deps.translator.forLocale(deps.locale);
  const user = c.requester.userName || c.requester.userId;
  if (n.kind === 'remind') {
    return {
      text: t('escalation:card.reminder', { caseId: c.id, minutes: deps.remindMinutes }),
      broadcast: true,
    };
  }
  if (n.note === 'satisfied') return { text: t('escalation:card.noteSatisfied', { user }) };
  if (n.note === 'requester-solved') return { text: t('escalation:card.noteSolvedByRequester', { user }) };
  if (n.note === 'user-unreachable') return { text: t('escalation:card.noteUserUnreachable', { user }) };
  if (n.note === 'not-satisfied')
    return { text: t('escalation:card.noteNotSatisfied', { user }), broadcast: true };
  const m = c.messages[n.messageIndex ?? -1];
  return { author: t('escalation:card.fromUser', { user: m?.name ?? user }), text: m?.text ?? '' };
}
