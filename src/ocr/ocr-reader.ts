import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core/knowledge/entry.ts';
import type { ImageReading, ImageTextReader } from '../core/ports/image-text-reader.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import { checkImageHeader, type ImageLimits } from './image-header.ts';
import { linkLanguageData } from './language-data.ts';
import type { OcrJob, OcrPageResult, ScriptGroup } from './ocr-lines.ts';
import { readingConfidence, selectMessage } from './select-message.ts';

export type OcrReaderOptions = Partial<ImageLimits> & {
  /** Worker threads; one per core by default. */
  workers?: number;
  /** Images waiting beyond the busy workers; one more gets "busy, try again". */
  queueLimit?: number;
  /** From acceptance to answer, queue included. */
  timeoutMs?: number;
  logger?: Logger;
};

export type OcrReader = ImageTextReader & {
  /** Starts every worker and loads the Latin languages, so the first image does not pay for it. */
  warm(): Promise<void>;
  close(): Promise<void>;
};

type Outcome = OcrPageResult | { error: string } | 'busy' | 'timeout';
type Pending = { job: OcrJob; resolve: (r: Outcome) => void; timer?: NodeJS.Timeout };
type Slot = { worker: Worker; ready: boolean; busy?: Pending | undefined };

const workerUrl = new URL('./ocr-worker.ts', import.meta.url);

/**
 * The screenshot reader: limits checked on the header, then a bounded pool of worker threads (each
 * with its own Tesseract) so recognition never blocks a turn of another user. A worker loads its
 * languages before it takes an image, so the deadline measures reading, not start-up; a worker that
 * misses the deadline is killed and replaced (WebAssembly cannot be interrupted otherwise).
 */
export function createOcrReader(options: OcrReaderOptions = {}): OcrReader {
  const size = Math.max(1, options.workers ?? availableParallelism());
  const queueLimit = options.queueLimit ?? size * 4;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const limits: ImageLimits = {
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    maxPixels: options.maxPixels ?? 40_000_000,
  };
  const log = options.logger ?? silentLogger;
  let langPath: string | undefined;
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  const readyWaiters: (() => void)[] = [];
  let closed = false;

  function spawn(): Slot {
    langPath ??= linkLanguageData();
    const slot: Slot = { worker: new Worker(workerUrl, { workerData: { langPath } }), ready: false };
    slot.worker.on(
      'message',
      (msg: { ok: boolean; result?: OcrPageResult; error?: string; warm?: boolean }) => {
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
      },
    );
    slot.worker.on('error', (e) => log.warn('ocr.worker_error', { error: e.message }));
    slot.worker.on('exit', () => {
      retire(slot);
      if (slot.busy) finish(slot.busy, { error: 'worker exited' });
      slot.busy = undefined;
      fill();
    });
    slot.worker.postMessage({ type: 'warm', group: 'latin' });
    slots.push(slot);
    return slot;
  }

  function retire(slot: Slot) {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
  }

  /** Keeps the pool at full size once it has started, so a killed worker's replacement warms up at once. */
  function fill() {
    while (!closed && slots.length < size) spawn();
  }

  function finish(p: Pending, r: Outcome) {
    clearTimeout(p.timer);
    p.resolve(r);
  }

  function next() {
    while (queue.length && !closed) {
      const slot = slots.find((s) => s.ready && !s.busy);
      if (!slot) return;
      const p = queue.shift() as Pending;
      slot.busy = p;
      p.timer = setTimeout(() => {
        if (slot.busy !== p) return;
        slot.busy = undefined;
        retire(slot);
        void slot.worker.terminate();
        finish(p, 'timeout');
        fill();
      }, timeoutMs);
      slot.worker.postMessage({ type: 'job', job: p.job });
    }
  }

  function submit(job: OcrJob): Promise<Outcome> {
    fill();
    const free = slots.filter((s) => !s.busy).length;
    if (queue.length + 1 - free > queueLimit) return Promise.resolve('busy');
    return new Promise((resolve) => {
      queue.push({ job, resolve });
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
      const order: ScriptGroup[] = locale === 'zh-CN' ? ['cjk', 'latin'] : ['latin', 'cjk'];
      const outcome = await submit({
        bytes: image,
        format: header.format,
        order,
        maxPixels: limits.maxPixels,
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
      fill();
      while (!closed && slots.some((s) => !s.ready))
        await new Promise<void>((wake) => readyWaiters.push(wake));
    },
    async close() {
      closed = true;
      for (const p of queue.splice(0)) finish(p, { error: 'closed' });
      for (const wake of readyWaiters.splice(0)) wake();
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
      if (langPath) rmSync(langPath, { recursive: true, force: true });
    },
  };
}
