import type { PhrasingContent, RootContent } from 'mdast';

/**
 * A paragraph that opens with a bold lead-in: `**Cause:** …`, `**Issue:** …`, `**Resolution:**`,
 * `**Resolution #2:**`, or a bold-only line that titles what follows (`**To validate…**:`).
 */
export type Label =
  | { kind: 'cause' | 'issue' | 'resolution'; rest: PhrasingContent[] }
  | { kind: 'part'; title: string; rest: PhrasingContent[] };

// Lead-ins in the article languages. Translations keep the bold, not always the colon's place.
const causeRe = /^(cause|orsak|原因)$/i;
const issueRe = /^(issue|problem|problème|问题)$/i;
const resolutionRe = /^(resolution|lösning|résolution|解决方法|解决方案)$/i;
const alternativeRe = /^(resolution|lösning|résolution|解决方法|解决方案)\s*#?\s*\d+$/i;

export function readLabel(node: RootContent): Label | undefined {
  if (node.type !== 'paragraph') return undefined;
  const [first, ...tail] = node.children;
  if (first?.type !== 'strong') return undefined;
  const lead = textOf(first.children)
    .replace(/[\s:：]+$/u, '')
    .trim();
  const rest = stripLeadingColon(tail);
  if (causeRe.test(lead)) return { kind: 'cause', rest };
  if (issueRe.test(lead)) return { kind: 'issue', rest };
  if (resolutionRe.test(lead)) return { kind: 'resolution', rest };
  if (alternativeRe.test(lead)) return { kind: 'part', title: lead, rest };
  if (lead && isEmpty(rest)) return { kind: 'part', title: lead, rest: [] };
  return undefined;
}

/** `#### Resolution` (any language) marks where the steps of the cause above start. */
export function isResolutionHeading(node: RootContent, anchor: string): boolean {
  if (node.type !== 'heading') return false;
  return /^resolution(-\d+)?$/.test(anchor) || resolutionRe.test(textOf(node.children).trim());
}

export function textOf(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => (n.type === 'html' ? '' : 'value' in n ? n.value : 'children' in n ? textOf(n.children) : ''))
    .join('');
}

function stripLeadingColon(nodes: PhrasingContent[]): PhrasingContent[] {
  const [head, ...tail] = nodes;
  if (head?.type !== 'text') return nodes;
  return [{ ...head, value: head.value.replace(/^\s*[:：]?\s*/u, '') }, ...tail];
}

function isEmpty(nodes: readonly PhrasingContent[]): boolean {
  return textOf(nodes).trim() === '';
}
