import { type Locale, supportedLocales } from './knowledge/entry.ts';

/**
 * Maps a client locale tag (`fr-FR`, `sv-SE`, `zh-Hans-CN`, `en_US`, `nb-NO`…) to a language the bot speaks,
 * or `undefined` when none fits. Traditional Chinese is not mapped to zh-CN: the wrong script is worse than English.
 */
export function resolveLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-');
  const lang = parts[0];
  if (lang === 'zh') {
    const rest = parts.slice(1);
    if (rest.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo')) return undefined;
    return 'zh-CN';
  }
  return supportedLocales.find((l) => l === lang);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (supportedLocales as readonly string[]).includes(value);
}
