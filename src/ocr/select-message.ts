import { isAppLabels, namesApp } from './app-labels.ts';
import type { OcrLine, OcrPageResult } from './ocr-lines.ts';

/** Below this a line is more likely noise (icons, wallpaper, glare) than words. */
const lineConfidence = 55;
/** Below this the whole reading is too faint to act on: the bot asks for the text instead. */
export const readingConfidence = 65;

const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const cjkGap = new RegExp(`(?<=[${cjk}])\\s+(?=[${cjk}])`, 'gu');
const clock = /^\W*\d{1,2}[:.]\d{2}(\s?[AP]M)?\b/i;

/** Tesseract puts a space between Chinese characters; the matcher expects them joined. */
export function joinCjk(text: string): string {
  return text.replace(cjkGap, '');
}

function letters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** A single token that is an error name or code (`NoEnrollmentPolicy`, `0x80CF0437`, `XPC_TYPE_ERROR`). */
function isCodeLike(word: string): boolean {
  return (
    /^(0x[0-9a-fA-F]{4,}|[A-Z][a-z]+(?:[A-Z][a-z]+)+|[A-Z0-9]+(?:_[A-Z0-9]+)+)\W*$/.test(word) &&
    word.length >= 6
  );
}

type PageShape = { width: number; height: number; showsIconRows?: boolean };

/** A whole phone screen or a whole desktop, not a picture cropped to the message. */
function isFullScreen(page: PageShape): boolean {
  return page.height > page.width * 1.5 || (page.width >= 1280 && page.width > page.height * 1.4);
}

/**
 * Chrome rather than message: the status bar and the app's header band at the top of a whole screen
 * (clock, carrier, battery, "Company Portal"), a clock anywhere, the labels under home-screen icons
 * (far apart on one line), and what is too uncertain to be words.
 */
function isChrome(line: OcrLine, page: PageShape): boolean {
  if (line.confidence < lineConfidence || letters(line.text) < 2) return true;
  if (clock.test(line.text)) return true;
  // 12 %: in a photo of a phone the screen is smaller than the picture, so its header sits lower.
  if (isFullScreen(page) && line.bottom < page.height * 0.12) return true;
  return isIconRow(line) || isAppLabels(line.text, page.showsIconRows ?? false);
}

/** Labels under a row of icons are far apart on one line (unless the names are long and close). */
function isIconRow(line: OcrLine): boolean {
  return line.widestGap > 1.5;
}

/**
 * Two legible rows of icon labels (far apart, or app names) make a home screen or a launcher: its other
 * labels are no message either, even cut short ("Authenticator Comp").
 */
function showsIconRows(lines: OcrLine[]): boolean {
  const rows = lines.filter(
    (l) => l.confidence >= lineConfidence && (isIconRow(l) || isAppLabels(l.text, false)),
  );
  return rows.length >= 2;
}

/**
 * A line that is surely part of a message: several words, or Chinese text, or an error name on its
 * own. A button ("OK", "Close") or an icon label is not.
 */
function isMessageLine(line: OcrLine): boolean {
  const words = line.text.split(/\s+/).filter((w) => letters(w) > 0);
  if (/\p{Script=Han}{2,}/u.test(line.text)) return true;
  if (words.length >= 2) return !words.every((w) => letters(w) <= 2);
  return isCodeLike(words[0] ?? '') || letters(line.text) >= 10;
}

/** A log line begins with a time (perhaps after a date, perhaps misread). */
const logStamp = /^[^\p{L}]{0,14}\d{1,2}[:.]\d{2}[:.]\d{2}[\d.,]*\s*/u;
const errorLevel = /^\[?(?:ERROR|ERR|FATAL|CRITICAL|FAIL(?:ED|URE)?)\]?:?\s+/i;
const component = /^(?:\[[^\]]{1,40}\]\s*)+/;

/**
 * In a log window the error is the line logged as an error (with its wrapped continuation), not the
 * informational lines around it; the time, level and component tags are not part of the message. A
 * log with no legible error line has no message (empty). Undefined when the page is no log.
 */
