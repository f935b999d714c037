// A worker thread: decodes one image at a time and recognises it with Tesseract, off the event loop of
// the bot. The parent kills the whole thread on a timeout, so a runaway image cannot hold it.
import { parentPort, workerData } from 'node:worker_threads';
import Tesseract from 'tesseract.js';
import type { OcrJob, OcrLine, OcrPageResult, ScriptGroup } from './ocr-lines.ts';
import { toGreyscalePgm } from './preprocess.ts';
import { worthAnotherScript } from './select-message.ts';

const { langPath } = workerData as { langPath: string };
const languageSets: Record<ScriptGroup, string> = { latin: 'eng+swe+fra', cjk: 'chi_sim+eng' };
const engines = new Map<ScriptGroup, Promise<Tesseract.Worker>>();

function engine(group: ScriptGroup): Promise<Tesseract.Worker> {
  let found = engines.get(group);
  if (!found) {
    found = Tesseract.createWorker(languageSets[group], Tesseract.OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
    });
    engines.set(group, found);
  }
  return found;
}

async function recognise(group: ScriptGroup, pgm: Uint8Array): Promise<OcrLine[]> {
  const worker = await engine(group);
  const { data } = await worker.recognize(Buffer.from(pgm), {}, { blocks: true, text: false });
  let paragraph = 0;
  return (data.blocks ?? []).flatMap((b) =>
    b.paragraphs.flatMap((p) => {
      paragraph++;
      return p.lines.map((l) => ({
        paragraph,
        text: l.text.trim(),
        confidence: l.confidence,
        top: l.bbox.y0,
        bottom: l.bbox.y1,
        widestGap: widestGap(
          l.words.map((w) => w.bbox),
          l.bbox.y1 - l.bbox.y0,
        ),
      }));
    }),
  );
}

function widestGap(boxes: { x0: number; x1: number }[], height: number): number {
  let widest = 0;
  for (let i = 1; i < boxes.length; i++) {
    widest = Math.max(widest, (boxes[i]?.x0 ?? 0) - (boxes[i - 1]?.x1 ?? 0));
  }
  return widest / Math.max(1, height);
}

async function run(job: OcrJob): Promise<OcrPageResult> {
  const { pgm, width, height } = toGreyscalePgm(job.bytes, job.format, job.maxPixels);
  let best: OcrPageResult | undefined;
  for (const group of job.order) {
    const lines = await recognise(group, pgm);
    const result = { lines, languages: languageSets[group], width, height };
    if (!best || score(result) > score(best)) best = result;
    if (!worthAnotherScript(result)) break;
  }
  return best as OcrPageResult;
}

function score(r: OcrPageResult): number {
  const good = r.lines.filter((l) => l.confidence >= 60);
  return good.reduce((s, l) => s + l.text.length * l.confidence, 0);
}

parentPort?.on('message', (msg: { type: 'job'; job: OcrJob } | { type: 'warm'; group: ScriptGroup }) => {
  if (msg.type === 'warm') {
    engine(msg.group).then(
      () => parentPort?.postMessage({ ok: true, warm: true }),
      (e: unknown) => parentPort?.postMessage({ ok: false, warm: true, error: String(e) }),
    );
    return;
  }
  run(msg.job).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (e: unknown) => parentPort?.postMessage({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});
