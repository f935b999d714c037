/**
 * Word joiner: shows nothing, and a chat client's link detector does not read it as part of a scheme or a
 * host name, so "evil.⁠com" is plain text where "evil.com" would be a link.
 */
const joiner = '\u2060';

/**
 * A run of characters that can make up a host name or a dotted path. Matched with one linear pattern and
 * checked in code: a pattern for "labels separated by dots" backtracks on a long word without dots.
 */
const hostRun = /[\p{L}\p{N}._-]+/gu;
const dotBeforeLabel = /\.(?=[\p{L}\p{N}])/gu;
const topLevelLabel = /^\p{L}[\p{L}\p{N}-]*[\p{L}\p{N}]$/u;
const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** "https://", "ftp://": the separator Slack and Teams look for before a host. */
const schemeSeparator = /(?<=[\p{L}\p{N}+.-]):(?=\/\/)/gu;
/** After a host, these say a path or a port follows: with them the host is a link, not an address. */
const linkTail = /^[/:?#]/;
/** What may stand before the `@` of an address: "@contoso.com" alone is a host, not an address. */
const addressChar = /^[\p{L}\p{N}._%+-]$/u;

function looksLikeHost(run: string): boolean {
  const trimmed = run.replace(/[.-]+$/, '');
  if (!trimmed.includes('.')) return false;
  if (ipv4.test(trimmed)) return true;
  const last = trimmed.slice(trimmed.lastIndexOf('.') + 1);
  return topLevelLabel.test(last);
}

/**
 * Makes text someone typed impossible for Slack or Teams to turn into a link on their own: both link bare
 * URLs and domain-looking words ("contoso-support.com/login"), so a requester could put a clickable
 * address of their choosing in front of the support team. A word joiner goes after each dot of a host
 * name (and after the colon of "https://"); the text looks and reads the same. An e-mail address
 * (user@contoso.com, a UPN) stays whole so it copies correctly: at most it becomes a mailto link, which
 * opens a draft to that address rather than a page. Linear in the length of the text.
 */
export function unlinkable(text: string): string {
  const out = text.replace(hostRun, (run, offset: number, whole: string) => {
    if (!looksLikeHost(run)) return run;
    const end = offset + run.length;
    const after = whole.slice(end, end + 1);
    // The local part of an address ("first.last@"), or its domain when nothing makes it a web address.
    if (after === '@' && addressChar.test(whole[end + 1] ?? '')) return run;
    if (whole[offset - 1] === '@' && addressChar.test(whole[offset - 2] ?? '') && !linkTail.test(after))
      return run;
    return run.replace(dotBeforeLabel, `.${joiner}`);
  });
  return out.replace(schemeSeparator, `:${joiner}`);
}
