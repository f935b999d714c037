// A worker thread: decodes one image at a time and recognises it with Tesseract, off the event loop of
// the bot. The parent kills the whole thread on a timeout, so a runaway image cannot hold it.
import { parentPort, workerData } from 'node:worker_threads';
import Tesseract from 'tesseract.js';
import { widestGap, withoutStrayMarks } from './line-words.ts';
import type { LanguageSet, OcrJob, OcrLine, OcrPageResult } from './ocr-lines.ts';
import { toGreyscalePgm } from './preprocess.ts';
import { worthAnotherScript } from './select-message.ts';

const { langPath } = workerData as { langPath: string };

/**
 * One Tesseract engine per thread, holding one language set at a time: an engine costs about 150–200 MB
 * once it has read a page, so a second one would double the thread's memory for the few pictures that
 * need another script. A switch re-initialises the engine in place; starting a fresh one instead was
 * measured slower and no smaller (a stopped engine's memory is not handed back at once).
 */
let engine: Promise<Tesseract.Worker> | undefined;
let loaded: LanguageSet | undefined;

async function engineFor(languages: LanguageSet): Promise<Tesseract.Worker> {
  if (!engine) {
    loaded = languages;
    engine = Tesseract.createWorker(languages, Tesseract.OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
      legacyCore: false,
      legacyLang: false,
    });
  }
  const worker = await engine;
  if (loaded !== languages) {
    await worker.reinitialize(languages, Tesseract.OEM.LSTM_ONLY);
    loaded = languages;
  }
  return worker;
}

async function recognise(languages: LanguageSet, pgm: Uint8Array): Promise<OcrLine[]> {
  const worker = await engineFor(languages);
  const { data } = await worker.recognize(Buffer.from(pgm), {}, { blocks: true, text: false });
  let paragraph = 0;
  return (data.blocks ?? []).flatMap((b) =>
    b.paragraphs.flatMap((p) => {
      paragraph++;
      return p.lines.flatMap((l) => {
        const words = withoutStrayMarks(l.words, l.bbox.y1 - l.bbox.y0);
        if (!words.length) return [];
        const weight = words.reduce((s, w) => s + w.text.length, 0);
        return [
          {
            paragraph,
            text: words.map((w) => w.text).join(' '),
            confidence: words.reduce((s, w) => s + w.confidence * w.text.length, 0) / weight,
            top: l.bbox.y0,
            bottom: l.bbox.y1,
            widestGap: widestGap(words, l.bbox.y1 - l.bbox.y0),
          },
        ];
      });
    }),
  );
}

async function run(job: OcrJob): Promise<OcrPageResult> {
  const { pgm, width, height } = toGreyscalePgm(job.bytes, job.format, job.maxPixels);
  let best: OcrPageResult | undefined;
  for (const languages of job.order) {
    const lines = await recognise(languages, pgm);
    const result = { lines, languages, width, height };
    if (!best || score(result) > score(best)) best = result;
    if (!worthAnotherScript(result)) break;
  }
  return best as OcrPageResult;
}

function score(r: OcrPageResult): number {
  const good = r.lines.filter((l) => l.confidence >= 60);
  return good.reduce((s, l) => s + l.text.length * l.confidence, 0);
}

type Request = { type: 'job'; job: OcrJob } | { type: 'warm'; languages: LanguageSet };

parentPort?.on('message', (msg: Request) => {
  // Every answer says which languages the engine holds now, so the parent sends it pictures for them.
  if (msg.type === 'warm') {
    engineFor(msg.languages).then(
      () => parentPort?.postMessage({ ok: true, warm: true, loaded }),
      (e: unknown) => parentPort?.postMessage({ ok: false, warm: true, loaded, error: String(e) }),
    );
    return;
  }
  run(msg.job).then(
    (result) => parentPort?.postMessage({ ok: true, result, loaded }),
    (e: unknown) =>
      parentPort?.postMessage({ ok: false, loaded, error: e instanceof Error ? e.message : String(e) }),
  );
});
