import { renderText } from '../../../src/chat/render-text.ts';
import { allResolutions, allStepTexts } from '../../fakes/all-resolutions.ts';

const normalize = (s: string): string => s.replace(/`/g, '').replace(/\s+/g, ' ').trim();

describe('every knowledge-base entry in every language as terminal text', () => {
  it.each(allResolutions().map((c) => [c.id, c.locale, c] as const))('%s (%s)', (_id, _locale, { reply }) => {
    const { text, actions } = renderText(reply);
    const visible = normalize(text.replace(/ \(https?:\/\/[^\s)]*(?:\([^)]*\)[^\s)]*)*\)/g, ''));
    for (const step of allStepTexts(reply)) expect(visible).toContain(normalize(step));
    expect(text).toContain(reply.learnUrl);
    expect(actions).toEqual(reply.actions.map((a) => a.payload));
    // A heading is never left dangling without the cause text after it.
    expect(text).not.toMatch(/^\s*(Cause|Orsak|原因)\s*:\s*$/m);
  });
});
