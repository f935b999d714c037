import { toGrey } from './grey-image.ts';
import { widestGap, withoutStrayMarks } from './line-words.ts';
import type { LanguageSet, OcrJob, OcrLine, OcrPageResult } from './ocr-lines.ts';
import { type Picture, picturesFrom } from './preprocess.ts';
import { readingConfidence, selectMessage, worthAnotherScript } from './select-message.ts';
import { decodeSmallJpeg, smallJpegPixels } from './small-jpeg.ts';
import type { TesseractEngine } from './tesseract-engine.ts';

/** One recognition of the picture: its lines, and the work it took (see `OcrPageResult.work`). */
function recognise(
  engine: TesseractEngine,
  languages: LanguageSet,
  picture: Picture,
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
 * Turns the decoded picture grey and reads it with the job's first language set, then with the next only while
 * the reading found no message and the work allows (see `worthAnotherScript`); the best reading wins.
 * A photo of a screen is read cleaned up first, and as it is only when that shows no message.
 */
export async function readPage(engine: TesseractEngine, job: OcrJob): Promise<OcrPageResult> {
  const pixels = 'jpeg' in job.pixels ? decodeSmallJpeg(job.pixels.jpeg, smallJpegPixels) : job.pixels;
  const pictures = picturesFrom(toGrey(pixels), job.orientation);
  let best: OcrPageResult | undefined;
  let bestPicture = pictures[0] as Picture;
  let work = 0;
  const [first, ...others] = job.order;
  for (const picture of pictures) {
    const reading = recognise(engine, first as LanguageSet, picture);
    work += reading.work;
    const result = {
      lines: reading.lines,
      languages: first as LanguageSet,
      width: picture.width,
      height: picture.height,
      work,
    };
    // The first picture that shows a message is read; otherwise the reading with the most legible text.
    const shows = showsMessage(result);
    if (shows || !best || score(result) > score(best)) {
      best = result;
      bestPicture = picture;
    }
    if (shows) break;
  }
  for (const languages of others) {
    if (!worthAnotherScript({ ...(best as OcrPageResult), work })) break;
    const reading = recognise(engine, languages, bestPicture);
    work += reading.work;
    const result = {
      lines: reading.lines,
      languages,
      width: bestPicture.width,
      height: bestPicture.height,
      work,
    };
    if (score(result) > score(best as OcrPageResult)) best = result;
  }
  return { ...(best as OcrPageResult), work };
}

function showsMessage(page: OcrPageResult): boolean {
  const selected = selectMessage(page);
  return selected.text.length >= 6 && selected.confidence >= readingConfidence;
}

function score(r: OcrPageResult): number {
  const good = r.lines.filter((l) => l.confidence >= 60);
  return good.reduce((s, l) => s + l.text.length * l.confidence, 0);
}
