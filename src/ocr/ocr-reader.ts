import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core/knowledge/entry.ts';
import type { ImageReading, ImageTextReader } from '../core/ports/image-text-reader.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import { createPictureDecoder } from './decode-picture.ts';
import type { CheckedPicture } from './decode-pixels.ts';
import { checkImageHeader, type ImageFormat, type ImageLimits } from './image-header.ts';
import type { LanguageSet, OcrJob, OcrPageResult } from './ocr-lines.ts';
import { readingConfidence, selectMessage } from './select-message.ts';
import { isSmallJpeg } from './small-jpeg.ts';

export type OcrReaderOptions = Partial<ImageLimits> & {
  /** Worker threads at most; one core is left to the bot by default (one worker on a two-core machine). */
  workers?: number;
  /** Images waiting beyond the busy workers; one more gets "busy, try again". */
  queueLimit?: number;
  /** From the moment a worker takes the image to the answer. */
  timeoutMs?: number;
  /** A worker with nothing to do for this long is stopped and its memory returned; the next image starts one. */
  idleMs?: number;
  logger?: Logger;
};

export type OcrReader = ImageTextReader & {
  /** Starts every worker and loads English, so the first image does not pay for it. */
  warm(): Promise<void>;
  close(): Promise<void>;
};

type Outcome = OcrPageResult | { error: string } | 'busy' | 'timeout';
/** A picture waiting for a worker: decoded only once a worker takes it, so waiting costs its bytes alone. */
type Request = { picture: CheckedPicture; format: ImageFormat; orientation: number; order: LanguageSet[] };
type Pending = { request: Request; resolve: (r: Outcome) => void; timer?: NodeJS.Timeout };
type Slot = {
  worker: Worker;
  ready: boolean;
  /** The languages the worker's engine holds. */
  loaded?: LanguageSet | undefined;
  busy?: Pending | undefined;
  idle?: NodeJS.Timeout | undefined;
};
type WorkerMessage = {
  /** A line Tesseract printed, not an answer. */
  output?: string;
  ok: boolean;
  warm?: boolean;
  loaded?: LanguageSet;
  result?: OcrPageResult;
  error?: string;
};

const workerUrl = new URL('./ocr-worker.ts', import.meta.url);

/** The OCR worker's JavaScript heap at most (old generation, MB). */
export const workerHeapMb = 48;

/**
 * What each user's pictures are read with: their own language first (with English, which error names,
 * codes and untranslated apps use), then the other script when that reads no message (a Chinese
 * screen sent by a Swedish admin). One language set at a time keeps an engine small and fast.
 * Simplified Chinese stands alone: this Tesseract build garbles the name of any language listed after
 * `chi_sim` and reads with `chi_sim` only (its model reads Latin letters, codes included).
 */
const languagesFor: Record<Locale, LanguageSet[]> = {
  en: ['eng', 'chi_sim'],
  sv: ['swe+eng', 'chi_sim'],
  fr: ['fra+eng', 'chi_sim'],
  'zh-CN': ['chi_sim', 'eng+swe+fra'],
};

/** One core stays with the bot's event loop and HTTP; every worker holds an engine of its own (memory). */
export function defaultOcrWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * The screenshot reader: limits checked on the header, then a bounded pool of worker threads (each
 * with its own Tesseract) so recognition never blocks a turn of another user. Workers start when
 * images arrive and stop when idle, so a bot nobody sends pictures to holds no engine. A worker loads
 * its languages before it takes an image, so the deadline measures reading, not start-up; a worker
 * that misses the deadline is killed (WebAssembly cannot be interrupted otherwise) and the next image
 * starts a fresh one.
 */
