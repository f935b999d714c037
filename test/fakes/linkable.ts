/**
 * The part of a chat client's link detection that matters in front of the support team: a scheme with
 * "//", a dotted host ending in a name, or a dotted IPv4 address. An e-mail address is allowed through
 * (it copies whole).
 */
const linkable = /[a-z][a-z0-9+.-]*:\/\/|(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}|\d{1,3}(?:\.\d{1,3}){3}/giu;

/** What a client would turn into a link in `text`, e-mail addresses left out. */
export function linksIn(text: string): string[] {
  return (text.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, ' ').match(linkable) ?? []).filter(
    Boolean,
  );
}
