/**
 * Block Kit limits (docs.slack.dev Block Kit reference and @slack/types). The transport may reuse them,
 * e.g. to check a message before `chat.update`.
 */
export const slackLimits = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  actionId: 255,
  /**
   * Cumulative text of all blocks. Undocumented: Slack answers `msg_blocks_too_long` somewhere between
   * about 11,300 and 13,300 characters; its maintainers name 12,000.
   */
  messageText: 12_000,
} as const;

/** What we fill at most, leaving room under the reported threshold for block containers. */
export const messageTextBudget = 11_000;
