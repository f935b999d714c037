import { createAnswerParser } from '../../../../src/core/interview/answer-parser.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';

const parser = createAnswerParser(createTranslator());

describe('typed answers', () => {
  test.each([
    ['platform', 'iPhone', 'ios'],
    ['platform', 'on a Samsung Galaxy', 'android'],
    ['platform', '3', 'windows'],
    ['usersAffected', 'Alla användare', 'all'],
    ['usersAffected', 'quelques utilisateurs', 'some'],
    ['usersAffected', '所有用户', 'all'],
    ['devicesAffected', 'just one', 'one'],
    ['mdmAuthority', 'SCCM', 'configmgr'],
    ['mdmAuthority', 'Mobilité et sécurité de base', 'basic-mobility'],
    ['enrollmentMethod', 'Apple Business Manager', 'ade'],
    ['enrollmentMethod', 'personlig enhet', 'byod'],
    ['history', 'it used to work', 'stopped-working'],
  ] as const)('%s: "%s" → %s', (question, text, value) => {
    expect(parser.parse(question, text)).toEqual({ kind: 'value', value });
  });

  test.each(['skip', 'vet inte', 'je ne sais pas', '不知道', "don't know"])(
    '"%s" skips the question',
    (text) => {
      expect(parser.parse('usersAffected', text)).toEqual({ kind: 'skip' });
    },
  );

  test('an answer that names two different choices is not guessed', () => {
    expect(parser.parse('platform', 'iPhone and Android')).toEqual({ kind: 'none' });
  });

  test('a long message is not read as an answer', () => {
    expect(
      parser.parse(
        'usersAffected',
        'all of a sudden the enrollment fails with an error about the server on one phone',
      ),
    ).toEqual({ kind: 'none' });
  });
});

describe('facts inferred from a first message', () => {
  test('platform and scope in English, Swedish, French and Chinese', () => {
    expect(parser.infer('All our users get this on their iPhone')).toEqual({
      platform: 'ios',
      usersAffected: 'all',
    });
    expect(parser.infer('Alla användare med Android får felet')).toEqual({
      platform: 'android',
      usersAffected: 'all',
    });
    expect(parser.infer('Tous les utilisateurs sous Windows 11')).toMatchObject({
      platform: 'windows',
      usersAffected: 'all',
    });
    expect(parser.infer('所有用户的 iPhone 都报错')).toMatchObject({ platform: 'ios', usersAffected: 'all' });
  });

  test('nothing is inferred from a message that does not say it', () => {
    expect(parser.infer('Device Cap Reached')).toEqual({});
  });
});
