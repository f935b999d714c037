import type { Inline, RichText } from './entry.ts';

/**
 * Joins adjacent runs with the same style and link, so a renderer puts one pair of emphasis markers
 * around "Device enrollment" instead of two that touch (which markdown and mrkdwn both misread).
 */
export function mergeRuns(text: RichText): Inline[] {
  const out: Inline[] = [];
  for (const run of text) {
    const last = out.at(-1);
    if (last && last.style === run.style && last.href === run.href) {
      out[out.length - 1] = { ...last, text: last.text + run.text };
    } else out.push({ ...run });
  }
  return out;
}
