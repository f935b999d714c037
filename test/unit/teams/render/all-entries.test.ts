import { parseActionPayload } from '../../../../src/core/reply/actions.ts';
import { cardSize, maxCardBytes, renderAdaptiveCard } from '../../../../src/teams/render/adaptive-card.ts';
import type { AdaptiveCard } from '../../../../src/teams/render/card-types.ts';
import { allResolutions, allStepTexts } from '../../../fakes/all-resolutions.ts';
import { walkCard } from './card-walk.ts';

const normalize = (s: string): string => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();

/** The card's visible text with markdown links, emphasis and escapes removed. */
function visibleText(card: AdaptiveCard): string {
  const { elements, actions } = walkCard(card);
  const texts = elements.flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));
  const plain = texts.map((t) =>
    t
      .replace(/(?<!\\)\[(.*?)(?<!\\)\]\((?:[^()\s]|\([^)]*\))*\)/g, '$1')
      .replace(/(?<!\\)(\*\*|_)/g, '')
      .replace(/\\(.)/g, '$1'),
  );
  return normalize([...plain, ...actions.map((a) => a.title)].join('\n'));
}

/** Elements Teams mobile renders reliably (Adaptive Cards 1.2); anything newer must carry a fallback. */
const mobileSafe = new Set(['TextBlock', 'Container', 'ColumnSet', 'Image', 'ActionSet']);

const cases = allResolutions();

describe('every knowledge-base entry in every language as an Adaptive Card', () => {
  it('covers the whole knowledge base', () => {
    expect(cases.length).toBeGreaterThanOrEqual(42 * 4);
  });

  it.each(cases.map((c) => [c.id, c.locale, c] as const))('%s (%s)', (_id, _locale, { reply }) => {
    const card = renderAdaptiveCard(reply);
    expect(card.version).toBe('1.5');
    expect(cardSize(card)).toBeLessThanOrEqual(maxCardBytes);
    const { actions, elements } = walkCard(card);
    for (const element of elements) {
      if (!mobileSafe.has(element.type)) expect(element).toHaveProperty('fallback');
      if (element.type === 'TextBlock') expect(element.wrap).toBe(true);
    }
    for (const action of actions) {
      if (action.type === 'Action.Submit') expect(parseActionPayload(action.data)).not.toBeNull();
    }
    const text = visibleText(card);
    for (const step of allStepTexts(reply)) expect(text).toContain(normalize(step));
    expect(text).not.toContain('The rest of this fix is in the article.');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'Action.OpenUrl', url: reply.learnUrl }));
  });
});
