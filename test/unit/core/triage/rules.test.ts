import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { loadTriageRules } from '../../../../src/content/load-triage-rules.ts';
import { rankCauses, triageQuestions } from '../../../../src/core/triage/rules.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';

const kb = loadKnowledgeBase();
const rules = loadTriageRules();
const byId = new Map(kb.entries.map((e) => [e.id, e]));
const connection = byId.get(
  'ios/profile-installation-failed-connection-to-the-server-could-not-be-established',
);
if (!connection) throw new Error('connection entry missing');

const causeText = (id: string | undefined) =>
  connection.locales.en.causes
    .find((c) => c.id === id)
    ?.summary.map((s) => s.text)
    .join('');

describe('triage rules', () => {
  test('every rule names an existing entry and cause, and quotes that entry’s article text', () => {
    // The article's words with markup dropped: every inline run's text, joined.
    const plain = (value: unknown): string => {
      const out: string[] = [];
      JSON.stringify(value, (key, v) => {
        if (key === 'text' && typeof v === 'string') out.push(v);
        return v;
      });
      return out.join('');
    };
    for (const rule of rules) {
      const entry = byId.get(rule.entry);
      expect(entry).toBeDefined();
      const cause = entry?.locales.en.causes.find((c) => c.id === rule.cause);
      expect(cause).toBeDefined();
      // The source is the article's own words (markup aside), so a reviewer can find it.
      const words = rule.source.split(/\s+/).slice(0, 4).join(' ');
      expect(plain(entry?.locales.en.causes)).toContain(words);
    }
  });

  test('every reason is written in every language', () => {
    const translator = createTranslator();
    for (const rule of rules) {
      for (const locale of ['en', 'sv', 'zh-CN', 'fr'] as const) {
        const text = translator.forLocale(locale)(`triage:reasons.${rule.reason}`);
        expect(text).not.toBe(`reasons.${rule.reason}`);
      }
      expect(new Set(translator.allVariants(`triage:reasons.${rule.reason}`)).size).toBe(4);
    }
  });

  test('everyone affected and never worked points at tenant set-up: the restriction and the CNAME records', () => {
    const ranking = rankCauses(connection, { usersAffected: 'all', history: 'never-worked' }, rules);
    expect(ranking.ranked).toBe(true);
    expect(ranking.order.slice(0, 2).map(causeText)).toEqual([
      expect.stringMatching(/only allow corporate-owned devices/),
      expect.stringMatching(/CNAME records/),
    ]);
  });

  test('one device that was enrolled before points at that device', () => {
    const ranking = rankCauses(connection, { devicesAffected: 'one', history: 'reused-device' }, rules);
    expect(causeText(ranking.order[0])).toMatch(/previously enrolled with a different user account/);
    expect(ranking.reasons[ranking.order[0] ?? '']).toContain('deviceUsedBefore');
  });

  test('without answers (or with "don’t know") the article order stands and nothing is called likely', () => {
    const none = rankCauses(connection, { usersAffected: 'unknown' }, rules);
    expect(none.ranked).toBe(false);
    expect(none.order).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  test('only entries with several causes get follow-up questions', () => {
    expect(triageQuestions(connection.id, rules).length).toBeGreaterThan(1);
    expect(triageQuestions('ios/device-cap-reached', rules)).toEqual([]);
  });
});
