import { type Activity, TurnContext } from 'botbuilder';
import type { Actor, ActorPlace, Requester } from '../core/escalation/port.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import { conversationKeyOf } from './activity-ids.ts';
import type { ChannelIdentity } from './teams-turn.ts';

type TeamsChannelData = { channel?: { id?: string }; team?: { id?: string }; tenant?: { id?: string } };

/** The user's stable id: the Entra object id when Teams sends it, the channel account id otherwise. */
function userIdOf(activity: Activity): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
}

/**
 * Where the activity was written: a channel (and its team) only when Teams says it is one. The escalation
 * service decides from this whether the actor may claim, resolve or write into a case thread.
 */
function placeOf(activity: Activity): ActorPlace {
  const data = activity.channelData as TeamsChannelData | undefined;
  const inChannel = activity.channelId === 'msteams' && activity.conversation?.conversationType === 'channel';
  const channelId = inChannel ? data?.channel?.id : undefined;
  return {
    conversationKey: conversationKeyOf(activity),
    // A channel thread's conversation id starts with its channel's id; anything else is not that channel.
    channelId: channelId && activity.conversation?.id?.startsWith(channelId) ? channelId : undefined,
    teamId: inChannel ? data?.team?.id : undefined,
    tenantId: data?.tenant?.id ?? activity.conversation?.tenantId,
  };
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
        conversationKey: conversationKeyOf(activity),
        address: TurnContext.getConversationReference(activity),
        home: { tenantId: placeOf(activity).tenantId },
      };
    },
    agent(activity: Activity): Actor {
      return {
        channel: 'teams',
        userId: userIdOf(activity),
        userName: activity.from?.name ?? '',
        where: placeOf(activity),
      };
    },
    supportThread(activity: Activity): string | undefined {
      if (!options.supportChannelId || placeOf(activity).channelId !== options.supportChannelId)
        return undefined;
      return activity.conversation?.id;
    },
  };
}
