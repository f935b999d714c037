import type { types } from '@slack/bolt';

/** The blocks this bot sends, typed by Slack's own definitions (type-only: nothing loaded at run time). */
export type SlackBlock =
  | types.HeaderBlock
  | types.SectionBlock
  | types.ContextBlock
  | types.ActionsBlock
  | types.DividerBlock;

export type SlackButton = types.Button;

/** A message ready for `chat.postMessage` / `respond()`: blocks plus the notification text. */
export type SlackMessage = { text: string; blocks: SlackBlock[] };
