import { buildQuestionReply } from '../../../../src/core/interview/form.ts';
import { questionIds } from '../../../../src/core/interview/questions.ts';
import { supportedLocales } from '../../../../src/core/knowledge/entry.ts';
import { displayWidth, maxButtonLabel, shortLabel } from '../../../../src/core/reply/labels.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';

describe('button labels fit without a word cut in half', () => {
  test.each([...supportedLocales])('every interview button in %s fits', (locale) => {
    const t = createTranslator().forLocale(locale);
    for (const q of questionIds) {
      const reply = buildQuestionReply(q, {}, t);
      for (const b of [...reply.choices, reply.skip])
        expect([b.label, displayWidth(b.label) <= maxButtonLabel]).toEqual([b.label, true]);
    }
  });

  test('a title that fits stays whole', () => {
    expect(shortLabel('Device Cap Reached')).toBe('Device Cap Reached');
  });

  test('the sentence a title shares with its siblings is dropped first', () => {
    const titles = [
      'Profile Installation Failed. Connection to the server could not be established.',
      'Profile Installation Failed. A Network Error Has Occurred.',
    ];
    expect(shortLabel(titles[0] ?? '', 45, titles)).toBe('Connection to the server could not be…');
    expect(shortLabel(titles[1] ?? '', 45, titles)).toBe('A Network Error Has Occurred.');
  });

  test('Chinese counts twice as wide: cut between characters, never inside a Latin word among them', () => {
    const label = shortLabel('没有在 Intune 中配置 Apple MDM push certificate，或证书无效。', 45);
    expect(displayWidth(label)).toBeLessThanOrEqual(45);
    expect(label).toBe('没有在 Intune 中配置 Apple MDM push…');
  });

  test('a long sentence is cut after a whole word', () => {
    const label = shortLabel('The maximum number of seats allowed for the account has been reached.', 45);
    expect(label).toBe('The maximum number of seats allowed for the…');
  });
});
