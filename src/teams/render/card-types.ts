import type { ActionPayload } from '../../core/reply/actions.ts';

/**
 * The subset of the Adaptive Card 1.5 schema this bot sends, typed so a misspelt property fails the
 * type-check instead of being dropped by the client's lenient parser.
 */
export type AdaptiveCard = {
  type: 'AdaptiveCard';
  $schema?: string;
  version: string;
  body: CardElement[];
  actions?: CardAction[];
  /** Shown by clients that cannot render the card (and used for notifications). */
  fallbackText?: string;
  /** Teams-only: use the whole conversation width for long resolution cards. */
  msteams?: { width: 'Full' };
};

/** A card shown inline by Action.ShowCard: no version, no schema. */
export type ShowCardContent = { type: 'AdaptiveCard'; body: CardElement[]; actions?: CardAction[] };

export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

type Common = { spacing?: Spacing; separator?: boolean; id?: string };

export type TextBlock = Common & {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Bolder';
  isSubtle?: boolean;
  color?: 'Accent' | 'Good' | 'Warning' | 'Attention';
  fontType?: 'Monospace';
  style?: 'heading';
};

export type Container = Common & {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  bleed?: boolean;
  fallback?: CardElement;
};

export type Column = { type: 'Column'; width: 'auto' | 'stretch' | string; items: CardElement[] };
export type ColumnSet = Common & { type: 'ColumnSet'; columns: Column[] };

export type TableCell = { type: 'TableCell'; items: CardElement[] };
export type Table = Common & {
  type: 'Table';
  columns: { width: number }[];
  rows: { type: 'TableRow'; cells: TableCell[] }[];
  firstRowAsHeader: boolean;
  showGridLines?: boolean;
  /** Table is 1.5; Teams mobile falls back to this 1.2 rendering. */
  fallback: CardElement;
};

export type ImageElement = Common & {
  type: 'Image';
  url: string;
  altText: string;
  size?: 'Auto' | 'Stretch';
};

export type ActionSet = Common & { type: 'ActionSet'; actions: CardAction[] };

/** Inputs carry no `label` (1.3): a TextBlock above each keeps them readable on Teams mobile (1.2). */
export type InputText = Common & {
  type: 'Input.Text';
  id: string;
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
};
export type InputChoiceSet = Common & {
  type: 'Input.ChoiceSet';
  id: string;
  style: 'compact' | 'expanded';
  choices: { title: string; value: string }[];
  value?: string;
};

export type CardElement =
  | TextBlock
  | Container
  | ColumnSet
  | Table
  | ImageElement
  | ActionSet
  | InputText
  | InputChoiceSet;

export type SubmitAction = {
  type: 'Action.Submit';
  title: string;
  /** Wrapped under `ieb` so the adapter tells our submits apart (see parseActionPayload). */
  data: { ieb: ActionPayload };
  style?: 'positive' | 'destructive';
};
export type OpenUrlAction = { type: 'Action.OpenUrl'; title: string; url: string };
export type ShowCardAction = { type: 'Action.ShowCard'; title: string; card: ShowCardContent };
export type CardAction = SubmitAction | OpenUrlAction | ShowCardAction;

/** What Bot Framework expects in `activity.attachments` for a card. */
export type CardAttachment = {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: AdaptiveCard;
};
