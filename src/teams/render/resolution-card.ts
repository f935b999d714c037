import type { Block, Step } from '../../core/knowledge/entry.ts';
import type { ReplyAction, ResolutionReply, ResolvedCause } from '../../core/reply/reply.ts';
import type { AdaptiveCard, CardAction, CardElement, Container, SubmitAction } from './card-types.ts';
import {
  foldedSection,
  numberMarker,
  type RenderContext,
  renderBlocks,
  renderSteps,
  richBlock,
  textBlock,
} from './content.ts';
import {
  cleanText,
  emphasize,
  escapeMarkdown,
  plainToMarkdown,
  richTextToPlain,
  safeHref,
} from './markdown.ts';
import type { CardStrings } from './strings.ts';

export const adaptiveCardSchema = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const adaptiveCardVersion = '1.5';
/** Teams shows at most this many actions in one row; the rest would be hidden. */
export const maxCardActions = 6;

/**
 * How much may be folded away or summarised when the full card is too large:
 * `full` shows everything; `compact` too, with steps as plain numbered text blocks (no hanging
 * indent, a third of the bytes); `brief-others` is compact and reduces the other causes to their summary plus the
 * "continues in the article" line and the Learn link. Nothing disappears without that line.
 */
export type Detail = 'full' | 'compact' | 'brief-others';

export function submitAction(action: ReplyAction): SubmitAction {
  return {
    type: 'Action.Submit',
    title: cleanText(action.label),
    data: { ieb: action.payload },
    ...(action.style ? { style: action.style } : {}),
  };
}

function section(title: string, intro: Block[], steps: Step[], ctx: RenderContext): CardElement[] {
  const out: CardElement[] = [];
  if (title) out.push(textBlock(`**${escapeMarkdown(title)}**`, { spacing: 'Medium' }));
  out.push(...renderBlocks(intro, ctx));
  if (steps.length > 0) out.push(...renderSteps(steps, ctx, numberMarker));
  return out;
}

/** The cause header: heading, the article's cause text, and why the triage ranked it here. */
function causeHeader(cause: ResolvedCause): CardElement[] {
  const out: CardElement[] = cause.heading
    ? [textBlock(`**${escapeMarkdown(cause.heading)}**`, { color: 'Accent' })]
    : [];
  if (cause.summary.length > 0) out.push(richBlock(cause.summary, { spacing: 'Small' }));
  if (cause.rankReason) {
    out.push(
      textBlock(emphasize(escapeMarkdown(cause.rankReason), '_'), { isSubtle: true, spacing: 'Small' }),
    );
  }
  return out;
}

/**
 * One cause in full. When the article gives alternatives ("Resolution #1, #2…") and no common steps,
 * the first alternative is shown and the others fold away; inside a ShowCard everything is inline.
 */
export function renderCause(cause: ResolvedCause, ctx: RenderContext): CardElement[] {
  const out: CardElement[] = [...renderBlocks(cause.intro, ctx)];
  if (cause.steps.length > 0) {
    out.push(textBlock(`**${escapeMarkdown(cause.stepsTitle ?? ctx.labels.steps)}**`, { spacing: 'Medium' }));
    out.push(...renderSteps(cause.steps, ctx, numberMarker));
  }
  cause.alternatives.forEach((alt, i) => {
    const inline = ctx.depth > 0 || (i === 0 && cause.steps.length === 0);
    if (inline) out.push(...section(alt.title, alt.intro, alt.steps, ctx));
    else {
      const body = section('', alt.intro, alt.steps, { ...ctx, depth: ctx.depth + 1 });
      out.push(foldedSection(cleanText(alt.label), body));
    }
  });
  out.push(...renderBlocks(cause.outro, ctx));
  return out;
}

function continuedLine(reply: ResolutionReply, strings: CardStrings): CardElement {
  const href = safeHref(reply.learnUrl);
  const link = href ? ` [${escapeMarkdown(reply.labels.openInLearn)}](${href})` : '';
  return textBlock(`${emphasize(escapeMarkdown(strings.continued), '_')}${link}`, { isSubtle: true });
}

