import type { AdaptiveCard, CardAction, CardElement } from '../../../../src/teams/render/card-types.ts';

/** Every element and action of a card, ShowCard contents and Table fallbacks included. */
export function walkCard(card: { body: CardElement[]; actions?: CardAction[] }): {
  elements: CardElement[];
  actions: CardAction[];
} {
  const elements: CardElement[] = [];
  const actions: CardAction[] = [];
  const visitAction = (a: CardAction): void => {
    actions.push(a);
    if (a.type === 'Action.ShowCard') a.card.body.forEach(visit);
  };
  const visit = (e: CardElement): void => {
    elements.push(e);
    switch (e.type) {
      case 'Container':
        e.items.forEach(visit);
        if (e.fallback) visit(e.fallback);
        break;
      case 'ColumnSet':
        for (const c of e.columns) c.items.forEach(visit);
        break;
      case 'Table':
        for (const r of e.rows) for (const c of r.cells) c.items.forEach(visit);
        break;
      case 'ActionSet':
        e.actions.forEach(visitAction);
        break;
      default:
        break;
    }
  };
  card.body.forEach(visit);
  (card.actions ?? []).forEach(visitAction);
  return { elements, actions };
}

/** All visible text of a card with markdown escapes removed, for "is this content present?" checks. */
export function cardText(card: AdaptiveCard): string {
  const { elements, actions } = walkCard(card);
  const texts = elements.flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));
  const titles = actions.map((a) => a.title);
  return [...texts, ...titles].join('\n').replace(/\\(.)/g, '$1').replace(/\*\*/g, '');
}
