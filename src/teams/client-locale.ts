import type { Activity } from 'botbuilder-core';
import type { Locale } from '../core/knowledge/entry.ts';
import { resolveLocale } from '../core/locale.ts';

/**
 * The language the client runs in: `activity.locale` (`fr-FR`, `sv-SE`, `zh-CN`…), else the
 * `clientInfo` entity Teams adds (some events carry no locale of their own), else undefined.
 */
export function clientLocaleOf(activity: Partial<Activity>): Locale | undefined {
  const direct = resolveLocale(activity.locale);
  if (direct) return direct;
  const info = activity.entities?.find((e) => e.type === 'clientInfo') as { locale?: unknown } | undefined;
  return typeof info?.locale === 'string' ? resolveLocale(info.locale) : undefined;
}
