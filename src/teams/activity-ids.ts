import type { Activity } from 'botbuilder';
import { shortReference } from '../core/text/reference.ts';

/** Correlation ids for log lines: ids only, never text or names. */
export function ids(activity: Partial<Activity>) {
  return {
    channelId: activity.channelId,
    conversationId: activity.conversation?.id,
    activityId: activity.id,
  };
}

/** A short reference a user can quote to the helpdesk; the same value is in the log line. */
export function referenceOf(activity: Partial<Activity>): string {
  return shortReference(`${activity.conversation?.id ?? ''}|${activity.id ?? ''}|${Date.now()}`);
}

/** The key of a Teams conversation, the same for its turns, its relays and its case. */
export function conversationKeyOf(activity: Partial<Activity>): string {
  return `${activity.channelId}/${activity.conversation?.id ?? ''}`;
}

/** Who sent the activity, within their tenant: the share of turn work one person may hold is counted by it. */
export function senderKeyOf(activity: Partial<Activity>): string {
  const tenant = (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  const user = activity.from?.aadObjectId ?? activity.from?.id ?? '';
  return `${activity.channelId}/${tenant ?? activity.conversation?.tenantId ?? ''}/${user}`;
}
