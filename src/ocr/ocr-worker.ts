// A worker thread: decodes one image at a time and recognises it with Tesseract, in this same thread,
// off the event loop of the bot. The parent kills the whole thread on a timeout, so a runaway image
// cannot hold it.
import { parentPort } from 'node:worker_threads';
import type { LanguageSet, OcrJob } from './ocr-lines.ts';
import { readPage } from './read-page.ts';
import { startTesseractEngine, type TesseractEngine } from './tesseract-engine.ts';

/**
 * One Tesseract engine per thread, holding one language set at a time: an engine costs about 150–200 MB
 * once it has read a page, so a second one would double the thread's memory for the few pictures that
 * need another script. A switch re-initialises the engine in place; starting a fresh one instead was
 * measured slower and no smaller.
 */
let engine: Promise<TesseractEngine> | undefined;

/** Tesseract's console lines go to the parent's logger, never to the process's stderr. */
function engineOutput(line: string) {
  parentPort?.postMessage({ output: line });
}

async function engineFor(languages: LanguageSet): Promise<TesseractEngine> {
  engine ??= startTesseractEngine(engineOutput);
  const ready = await engine;
  ready.load(languages);
  return ready;
}

type Request = { type: 'job'; job: OcrJob } | { type: 'warm'; languages: LanguageSet };

async function loadedNow(): Promise<LanguageSet | undefined> {
  return engine ? (await engine.catch(() => undefined))?.loaded() : undefined;
}

parentPort?.on('message', (msg: Request) => {
  const work =
    msg.type === 'warm'
      ? engineFor(msg.languages).then(() => ({ warm: true }))
      : engineFor(msg.job.order[0] as LanguageSet).then((ready) => readPage(ready, msg.job));
  // Every answer says which languages the engine holds now, so the parent sends it pictures for them.
  work.then(
    async (result) =>
      parentPort?.postMessage({
        ok: true,
        ...('warm' in result ? result : { result }),
        loaded: await loadedNow(),
      }),
    async (e: unknown) =>
      parentPort?.postMessage({
        ok: false,
        warm: msg.type === 'warm',
        loaded: await loadedNow(),
        error: e instanceof Error ? e.message : String(e),
      }),
  );
});