export function createOcrReader(options: OcrReaderOptions = {}): OcrReader {
  const size = Math.max(1, options.workers ?? defaultOcrWorkers());
  const queueLimit = options.queueLimit ?? size * 4;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const idleMs = options.idleMs ?? 5 * 60_000;
  const limits: ImageLimits = {
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    maxPixels: options.maxPixels ?? 40_000_000,
  };
  const log = options.logger ?? silentLogger;
  const decoder = createPictureDecoder();
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  const readyWaiters: (() => void)[] = [];
  let closed = false;

  function spawn(languages: LanguageSet): Slot {
    // A small JavaScript heap makes the thread collect pictures sooner (measured: 40 MB less at the
    // peak); the pixels themselves live outside it. Pictures come decoded (`decode-picture.ts`). The
    // thread's stdout and stderr are its own streams, read into the JSON log: no raw line reaches the
    // process's.
    const worker = new Worker(workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: 8 },
      stdout: true,
      stderr: true,
    });
    for (const stream of [worker.stdout, worker.stderr])
      createInterface({ input: stream, crlfDelay: Infinity }).on('line', engineSaid);
    const slot: Slot = { worker, ready: false };
    slot.worker.on('message', (msg: WorkerMessage) => {
      if (msg.output !== undefined) return engineSaid(msg.output);
      slot.loaded = msg.loaded;
      if (msg.warm) {
        if (!msg.ok) log.error('ocr.worker_start_failed', { error: String(msg.error).slice(0, 200) });
        slot.ready = true;
        for (const wake of readyWaiters.splice(0)) wake();
      } else {
        const done = slot.busy;
        slot.busy = undefined;
        if (done) finish(done, msg.ok && msg.result ? msg.result : { error: msg.error ?? 'failed' });
      }
      next();
    });
    slot.worker.on('error', (e) => log.warn('ocr.worker_error', { error: e.message }));
    slot.worker.on('exit', () => {
      retire(slot);
      if (slot.busy) finish(slot.busy, { error: 'worker exited' });
      slot.busy = undefined;
      next();
    });
    slot.worker.postMessage({ type: 'warm', languages });
    slots.push(slot);
    return slot;
  }

  /** Tesseract's diagnostics ("Image too small to scale!!") say nothing of the picture's content. */
  function engineSaid(line: string) {
    if (line.trim()) log.debug('ocr.engine_output', { line: line.slice(0, 200) });
  }

  function retire(slot: Slot) {
    clearTimeout(slot.idle);
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
  }

  function finish(p: Pending, r: Outcome) {
    clearTimeout(p.timer);
    p.resolve(r);
  }

  /** A free worker for the job, preferring one whose engine already holds the job's first languages. */
  function freeSlotFor(p: Pending): Slot | undefined {
    const free = slots.filter((s) => s.ready && !s.busy);
    return free.find((s) => s.loaded === p.request.order[0]) ?? free[0];
  }

  function dispatch(slot: Slot, p: Pending) {
    clearTimeout(slot.idle);
    slot.idle = undefined;
    slot.busy = p;
    p.timer = setTimeout(() => {
      if (slot.busy !== p) return;
      slot.busy = undefined;
      retire(slot);
      void slot.worker.terminate();
      finish(p, 'timeout');
      next();
    }, timeoutMs);
    const { picture, format, orientation, order } = p.request;
    if (isSmallJpeg({ format, ...picture })) {
      slot.worker.postMessage({ type: 'job', job: { pixels: { jpeg: picture.bytes }, orientation, order } });
      return;
    }
    decoder.decode(picture).then(
      (pixels) => {
        if (slot.busy !== p) return;
        const job: OcrJob = { pixels, orientation, order };
        try {
          slot.worker.postMessage({ type: 'job', job }, [pixels.data.buffer as ArrayBuffer]);
        } catch (e) {
          slot.busy = undefined;
          finish(p, { error: `handing over: ${e instanceof Error ? e.message : String(e)}` });
          next();
        }
      },
      (e: unknown) => {
        if (slot.busy !== p) return;
        slot.busy = undefined;
        finish(p, { error: `decode: ${e instanceof Error ? e.message : String(e)}` });
        next();
      },
    );
  }

  function next() {
    if (closed) return;
    while (queue[0]) {
      const slot = freeSlotFor(queue[0]);
      if (!slot) break;
      dispatch(slot, queue.shift() as Pending);
    }
    // Start workers for waiting images that no starting or free worker will take.
    const spare = slots.filter((s) => !s.busy).length;
    for (let i = spare; i < queue.length && slots.length < size; i++)
      spawn((queue[i] as Pending).request.order[0] ?? languagesFor.en[0]);
    for (const slot of slots) {
      if (slot.busy || !slot.ready || slot.idle) continue;
      slot.idle = setTimeout(() => {
        if (slot.busy) return;
        retire(slot);
        void slot.worker.terminate();
        log.info('ocr.worker_stopped_idle', { idleMs });
      }, idleMs);
      slot.idle.unref();
    }
  }

  function submit(request: Request): Promise<Outcome> {
    const capacity = size - slots.filter((s) => s.busy).length;
    if (queue.length + 1 - capacity > queueLimit) return Promise.resolve('busy');
    return new Promise((resolve) => {
      queue.push({ request, resolve });
      next();
    });
  }

  return {
    async read(image: Uint8Array, { locale }: { locale: Locale }): Promise<ImageReading> {
      const started = Date.now();
      const header = checkImageHeader(image, limits);
      if (!header.ok) {
        log.info('ocr.refused', { reason: header.reason, bytes: image.byteLength });
        return { kind: 'refused', reason: header.reason };
      }
      const outcome = await submit({
        picture: { bytes: image, width: header.width, height: header.height, maxPixels: limits.maxPixels },
        format: header.format,
        orientation: header.orientation,
        order: languagesFor[locale],
      });
      const ms = Date.now() - started;
      if (outcome === 'busy' || outcome === 'timeout') {
        log.warn('ocr.refused', { reason: outcome, ms });
        return { kind: 'refused', reason: outcome };
      }
      if ('error' in outcome) {
        log.info('ocr.refused', { reason: 'corrupt', ms, error: outcome.error.slice(0, 120) });
        return { kind: 'refused', reason: 'corrupt' };
      }
      const selected = selectMessage(outcome);
      log.info('ocr.read', {
        ms,
        confidence: selected.confidence,
        languages: outcome.languages,
        chars: selected.text.length,
      });
      if (!selected.text || selected.confidence < readingConfidence)
        return { kind: 'refused', reason: 'no-text' };
      return {
        kind: 'text',
        text: selected.text,
        confidence: selected.confidence,
        languages: outcome.languages,
      };
    },
    async warm() {
      while (!closed && slots.length < size) spawn(languagesFor.en[0]);
      while (!closed && slots.some((s) => !s.ready))
        await new Promise<void>((wake) => readyWaiters.push(wake));
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) finish(p, { error: 'closed' });
      for (const wake of readyWaiters.splice(0)) wake();
      for (const slot of slots) clearTimeout(slot.idle);
      await Promise.all([...slots.splice(0).map((s) => s.worker.terminate()), decoder.close()]);
    },
  };
}
