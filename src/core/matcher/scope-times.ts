import type { MatcherData } from './matcher-data.ts';
import { isHan } from './normalize.ts';
import { escapeForPattern } from './scope-placement.ts';

/** Characters before and after a count read for a frame's words ("il y a", "in the last", "sedan"). */
const lookAround = 24;
/**
 * What a relative time becomes: one word no article holds, so the text keeps its weight and a short text
 * with a time in it is not read as a shorter, surer one ("the client install failed a few hours ago").
 */
const placeholder = 'timeago';

/**
 * Takes relative times and durations of minutes to weeks out of a text before its words are compared with
 * the articles: "retired an hour ago", "för en timme sedan", "il y a une heure", "一小时前", "for two days"
 * say when something happened; their "hour" or "heure" is no clock set to the wrong time (the Windows
 * clock card), nor their "ago" an installer downloaded long ago. A clock an hour behind ("une heure de
 * retard", "慢了一个小时") is left alone: no frame of `timeFrames` holds it; so is "a year ago", which says
 * something is old. Built once from scope.json `placement`.
 */
export function createRelativeTimeEraser(data: MatcherData): (text: string) => string {
  const p = data.scope.placement;
  const terms = (lists: { terms: string[] }[]) => lists.flatMap((l) => l.terms);
  // Longer alternatives first, so "a few" is tried before "a" and "minutes" before "min".
  const alternatives = (list: string[]) =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map((t) => escapeForPattern(t).replace(/ /g, '\\s+'))
      .join('|');
  const counts = terms(p.timeCounts);
  const units = terms(p.timeUnits);
  const frames = terms(p.timeFrames).map((f) => f.split('…').map((s) => s.trim()));
  const latin = frames.filter(([a, b]) => !isHan(a) && !isHan(b));
  const edge = '(?:^|[^\\p{L}\\p{N}])';
  const opening = (list: string[]) => new RegExp(`${edge}(?:${alternatives(list)})\\s+$`, 'iu');
  const closing = (list: string[]) => new RegExp(`^\\s+(?:${alternatives(list)})(?![\\p{L}\\p{N}])`, 'iu');
  const openOnly = opening(latin.filter(([a, b]) => a && !b).map(([a]) => a));
  const closeOnly = closing(latin.filter(([a, b]) => !a && b).map(([, b]) => b));
  const pairs = latin.filter(([a, b]) => a && b).map(([a, b]) => ({ a: opening([a]), b: closing([b]) }));
  const hanClose = frames.filter(([, b]) => isHan(b)).map(([, b]) => b);
  // A count and a unit, each a whole word; or in Chinese a run of them with its frame after it.
  const span = new RegExp(
    `${edge}((?:(?:\\d+|${alternatives(counts.filter((t) => !isHan(t)))})\\s+)?(?:${alternatives(units.filter((t) => !isHan(t)))}))(?![\\p{L}\\p{N}])` +
      `|((?:\\d+\\s*|${alternatives(counts.filter(isHan))})*(?:${alternatives(units.filter(isHan))})(?:${alternatives(hanClose)}))`,
    'giu',
  );
  /** Length of what `pattern` matches at the end of `before` (an opening) or the start of `after`. */
  const length = (pattern: RegExp, text: string, atEnd: boolean) => {
    const m = pattern.exec(text);
    if (!m) return -1;
    // An opening's match may start with the character before the words ("(?:^|[^\p{L}])").
    return atEnd ? m[0].replace(/^[^\p{L}\p{N}]/u, '').length : m[0].length;
  };
  return (text) => {
    let out = '';
    let done = 0;
    for (const m of text.matchAll(span)) {
      const [whole, latinSpan, hanSpan] = m;
      const at = m.index ?? 0;
      if (hanSpan) {
        out += `${text.slice(done, at)} ${placeholder} `;
        done = at + whole.length;
        continue;
      }
      const start = at + whole.length - latinSpan.length;
      const end = at + whole.length;
      const before = text.slice(Math.max(done, start - lookAround), start);
      const after = text.slice(end, end + lookAround);
      // A frame of two parts ("för … sedan") before one of either.
      let open = -1;
      let close = -1;
      for (const { a, b } of pairs) {
        const o = length(a, before, true);
        const c = o >= 0 ? length(b, after, false) : -1;
        if (c >= 0) [open, close] = [o, c];
      }
      if (open < 0) {
        open = length(openOnly, before, true);
        close = length(closeOnly, after, false);
        if (open >= 0 || close >= 0) [open, close] = [Math.max(open, 0), Math.max(close, 0)];
      }
      if (open < 0 || close < 0) continue;
      out += `${text.slice(done, start - open)} ${placeholder} `;
      done = end + close;
    }
    return done === 0 ? text : out + text.slice(done);
  };
}
