import { type Activity, TurnContext } from 'botbuilder';
import type { EscalationPort } from '../core/escalation/port.ts';
import { cleanText } from './input.ts';
import type { ChannelIdentity } from './teams-turn.ts';

export type ChannelMessageGate = {
  /**
   * Handles a team-channel message that does not @mention the bot and says true; false sends the
   * activity on to the dialog as before (personal and group chats, mentions, card submits).
   */
  handled(context: TurnContext): Promise<boolean>;
};

function mentionsBot(activity: Activity): boolean {
  const bot = activity.recipient?.id;
  return !!bot && TurnContext.getMentions(activity).some((m) => m.mentioned?.id === bot);
}

/**
 * With resource-specific consent (ChannelMessage.Read.Group) Teams sends the bot every message of
 * every channel of the team. Only an agent writing in a case thread of the support channel concerns
 * it: that is relayed to the requester without an @mention. Everything else is dropped here, before
 * the dialog, state or any log line sees its text or author. Without the consent (an older install)
 * only mentions arrive, and those go to the dialog as they always did.
 */
export function createChannelMessageGate(deps: {
  identity: ChannelIdentity;
  escalation?: EscalationPort | undefined;
}): ChannelMessageGate {
  return {
    async handled(context) {
      const activity = context.activity;
      if (activity.type !== 'message' || activity.conversation?.conversationType !== 'channel') return false;
      // A card button pressed in a channel (Claim, Resolve) carries a value and never a mention.
      if (activity.value !== undefined && activity.value !== null) return false;
      if (mentionsBot(activity)) return false;
      const thread = deps.identity.supportThread?.(activity);
      const text = thread ? cleanText(activity.text ?? '').text : '';
      // Not claimed yet, resolved, or not a case at all: agents talk among themselves; the bot stays quiet.
      if (thread && text && deps.escalation)
        await deps.escalation.relayFromAgent(thread, deps.identity.agent(activity), text);
      return true;
    },
  };
}