function logErrorLines(lines: OcrLine[]): OcrLine[] | undefined {
  if (lines.filter((l) => logStamp.test(l.text)).length < 3) return undefined;
  const found: OcrLine[] = [];
  let inError = false;
  for (const line of lines) {
    if (logStamp.test(line.text)) {
      const rest = line.text.replace(logStamp, '');
      inError = errorLevel.test(rest);
      if (inError) found.push({ ...line, text: rest.replace(errorLevel, '').replace(component, '') });
    } else if (inError && line.confidence >= lineConfidence) found.push(line);
  }
  return found;
}

export type SelectedText = { text: string; confidence: number };

/** The message text of a page and its confidence (length-weighted mean over the kept lines). */
export function selectMessage(page: OcrPageResult): SelectedText {
  const joined = page.lines.map((l) => ({ ...l, text: joinCjk(l.text) }));
  const logged = logErrorLines(joined);
  if (logged) return withConfidence(logged.filter((l) => letters(l.text) > 0));
  const lines = joined.filter((l) => !isChrome(l, { ...page, showsIconRows: showsIconRows(joined) }));
  // A paragraph with one sure message line keeps its other words too (a title wrapped onto a second
  // line, however short its end: "Workplace / Join"), but not a button under it ("OK"), which sits
  // further down than a wrapped line would.
  const messageParagraphs = new Set(lines.filter(isMessageLine).map((l) => l.paragraph));
  const kept: OcrLine[] = [];
  for (const l of lines) {
    if (!messageParagraphs.has(l.paragraph)) continue;
    const above = kept.at(-1);
    const wrapped =
      above?.paragraph === l.paragraph && l.top - above.bottom < 0.9 * (above.bottom - above.top);
    if (isMessageLine(l) || letters(l.text) >= 6 || (wrapped && letters(l.text) >= 3)) kept.push(l);
  }
  return withConfidence(kept);
}

function withConfidence(kept: OcrLine[]): SelectedText {
  const weight = kept.reduce((s, l) => s + letters(l.text), 0);
  const confidence = weight ? kept.reduce((s, l) => s + l.confidence * letters(l.text), 0) / weight : 0;
  return { text: kept.map((l) => l.text).join('\n'), confidence: Math.round(confidence) };
}

/**
 * A second reading costs as much as the first, twice as much in Chinese: past this much recognition work
 * (`OcrPageResult.work`, in line heights of text) a picture is not read again. A whole phone screen
 * takes 15–400 (an alert over a home screen about 380), a photographed console of small text and noise
 * 600–800 (about 2 s of CPU, then 4–5 s more in Chinese). The cap comes from the picture, not from a
 * clock, so the answer does not depend on how busy the machine is.
 */
export const secondReadingBudget = 500;

/**
 * After reading with the user's script: try the other one only when this reading found no clear message
 * but there is text it could not read (Chinese seen through Latin models, or the reverse). A picture
 * with no text, or with legible text that is no message, is not read twice. What is unread must be
 * shaped like text: an app icon read as "800" or "S00" is as tall as several lines of the page. A second
 * reading costs a second engine set-up and a second recognition, often over a second of CPU.
 */
export function worthAnotherScript(page: OcrPageResult): boolean {
  if ((page.work ?? 0) > secondReadingBudget) return false;
  const selected = selectMessage(page);
  if (letters(selected.text) >= 6 && selected.confidence >= 75) return false;
  // The height of a line of text on this page: that of the legible lines, when there are any.
  const legible = page.lines.filter((l) => l.confidence >= 70);
  const lineHeight = median((legible.length ? legible : page.lines).map((l) => l.bottom - l.top));
  const unread = page.lines.filter((l) => l.confidence < 70 && l.bottom - l.top <= 2 * lineHeight);
  // On a home screen legible in this script, scattered unsure shapes are icons and wallpaper, and an
  // unsure row of labels is far apart or names an app: only a whole unsure line of an alert is worth
  // another reading.
  if (showsIconRows(page.lines))
    return unread.some((l) => letters(l.text) >= 8 && !isIconRow(l) && !namesApp(l.text));
  return unread.reduce((s, l) => s + letters(l.text), 0) >= 4;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
