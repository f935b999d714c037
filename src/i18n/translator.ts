import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type Resource } from 'i18next';
import { type Locale, supportedLocales } from '../core/knowledge/entry.ts';
import type { Translator } from '../core/ports/translator.ts';

/** Far above the keys the locale files hold (a few hundred). */
const maxRememberedPerLocale = 5_000;

const defaultDir = fileURLToPath(new URL('../../locales/', import.meta.url));

/** Reads every `locales/<lng>/<namespace>.json` synchronously: the bot starts with all strings in memory. */
export function readLocaleResources(dir: string = defaultDir): Resource {
  const resources: Resource = {};
  for (const lng of supportedLocales) {
    const nsDir = join(dir, lng);
    const namespaces: Record<string, object> = {};
    for (const file of readdirSync(nsDir).filter((f) => f.endsWith('.json'))) {
      namespaces[basename(file, '.json')] = JSON.parse(readFileSync(join(nsDir, file), 'utf8')) as object;
    }
    resources[lng] = namespaces;
  }
  return resources;
}

/**
 * i18next behind the core's Translator port. Missing keys fall back to English, never to the raw key,
 * so a half-translated locale still reads as a sentence.
 */
export function createTranslator(resources: Resource = readLocaleResources()): Translator {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...supportedLocales],
    load: 'currentOnly',
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const fixed = new Map(supportedLocales.map((l) => [l, instance.getFixedT(l)]));
  // A turn looks up some forty strings, most without variables (labels, card titles), each a walk
  // through i18next's resolution: those are remembered per locale. The resources never change after
  // start, so neither does a string without variables. Some keys are built from input (a choice's
  // value), so the memory is bounded: beyond it, strings are looked up as before.
  const plain = new Map(supportedLocales.map((l) => [l, new Map<string, string>()]));
  return {
    forLocale(locale: Locale) {
      const t = fixed.get(locale) ?? instance.getFixedT('en');
      const remembered = plain.get(locale) ?? (plain.get('en') as Map<string, string>);
      return (key, vars) => {
        if (vars !== undefined && Object.keys(vars).length > 0) return t(key, vars) as string;
        let text = remembered.get(key);
        if (text === undefined) {
          text = t(key, {}) as string;
          if (remembered.size < maxRememberedPerLocale) remembered.set(key, text);
        }
        return text;
      };
    },
    allVariants(key: string) {
      const out = new Set<string>();
      for (const l of supportedLocales) {
        const value = instance.getResource(l, key.split(':')[0] ?? 'common', key.split(':')[1] ?? key);
        if (typeof value === 'string') out.add(value);
        else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.add(v);
      }
      return [...out];
    },
  };
}
