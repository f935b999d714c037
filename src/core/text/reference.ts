/**
 * A short reference a user can quote to the helpdesk (7 characters, A–Z and 0–9), derived from what
 * identifies the moment; the same value goes into the log line, so support can find it.
 */
export function shortReference(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).toUpperCase().padStart(7, '0').slice(-7);
}
