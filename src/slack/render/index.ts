export type { SlackBlock, SlackMessage } from './block-types.ts';
export { actionIdPrefix, linkActionIdPrefix, messageTextLength } from './elements.ts';
export { messageTextBudget, slackLimits } from './limits.ts';
export {
  renderBlocks,
  renderChooseEntryBlocks,
  renderQuestionBlocks,
  renderTextBlocks,
} from './render-blocks.ts';
export { defaultSlackStrings, type SlackStrings, slackStrings } from './strings.ts';
