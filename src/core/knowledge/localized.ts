import type { Entry, Locale, LocalizedEntry } from './entry.ts';

/** The entry's text in `locale`; English when no locale is given. Every locale is filled at compile time. */
export function getLocalized(entry: Entry, locale: Locale | null | undefined): LocalizedEntry {
  return entry.locales[locale ?? 'en'] ?? entry.locales.en;
}
