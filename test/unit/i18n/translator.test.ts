import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../../../src/i18n/translator.ts';

describe('translator', () => {
  const translator = createTranslator({
    en: { common: { restarted: 'Starting over.', hello: 'Hello {{name}}', only: 'English only' } },
    sv: { common: { restarted: 'Vi börjar om.', hello: 'Hej {{name}}' } },
  });

  it('gives each locale its own string every time it is asked, also the strings it remembers', () => {
    const en = translator.forLocale('en');
    const sv = translator.forLocale('sv');
    for (let i = 0; i < 3; i++) {
      expect(en('common:restarted')).toBe('Starting over.');
      expect(sv('common:restarted')).toBe('Vi börjar om.');
      // Missing in Swedish: English, not the key.
      expect(sv('common:only')).toBe('English only');
    }
  });

  it('fills in variables on every call, never a remembered earlier result', () => {
    const sv = translator.forLocale('sv');
    expect(sv('common:hello', { name: 'Ada' })).toBe('Hej Ada');
    expect(sv('common:hello', { name: 'Linus' })).toBe('Hej Linus');
  });

  it('answers keys built from input like any other, however many there are', () => {
    const en = translator.forLocale('en');
    for (let i = 0; i < 6_000; i++) expect(typeof en(`interview:choices.platform.x${i}`)).toBe('string');
    expect(en('common:restarted')).toBe('Starting over.');
  });
});
