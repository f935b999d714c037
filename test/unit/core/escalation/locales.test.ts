import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { supportedLocales } from '../../../../src/core/knowledge/entry.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const load = (locale: string) =>
  flatten(
    JSON.parse(readFileSync(join(process.cwd(), 'locales', locale, 'escalation.json'), 'utf8')) as Tree,
  );
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = load('en');

describe.each(supportedLocales.filter((l) => l !== 'en'))('escalation strings in %s', (locale) => {
  const strings = load(locale);
  test('have exactly the keys of English, none empty', () => {
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of strings) expect([key, value.trim().length > 0]).toEqual([key, true]);
  });
  test('use the same placeholders as English in every string', () => {
    for (const [key, value] of english) {
      expect([key, placeholders(strings.get(key) ?? '')]).toEqual([key, placeholders(value)]);
    }
  });
});
