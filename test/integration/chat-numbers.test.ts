import type { Locale } from '../../src/core/knowledge/entry.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { runNode } from '../fakes/run-node.ts';

const translator = createTranslator();

/**
 * `npm run chat` numbers every button. A number beyond them presses nothing: it is answered with the
 * numbers on screen, in the conversation's language, and never reaches the bot as text (where it would
 * count as an unclear answer, and a second one would leave the question unanswered).
 */
describe('npm run chat: a number beyond the buttons on screen', () => {
  test.each(['en', 'sv', 'fr', 'zh-CN'] as Locale[])(
    '%s: asks for one of 1–N and the question stays',
    async (locale) => {
      const t = translator.forLocale(locale);
      const run = await runNode(['scripts/chat.ts', '--locale', locale], {
        stdin: 'Profile installation failed\n7\n0\n#9\n1\n',
      });
      expect(run.code).toBe(0);
      const pick = t('common:input.pickNumber', { count: 6 });
      expect(run.stdout.split(pick)).toHaveLength(4);
      expect(run.stdout).not.toContain(t('common:interview.notUnderstood'));
      expect(run.stdout).not.toContain(t('common:interview.movingOn'));
      // "1" after them still presses the first button: the iOS card.
      expect(run.stdout).toContain('Safari for iOS');
    },
    60_000,
  );
});
