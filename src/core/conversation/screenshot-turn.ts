import type { Locale } from '../knowledge/entry.ts';
import type { ImageReading } from '../ports/image-text-reader.ts';
import type { Translator } from '../ports/translator.ts';
import type { Reply } from '../reply/reply.ts';

/** Longest excerpt of the read text quoted back to the user. */
const quoteLimit = 300;

/**
 * What a read screenshot becomes: the recognised text, to go into the turn exactly as if typed, with a
 * notice of what was read first (so a misreading is visible); a refused or illegible picture gets its
 * reason and a request for the text, never a card from a guess.
 */
export function screenshotTurn(
  reading: ImageReading,
  translator: Translator,
  locale: Locale,
): { text: string; notices: Reply[] } | { refusal: Reply[] } {
  const t = translator.forLocale(locale);
  if (reading.kind === 'refused')
    return { refusal: [{ kind: 'text', tone: 'warning', text: t(`screenshot:refused.${reading.reason}`) }] };
  const oneLine = reading.text.replace(/\s*\n\s*/g, ' ');
  const quoted = oneLine.length > quoteLimit ? `${oneLine.slice(0, quoteLimit - 1)}…` : oneLine;
  return {
    text: reading.text,
    notices: [{ kind: 'text', tone: 'info', text: t('screenshot:read', { text: quoted }) }],
  };
}
