import { widestGap, withoutStrayMarks } from './line-words.ts';
import type { LanguageSet, OcrJob, OcrLine, OcrPageResult } from './ocr-lines.ts';
import { toGreyscalePgm } from './preprocess.ts';
import { worthAnotherScript } from './select-message.ts';
import type { TesseractEngine } from './tesseract-engine.ts';

/** One recognition of the picture: its lines, and the work it took (see `OcrPageResult.work`). */
function recognise(
  engine: TesseractEngine,
  languages: LanguageSet,
  picture: { pgm: Uint8Array; hasDarkAreas: boolean },
): { lines: OcrLine[]; work: number } {
  let paragraph = 0;
  let work = 0;
  const lines = engine
    .recognise(languages, picture.pgm, { retryInverted: picture.hasDarkAreas })
    .flatMap((b) =>
      b.paragraphs.flatMap((p) => {
        paragraph++;
        return p.lines.flatMap((l) => {
          const height = l.bbox.y1 - l.bbox.y0;
          work += (l.bbox.x1 - l.bbox.x0) / Math.max(1, height);
          const words = withoutStrayMarks(l.words, height);
          if (!words.length) return [];
          const weight = words.reduce((s, w) => s + w.text.length, 0);
          return [
            {
              paragraph,
              text: words.map((w) => w.text).join(' '),
              confidence: words.reduce((s, w) => s + w.confidence * w.text.length, 0) / weight,
              top: l.bbox.y0,
              bottom: l.bbox.y1,
              widestGap: widestGap(words, height),
            },
          ];
        });
      }),
    );
  return { lines, work: Math.round(work) };
}

/**
 * Decodes the picture and reads it with the job's first language set, then with the next only while
 * the reading found no message and the work allows (see `worthAnotherScript`); the best reading wins.
 */
export function readPage(engine: TesseractEngine, job: OcrJob): OcrPageResult {
  const picture = toGreyscalePgm(job.bytes, job.format, job.maxPixels);
  const { width, height } = picture;
  let best: OcrPageResult | undefined;
  let work = 0;
  for (const languages of job.order) {
    const reading = recognise(engine, languages, picture);
    work += reading.work;
    const result = { lines: reading.lines, languages, width, height, work };
    if (!best || score(result) > score(best)) best = result;
    if (!worthAnotherScript(result)) break;
  }
  return { ...(best as OcrPageResult), work };
}

function score(r: OcrPageResult): number {
  const good = r.lines.filter((l) => l.confidence >= 60);
  return good.reduce((s, l) => s + l.text.length * l.confidence, 0);
}
