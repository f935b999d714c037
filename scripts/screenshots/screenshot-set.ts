// Dev-only: the accuracy set for screenshot reading, generated (never hand-made): each entry's message
// in every language it is published in, in the styles users send it, plus photos of screens and
// pictures with no error.
import type { KnowledgeBase, Locale } from '../../src/core/knowledge/entry.ts';
import {
  createRandom,
  drawMessage,
  drawNoError,
  hasCjkFont,
  type Message,
  photograph,
  type Size,
  type Style,
} from './draw.ts';

export type Sample = {
  name: string;
  /** The style, or `photo` / `no-error`. */
  kind: string;
  locale: Locale;
  /** The message drawn; undefined on a picture with no error. */
  message?: string;
  /** The language the message is drawn in, when it is not the conversation's. */
  messageLocale?: Locale;
  entryId?: string;
  image(): Promise<Uint8Array>;
};

/** Splits a title into the bold first sentence and the rest, as alerts show it. */
export function asMessage(title: string): Message {
  const m = title.match(/^(.+?[.。:：])\s*(.+)$/u);
  return m ? { title: m[1] ?? title, body: m[2] ?? '' } : { title, body: '' };
}

/** Where the message shows up: iOS messages on the phone, Windows codes on the desktop, the rest on both. */
function stylesFor(entry: KnowledgeBase['entries'][number]): [Style, Size][] {
  if (entry.codes.some((c) => c.startsWith('0x')))
    return [
      ['windows-dialog', 'desktop'],
      ['log-window', 'desktop'],
    ];
  if (entry.id.startsWith('ios/'))
    return [
      ['ios-alert', 'phone'],
      ['company-portal', 'phone'],
    ];
  return [
    ['company-portal', 'desktop'],
    ['ios-alert', 'phone'],
  ];
}

export function buildScreenshotSet(kb: KnowledgeBase, options: { every?: number } = {}): Sample[] {
  const samples: Sample[] = [];
  let seed = 1;
  for (const entry of kb.entries) {
    for (const [locale, localized] of Object.entries(entry.locales) as [
      Locale,
      { title: string; fallback: boolean },
    ][]) {
      if (localized.fallback || (locale === 'zh-CN' && !hasCjkFont)) continue;
      const message = asMessage(localized.title);
      const styles = stylesFor(entry);
      for (const [style, size] of styles) {
        const s = seed++;
        // Every other phone screenshot at 3× (newer iPhones), the rest at 2×.
        const scale = size === 'phone' && s % 2 === 1 ? 1.5 : 1;
        samples.push({
          name: `${entry.id} ${locale} ${style}/${size}${scale > 1 ? '@3x' : ''}`,
          kind: style,
          locale,
          message: localized.title,
          entryId: entry.id,
          image: async () => drawMessage(style, size, message, s, scale).encode('png'),
        });
      }
      const [style, size] = styles[seed % styles.length] as [Style, Size];
      const s = seed++;
      samples.push({
        name: `${entry.id} ${locale} photo of ${style}/${size}`,
        kind: 'photo',
        locale,
        message: localized.title,
        entryId: entry.id,
        image: async () => photograph(drawMessage(style, size, message, s), s).encode('jpeg', 85),
      });
    }
  }
  const locales: Locale[] = ['en', 'sv', 'fr', 'zh-CN'];
  for (let i = 0; i < 48; i++) {
    const s = seed++;
    const locale = locales[i % locales.length] as Locale;
    samples.push({
      name: `no error #${i}`,
      kind: 'no-error',
      locale,
      image: async () =>
        i % 3 === 2 ? photograph(drawNoError(i, s), s).encode('jpeg', 85) : drawNoError(i, s).encode('png'),
    });
  }
  // A seeded draw rather than every Nth picture: the set repeats a pattern of styles that a stride would hit.
  const every = options.every ?? 1;
  const pick = createRandom(4242);
  return samples.filter(() => every <= 1 || pick() < 1 / every);
}
