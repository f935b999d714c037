import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportedLocales } from '../../../src/core/knowledge/entry.ts';

const dir = fileURLToPath(new URL('../../../locales/', import.meta.url));
const namespaces = readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.json'));
const read = (lng: string, file: string) => JSON.parse(readFileSync(join(dir, lng, file), 'utf8')) as unknown;

/** Leaf strings by dotted key; arrays (phrase lists) count as one leaf each, their length may differ. */
function leaves(value: unknown, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (typeof value === 'string') out.set(prefix, [value]);
  else if (Array.isArray(value)) out.set(prefix, value.map(String));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      for (const [key, strings] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(key, strings);
    }
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(namespaces)('locales/*/%s', (file) => {
  const en = leaves(read('en', file));

  test.each(supportedLocales.filter((l) => l !== 'en'))('%s has exactly the keys of en', (lng) => {
    expect([...leaves(read(lng, file)).keys()].sort()).toEqual([...en.keys()].sort());
  });

  test.each([...supportedLocales])('%s has no empty string and keeps the placeholders of en', (lng) => {
    const strings = leaves(read(lng, file));
    for (const [key, values] of strings) {
      for (const value of values) expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
      const source = en.get(key);
      if (values.length === 1 && source?.length === 1) {
        expect({ key, vars: placeholders(values[0] ?? '') }).toEqual({
          key,
          vars: placeholders(source[0] ?? ''),
        });
      }
    }
  });
});
