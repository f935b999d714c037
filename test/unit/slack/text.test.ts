import { describe, expect, it } from '@jest/globals';
import { MAX_INPUT_CHARS } from '../../../src/slack/constants.ts';
import { capText, looksLikeBinary, plainTextFromSlack } from '../../../src/slack/text.ts';

describe('plainTextFromSlack', () => {
  it('removes the mention of the bot and keeps what the user typed', () => {
    expect(plainTextFromSlack('<@U0BOT> Device cap reached', 'U0BOT')).toBe('Device cap reached');
  });

  it('restores the characters Slack escapes and reduces links and mentions to their label', () => {
    expect(plainTextFromSlack('0x80CF0437 &lt;clock&gt; &amp; <https://aka.ms/x|aka.ms/x> <@U1>')).toBe(
      '0x80CF0437 <clock> & aka.ms/x @U1',
    );
    expect(plainTextFromSlack('see <mailto:a@contoso.com|a@contoso.com> or <https://contoso.com>')).toBe(
      'see a@contoso.com or https://contoso.com',
    );
  });

  it('drops @channel, @here and @everyone, which say nothing about the problem', () => {
    expect(plainTextFromSlack('<!channel> help')).toBe('help');
    expect(plainTextFromSlack('<!here|here> 0x80CF0437 <!everyone>')).toBe('0x80CF0437');
  });

  it('caps a huge paste without splitting a character in two', () => {
    const huge = `${'a'.repeat(MAX_INPUT_CHARS - 1)}😀tail`;
    const out = capText(huge);
    expect(out.length).toBe(MAX_INPUT_CHARS - 1);
    expect(out.endsWith('a')).toBe(true);
    expect(plainTextFromSlack('x'.repeat(50_000)).length).toBe(MAX_INPUT_CHARS);
  });

  it('returns empty text for an empty or missing message', () => {
    expect(plainTextFromSlack(undefined)).toBe('');
    expect(plainTextFromSlack('   <@U0BOT>  ', 'U0BOT')).toBe('');
  });
});

describe('looksLikeBinary', () => {
  it('tells pasted binary from an error message in any script', () => {
    expect(looksLikeBinary('\u0000\u0001\u0002\u0003PK\u0004\u0005')).toBe(true);
    expect(looksLikeBinary('Échec de l’installation du profil.\n\tUne erreur réseau')).toBe(false);
    expect(looksLikeBinary('设备已达到上限')).toBe(false);
  });
});
