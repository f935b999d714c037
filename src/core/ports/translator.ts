import type { Locale } from '../knowledge/entry.ts';

/** Looks up a UI string (`namespace:section.key`) in a language; the i18n module implements it. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
export type Translator = {
  forLocale(locale: Locale): Translate;
  /** Every string a key has in every language (used to recognise typed answers whatever the language). */
  allVariants(key: string): string[];
};
