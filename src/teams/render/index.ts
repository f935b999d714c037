export {
  type CardReply,
  cardSize,
  maxCardBytes,
  renderAdaptiveCard,
  type TeamsActivityParts,
  toAttachment,
  toTeamsActivityParts,
} from './adaptive-card.ts';
export type { AdaptiveCard, CardAttachment } from './card-types.ts';
export { type CardStrings, cardStrings, defaultCardStrings } from './strings.ts';
