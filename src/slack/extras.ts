import type { types } from '@slack/bolt';
import type { Translate } from '../core/ports/translator.ts';
import type { Reply } from '../core/reply/reply.ts';
import type { SlackAddress } from './address.ts';
import { LEARN_ACTION_ID, OPEN_FORM_ACTION_ID, REPLY_ACTION_PREFIX, SHARE_ACTION_ID } from './constants.ts';
import { hasUrlButton, plainText, type SlackMessage, withExtraButtons } from './message.ts';

/**
 * Buttons only Slack has: "Open in Microsoft Learn" when the renderer did not add the link,
 * "Share in channel" on a private (ephemeral) resolution, "Answer in a form" on an interview question.
 */
export function addSlackButtons(
  reply: Reply,
  message: SlackMessage,
  to: SlackAddress,
  t: Translate,
): SlackMessage {
  const buttons: types.Button[] = [];
  if (reply.kind === 'resolution') {
    if (!hasUrlButton(message, reply.learnUrl)) {
      buttons.push({
        type: 'button',
        action_id: LEARN_ACTION_ID,
        text: plainText(reply.labels.openInLearn),
        url: reply.learnUrl,
      });
    }
    if (to.mode === 'ephemeral') {
      buttons.push({
        type: 'button',
        action_id: SHARE_ACTION_ID,
        text: plainText(t('slack:actions.share')),
        value: reply.entryId.slice(0, 2000),
      });
    }
  }
  // An answered question is rewritten without buttons: a form button left on it would look open.
  if (reply.kind === 'question' && reply.answered === undefined) {
    buttons.push({
      type: 'button',
      action_id: OPEN_FORM_ACTION_ID,
      text: plainText(t('slack:actions.openForm')),
      value: 'form',
    });
  }
  return withExtraButtons(message, buttons);
}

/**
 * The copy of a resolution posted for the whole channel: the Learn link stays, the buttons that act on
 * the sharer's own conversation go, and a line says who shared it.
 */
export function sharedCopy(message: SlackMessage, sharedByLine: string): SlackMessage {
  const blocks: types.KnownBlock[] = [];
  for (const b of message.blocks) {
    if (b.type !== 'actions') {
      blocks.push(b);
      continue;
    }
    const kept = b.elements.filter(
      (e) =>
        !(
          e.type === 'button' &&
          !e.url &&
          (e.action_id?.startsWith(REPLY_ACTION_PREFIX) || e.action_id === SHARE_ACTION_ID)
        ),
    );
    if (kept.length > 0) blocks.push({ ...b, elements: kept });
  }
  if (blocks.length < 50)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: sharedByLine }] });
  return { text: message.text, blocks };
}
