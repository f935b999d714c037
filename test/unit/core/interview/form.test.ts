import { buildInterviewForm, readInterviewForm } from '../../../../src/core/interview/form.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';

const t = createTranslator().forLocale('sv');

describe('the interview form', () => {
  test('lists the eight questions in the user’s language, each choice with skip, known answers filled in', () => {
    const form = buildInterviewForm({ errorText: 'Device Cap Reached', platform: 'ios' }, t);
    expect(form.fields.map((f) => f.question)).toHaveLength(8);
    expect(form.fields[0]).toMatchObject({ question: 'errorText', value: 'Device Cap Reached', choices: [] });
    const platform = form.fields.find((f) => f.question === 'platform');
    expect(platform).toMatchObject({ label: 'Vilken plattform har problemet?', value: 'ios' });
    expect(platform?.choices.at(-1)).toEqual({ value: 'unknown', label: 'Hoppa över / vet inte' });
    expect(form.submit.payload).toEqual({ type: 'submit-form' });
  });

  test('reads only values that are choices of their question, and trims and caps the text', () => {
    const answers = readInterviewForm({
      iebq_errorText: `  ${'x'.repeat(5000)}  `,
      iebq_platform: 'android',
      iebq_usersAffected: 'everyone',
      iebq_devicesAffected: 'unknown',
      iebq_history: 42,
      unrelated: 'ignored',
    });
    expect(answers.errorText).toHaveLength(4000);
    expect(answers).toMatchObject({ platform: 'android', devicesAffected: 'unknown' });
    expect(answers).not.toHaveProperty('usersAffected');
    expect(answers).not.toHaveProperty('history');
  });

  test('junk is an empty form, not a crash', () => {
    expect(readInterviewForm(null)).toEqual({});
    expect(readInterviewForm('text')).toEqual({});
    expect(readInterviewForm({ iebq_errorText: '   ' })).toEqual({});
  });
});
