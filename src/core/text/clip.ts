/** Cuts text to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** The same on one line: runs of white space (line breaks included) become one space first. */
export function clipLine(text: string, max: number): string {
  return clip(text.replace(/\s+/g, ' ').trim(), max);
}

// Control characters other than tab and line breaks, and C1 controls: they render as boxes or
// break chat clients, so text from a user or an article loses them before it is shown anywhere. So do
// the invisible direction marks and overrides (a right-to-left override shows "exe.txt" for "txt.exe"
// in a support card) and zero-width spaces; the zero-width joiner of emoji sequences stays.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const asciiControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const invisibleMarks = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const controlChars = new RegExp(`${asciiControls.source}|${invisibleMarks.source}`, 'g');

/**
 * Characters that show nothing but split a word for a reader that compares text: zero-width spaces and
 * joiners, the soft hyphen, direction marks. "0x80CF\u200B0437" is the code 0x80CF0437 to whoever sees it.
 */
export const invisibleChars =
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Removes control characters and invisible direction marks, keeping tab, line feed and carriage return. */
export function stripControlChars(text: string): string {
  return text.replace(controlChars, '');
}
