import { type Activity, TurnContext } from 'botbuilder';
import type { ChannelIdentity } from '../../dialogs/main-dialog.ts';
import type { Agent, Requester } from '../core/escalation/port.ts';
import type { Locale } from '../core/knowledge/entry.ts';

type TeamsChannelData = { channel?: { id?: string }; tenant?: { id?: string } };

/** The user's stable id: the Entra object id when Teams sends it, the channel account id otherwise. */
function userIdOf(activity: Activity): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
}

/**
 * How the Teams bot names the people it talks to. The conversation reference (service URL, tenant,
 * conversation id) is what a proactive message needs later, so it travels with each case.
 * Messages in threads of the support channel are agents answering cases.
 */
export function createTeamsIdentity(
  options: { supportChannelId?: string | undefined } = {},
): ChannelIdentity {
  return {
    requester(activity: Activity, locale: Locale): Requester {
      return {
        channel: 'teams',
        userId: userIdOf(activity),
        userName: activity.from?.name ?? '',
        locale,
        conversationKey: `${activity.channelId}/${activity.conversation?.id ?? ''}`,
        address: TurnContext.getConversationReference(activity),
      };
    },
    agent(activity: Activity): Agent {
      return { channel: 'teams', userId: userIdOf(activity), userName: activity.from?.name ?? '' };
    },
    supportThread(activity: Activity): string | undefined {
      const channelId = (activity.channelData as TeamsChannelData | undefined)?.channel?.id;
      if (!options.supportChannelId || channelId !== options.supportChannelId) return undefined;
      return activity.conversation?.id;
    },
  };
}
