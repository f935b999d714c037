import { parseCatalogue } from '../../../../src/core/knowledge/catalogue.ts';
import { KnowledgeBaseError } from '../../../../src/core/knowledge/errors.ts';

describe('catalogue', () => {
  it('reads id, platform and English title, tolerating a byte-order mark, CRLF and blank lines', () => {
    const text =
      '\uFEFFid\tplatform\tenglish_title\r\nios/device-cap-reached\tios\tDevice Cap Reached\r\n\r\n';
    expect(parseCatalogue(text)).toEqual([
      { id: 'ios/device-cap-reached', platform: 'ios', englishTitle: 'Device Cap Reached' },
    ]);
  });

  it.each([
    ['a missing header', 'ios/device-cap-reached\tios\tx', 'header'],
    ['an id of an unknown article', 'id\tplatform\tenglish_title\nmacos/x\tios\tx', 'line 2'],
    ['a repeated id', 'id\tplatform\tenglish_title\nios/a\tios\tx\nios/a\tios\tx', 'duplicate id "ios/a"'],
    ['no entries at all', 'id\tplatform\tenglish_title\n', 'no entries'],
  ])('refuses %s, saying where', (_what, text, words) => {
    expect(() => parseCatalogue(text)).toThrow(KnowledgeBaseError);
    expect(() => parseCatalogue(text)).toThrow(words);
  });
});
