import { parseActionPayload } from '../../../../src/core/reply/actions.ts';
import { renderBlocks } from '../../../../src/slack/render/render-blocks.ts';
import { allResolutions, allStepTexts } from '../../../fakes/all-resolutions.ts';
import { learnButtonUrl, limitViolations, messageText } from './limits-check.ts';

const lookalikes: Record<string, string> = { '\u2217': '*', '\uFF3F': '_', '\u223C': '~', '\u02CB': '`' };
const normalize = (s: string): string =>
  s
    .replace(/[*_~`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The message's visible text: links as their text, entities and look-alikes back to what they show. */
function visibleText(mrkdwn: string): string {
  return normalize(
    mrkdwn
      .replace(/<[^|>]+\|([^>]*)>/g, '$1')
      .replace(/[\u2217\uFF3F\u223C\u02CB]/g, (c) => lookalikes[c] ?? c)
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

const cases = allResolutions();

describe('every knowledge-base entry in every language as Block Kit', () => {
  it.each(cases.map((c) => [c.id, c.locale, c] as const))('%s (%s)', (_id, _locale, { reply }) => {
    const message = renderBlocks(reply);
    expect(limitViolations(message)).toEqual([]);
    const text = visibleText(messageText(message));
    for (const step of allStepTexts(reply)) expect(text).toContain(normalize(step));
    expect(text).not.toContain('The rest of this fix is in the article.');
    expect(learnButtonUrl(message)).toBe(reply.learnUrl);
    for (const block of message.blocks) {
      if (block.type !== 'actions') continue;
      for (const e of block.elements) {
        if (e.type === 'button' && !e.url)
          expect(parseActionPayload(JSON.parse(e.value ?? ''))).not.toBeNull();
      }
    }
  });
});
