import type { ImageTextReader } from '../ports/image-text-reader.ts';
import { spanNames, type Telemetry } from '../ports/telemetry.ts';

/**
 * The screenshot reader with a span per picture: its outcome (text, or why not), the recognition
 * languages and confidence. Neither the image nor the text read from it goes into the span.
 */
export function traceImageReader(reader: ImageTextReader, telemetry: Telemetry): ImageTextReader {
  return {
    read(image, options) {
      const attributes = { 'bot.locale': options.locale, 'bot.ocr.bytes': image.byteLength };
      return telemetry.span(spanNames.ocr, attributes, async (span) => {
        const reading = await reader.read(image, options);
        span.set(
          reading.kind === 'text'
            ? {
                'bot.ocr.outcome': 'text',
                'bot.ocr.confidence': Math.round(reading.confidence),
                'bot.ocr.languages': reading.languages,
              }
            : { 'bot.ocr.outcome': reading.reason },
        );
        return reading;
      });
    },
  };
}
