import type { Translate } from '../../core/ports/translator.ts';

/** The few words the card layout itself needs (button titles of collapsed sections). */
export type CardStrings = {
  /** Title of the button that unfolds a table. */
  showTable: string;
  /** Title of the button that unfolds a log or code sample. */
  showLog: string;
  /** Said where content could not fit and continues in the article. */
  continued: string;
};

/** English, used when the caller passes no translation (tests, tools); same text as locales/en/render.json. */
export const defaultCardStrings: CardStrings = {
  showTable: 'Show the table',
  showLog: 'Show the log',
  continued: 'The rest of this fix is in the article.',
};

/** Reads the strings from the `render` namespace in the user's language. */
export function cardStrings(t: Translate): CardStrings {
  return { showTable: t('render:showTable'), showLog: t('render:showLog'), continued: t('render:continued') };
}
