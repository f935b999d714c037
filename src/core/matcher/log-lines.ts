/** Texts up to this length are read whole; longer pastes (logs, ticket exports) are cut to their error lines. */
export const wholeTextLimit = 1500;
const maxLines = 12;
const maxLineChars = 400;
/** Hard caps on what is scanned at all, so a paste of any size or shape costs bounded time. */
const maxScanChars = 200_000;
/**
 * Lines looked at, at most: the first and the last half of them (a log's error is often its last line).
 * A paste of 50,000 distinct one-word lines costs a fifth of the time it would.
 */
const maxScanLines = 10_000;

const errorWords =
  /\b(?:error|errorcode|fail(?:s|ed|ure)?|exception|denied|invalid|unable|cannot|can't|could not|not (?:supported|recognized|authorized|configured|defined)|unavailable|reached|erreur|echec|échec|impossible|fel|misslyckades|ogiltig)\b|错误|失败|无效|无法/i;
const codeLike = /0x[0-9a-f]{3,8}\b|\b[a-z]+[A-Z][a-z]+[A-Z][A-Za-z]+\b|[A-Z]+_[A-Z_]+/;
/** What `codeLike` needs ("0x" or a capital) and the masked numbers need (a digit): most lines of a blob have neither. */
const mayBeCode = /0x|[A-Z]/;
const digit = /\d/;
const noise = /^\s*(?:at |\s*$)/;

/**
 * From a long paste, the lines most likely to carry the error: lines with codes or error tokens first,
 * then lines with error words, in their original order, each cut to a few hundred characters. Short
 * texts come back unchanged. `extraScore` lets the caller favour lines holding what it knows (codes).
 * A long text without any such line comes back as its beginning, with `errorFound: false`.
 */
export function findErrorLines(
  text: string,
  extraScore: (line: string) => number = () => 0,
): { focus: string; errorFound: boolean } {
  if (text.length <= wholeTextLimit) return { focus: text, errorFound: true };
  // A paste without line breaks (JSON logs, ticket exports) is cut at sentence and field ends, then into
  // windows, so one long line does not hide the error at its end.
  const cut: string[] = [];
  for (const line of firstAndLastLines(text.slice(0, maxScanChars), maxScanLines)) {
    if (line.length <= maxLineChars) cut.push(line);
    else for (const piece of splitLongLine(line)) cut.push(piece);
  }
  const lines = headAndTail(cut, maxScanLines);
  const scored: { index: number; score: number }[] = [];
  const seen = new Set<string>();
  // A line met before as it stands was read then (kept, or skipped as noise or as a repeat).
  const met = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (met.has(line)) continue;
    met.add(line);
    if (noise.test(line)) continue;
    const head = line.length > maxLineChars ? line.slice(0, maxLineChars) : line;
    // Repeated lines (retries, loops) say nothing new: compared with numbers, times and ids masked.
    const shape = digit.test(head) ? head.replace(/\b[0-9a-f]*\d[0-9a-f]*\b/gi, '#') : head;
    if (seen.has(shape)) continue;
    seen.add(shape);
    const score =
      (mayBeCode.test(head) && codeLike.test(head) ? 2 : 0) +
      (errorWords.test(head) ? 1 : 0) +
      extraScore(head);
    if (score > 0) scored.push({ index: i, score });
  }
  // The best lines only: a plain "ERROR" line adds noise next to one that holds a code or a message.
  const best = scored.reduce((max, s) => Math.max(max, s.score), 0);
  const chosen = scored
    .filter((s) => s.score >= Math.max(1, best - 1))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, maxLines)
    .sort((a, b) => a.index - b.index);
  if (chosen.length === 0) return { focus: text.slice(0, wholeTextLimit), errorFound: false };
  return {
    focus: chosen.map(({ index }) => lines[index].slice(0, maxLineChars)).join('\n'),
    errorFound: true,
  };
}

function headAndTail(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  const half = Math.floor(max / 2);
  return [...lines.slice(0, half), ...lines.slice(lines.length - half)];
}

/**
 * `headAndTail` of the text's lines (split at "\n" and "\r\n"), without cutting the lines between them
 * out of the text: 50,000 one-letter lines cost the 10,000 that are read, not five times that.
 */
function firstAndLastLines(text: string, max: number): string[] {
  const half = Math.floor(max / 2);
  // A line ended by "\r\n" loses its "\r"; the last line, ended by nothing, keeps it.
  const line = (from: number, to: number) =>
    text.slice(from, to > from && to < text.length && text[to - 1] === '\r' ? to - 1 : to);
  const head: string[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0 && head.length < max; at = text.indexOf('\n', from)) {
    head.push(line(from, at));
    from = at + 1;
  }
  if (head.length < max) return [...head, line(from, text.length)];
  // More lines than `max`: the first half of them, and the last half read from the end.
  const tail: string[] = [];
  let to = text.length;
  for (let at = text.lastIndexOf('\n'); tail.length < half; at = text.lastIndexOf('\n', to - 1)) {
    tail.push(line(at + 1, to));
    to = at;
  }
  return [...head.slice(0, half), ...tail.reverse()];
}

function splitLongLine(line: string): string[] {
  const out: string[] = [];
  for (const part of line.split(/(?<=[.;|,}\]])\s+/)) {
    for (let i = 0; i < part.length; i += maxLineChars) out.push(part.slice(i, i + maxLineChars));
  }
  return out;
}
