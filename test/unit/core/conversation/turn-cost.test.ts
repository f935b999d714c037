import { loadKnowledgeBase } from '../../../../src/content/load-knowledge.ts';
import { loadTriageRules } from '../../../../src/content/load-triage-rules.ts';
import { createConversationEngine } from '../../../../src/core/conversation/engine.ts';
import { createMatcher } from '../../../../src/core/matcher/create-matcher.ts';
import type { Matcher } from '../../../../src/core/matcher/match-result.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { driveConversation } from '../../../fakes/drive-conversation.ts';

/**
 * What a turn costs is mostly the matcher's reading of the message: a 100 KB paste costs milliseconds to
 * read. A turn reads one message once for each platform it considers, never twice for the same one.
 */
const kb = loadKnowledgeBase();
const real = createMatcher(kb);
const reads: string[] = [];
const matcher: Matcher = {
  ...real,
  match(text, options) {
    reads.push(`${options?.platform ?? '-'}|${text}`);
    return real.match(text, options);
  },
};
const engine = createConversationEngine({
  kb,
  matcher,
  translator: createTranslator(),
  rules: loadTriageRules(),
});

const paste = Array.from({ length: 400 }, (_, i) => `08:${i % 60} DeviceEnroller: step ${i} done`).join('\n');

const readTwice = () => reads.filter((r, i) => reads.indexOf(r) !== i);

describe('turn cost', () => {
  test.each([
    ['a question waits', 'device cap reached'],
    ['the exact message is asked for', 'enrollment failed'],
    ['a card is shown', '0x80CF0437'],
  ])('while %s, a long paste is read by the matcher once', (_, opener) => {
    const chat = driveConversation(engine);
    chat.send(opener);
    reads.length = 0;
    chat.send(`${paste}\nProfile Installation Failed. Connection to the server could not be established.`);
    expect(reads.length).toBeGreaterThan(0);
    expect(readTwice()).toEqual([]);
  });

  test('a platform answer reads the stored error text once for that platform', () => {
    const chat = driveConversation(engine);
    chat.send('Profile installation failed');
    expect(chat.state.pending).toBe('platform');
    reads.length = 0;
    chat.send('iOS');
    expect(readTwice()).toEqual([]);
  });
});
