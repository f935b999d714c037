import type { Translate } from '../../core/ports/translator.ts';

/** The words the Block Kit layout itself needs. */
export type SlackStrings = {
  /** Said where the message is full and the fix continues in the article. */
  continued: string;
};

/** English, used when the caller passes no translation; same text as locales/en/render.json. */
export const defaultSlackStrings: SlackStrings = { continued: 'The rest of this fix is in the article.' };

export function slackStrings(t: Translate): SlackStrings {
  return { continued: t('render:continued') };
}
