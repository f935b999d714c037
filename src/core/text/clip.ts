/** Cuts text to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** The same on one line: runs of white space (line breaks included) become one space first. */
export function clipLine(text: string, max: number): string {
  return clip(text.replace(/\s+/g, ' ').trim(), max);
}

// Control characters other than tab and line breaks, and C1 controls: they render as boxes or
// break chat clients, so text from a user or an article loses them before it is shown anywhere.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Removes control characters, keeping tab, line feed and carriage return. */
export function stripControlChars(text: string): string {
  return text.replace(controlChars, '');
}