function otherCauses(reply: ResolutionReply, ctx: RenderContext, detail: Detail): CardElement[] {
  const others = reply.causes.slice(1);
  if (others.length === 0) return [];
  const out: CardElement[] = [
    textBlock(`**${escapeMarkdown(reply.labels.moreCauses)}**`, { separator: true, spacing: 'Large' }),
  ];
  // Each other cause shows its heading and the article's cause text; its steps unfold under a button.
  for (const cause of others) {
    out.push({ type: 'Container', spacing: 'Medium', items: causeHeader(cause) });
    const body = detail === 'brief-others' ? [] : renderCause(cause, { ...ctx, depth: 1 });
    // The button names its cause: four buttons all called "Steps" cannot be told apart.
    if (body.length > 0) out.push(foldedSection(cleanText(cause.label), body));
  }
  if (detail === 'brief-others') out.push(continuedLine(reply, ctx.strings));
  return out;
}

function cardActions(reply: ResolutionReply): { actions: CardAction[]; extra: CardElement[] } {
  const submits: CardAction[] = reply.actions.map(submitAction);
  const href = safeHref(reply.learnUrl);
  const learn: CardAction[] = href
    ? [{ type: 'Action.OpenUrl', title: cleanText(reply.labels.openInLearn), url: href }]
    : [];
  const all = [...submits, ...learn];
  if (all.length <= maxCardActions) return { actions: all, extra: [] };
  // More buttons than a Teams row holds: the rest go in an ActionSet at the end of the body.
  return {
    actions: all.slice(0, maxCardActions),
    extra: [{ type: 'ActionSet', actions: all.slice(maxCardActions) }],
  };
}

/** The resolution card: title, why, likely cause first, numbered steps, notes, Learn link, buttons. */
export function renderResolutionCard(
  reply: ResolutionReply,
  strings: CardStrings,
  detail: Detail = 'full',
): AdaptiveCard {
  const ctx: RenderContext = { labels: reply.labels, strings, depth: 0, compact: detail !== 'full' };
  const head: CardElement[] = [
    textBlock(escapeMarkdown(reply.title), { size: 'Large', weight: 'Bolder', style: 'heading' }),
    textBlock(plainToMarkdown(reply.why), { isSubtle: true, size: 'Small', spacing: 'Small' }),
  ];
  if (reply.codes.length > 0) {
    const codes = reply.codes.map((c) => `\`${cleanText(c)}\``).join(', ');
    head.push(
      textBlock(`${escapeMarkdown(reply.labels.codes)}: ${codes}`, { size: 'Small', spacing: 'Small' }),
    );
  }
  if (reply.fallbackNotice) {
    head.push(textBlock(plainToMarkdown(reply.fallbackNotice), { color: 'Warning', size: 'Small' }));
  }
  head.push(...renderBlocks(reply.intro, ctx));
  const [first] = reply.causes;
  const likely: Container[] = first
    ? [{ type: 'Container', style: 'emphasis', items: [...causeHeader(first)], spacing: 'Medium' }]
    : [];
  // The log the symptom quotes comes after the likely cause and its steps.
  const firstBody = [...(first ? renderCause(first, ctx) : []), ...renderBlocks(reply.evidence, ctx)];
  const { actions, extra } = cardActions(reply);
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: adaptiveCardVersion,
    fallbackText: fallbackTextOf(reply),
    msteams: { width: 'Full' },
    body: [...head, ...likely, ...firstBody, ...otherCauses(reply, ctx, detail), ...extra],
    actions,
  };
}

/** Plain text for clients that cannot show the card, and for notifications. */
export function fallbackTextOf(reply: ResolutionReply): string {
  const cause = reply.causes[0] ? richTextToPlain(reply.causes[0].summary) : '';
  return [cleanText(reply.title), cause, reply.learnUrl].filter(Boolean).join(' — ');
}
