import { Worker } from 'node:worker_threads';
import { createWorkLimiter } from '../core/async/work-limiter.ts';
import { type CheckedPicture, type DecodedPixels, loadSharp } from './decode-pixels.ts';
import type { DecodeMessage } from './decode-thread.ts';

export type PictureDecoder = {
  /** Decodes a checked PNG or JPEG, reduced by `reductionFor`; rejects a damaged file. */
  decode(picture: CheckedPicture, reduceAbove?: number): Promise<DecodedPixels>;
  /** Stops the decoding thread once the decode in hand is done. */
  close(): Promise<void>;
};

const threadUrl = new URL('./decode-thread.ts', import.meta.url);

type Answer = { id: number; pixels?: DecodedPixels; error?: string };

/**
 * Decodes pictures in a thread of their own, one at a time: the memory of a decode is what it costs, so
 * several users sending large photos at once wait for each other instead of adding up. libvips (`sharp`)
 * reads a PNG or JPEG in order, a band of rows at a time, and each band is box-reduced into the picture
 * that is read (`decode-pixels.ts`), so a large picture never exists at full size (a 12 MP JPEG peaked
 * about 300 MB above the warm pool with the earlier pure-JS decoders, a 24 MP PNG about 365 MB). The
 * thread is not an OCR worker, which is terminated when it misses its deadline: a native add-on stopped
 * mid-call can take the process down, so this one ends only between decodes. Its reductions (JavaScript)
 * stay off the bot's event loop. The thread starts with the first picture and stops after `idleMs`.
 */
export function createPictureDecoder(options: { idleMs?: number } = {}): PictureDecoder {
  const idleMs = options.idleMs ?? 5 * 60_000;
  // Decodes are queued by the callers' own limits (one per OCR worker at most): none is refused here.
  const limiter = createWorkLimiter({ concurrency: 1, queueLimit: 1_000 });
  let thread: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve(p: DecodedPixels): void; reject(e: Error): void }>();

  async function start(): Promise<Worker> {
    if (thread) return thread;
    // The library stays loaded in this thread too: when a thread that loaded a native add-on ends, the
    // add-on must not be unloaded under the other threads (sharp's advice for worker threads).
    await loadSharp();
    const started = new Worker(threadUrl, { resourceLimits: { maxOldGenerationSizeMb: 32 } });
    started.on('message', ({ id, pixels, error }: Answer) => {
      const w = waiting.get(id);
      waiting.delete(id);
      if (pixels) w?.resolve(pixels);
      else w?.reject(new Error(error ?? 'the picture could not be decoded'));
    });
    const ended = (e: Error) => {
      if (thread === started) thread = undefined;
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
    };
    started.on('error', ended);
    started.on('exit', (code) => ended(new Error(`the decoding thread stopped (${code})`)));
    thread = started;
    return started;
  }

  function decodeNow(picture: CheckedPicture, reduceAbove?: number): Promise<DecodedPixels> {
    return start().then(
      (worker) =>
        new Promise<DecodedPixels>((resolve, reject) => {
          worker.ref();
          const id = nextId++;
          waiting.set(id, { resolve, reject });
          const message: DecodeMessage = { id, picture, ...(reduceAbove ? { reduceAbove } : {}) };
          worker.postMessage(message);
        }),
    );
  }

  function stop() {
    const worker = thread;
    thread = undefined;
    return worker?.terminate();
  }

  /** Decodes asked for and not yet answered: the idle clock runs only at none. */
  let inHand = 0;
  return {
    decode(picture, reduceAbove) {
      inHand++;
      clearTimeout(idle);
      const done = limiter.run(() => decodeNow(picture, reduceAbove));
      const settled = () => {
        if (--inHand > 0) return;
        // An idle decoding thread keeps no process alive.
        thread?.unref();
        idle = setTimeout(() => void stop(), idleMs);
        idle.unref();
      };
      done.then(settled, settled);
      return done;
    },
    async close() {
      clearTimeout(idle);
      await limiter.idle();
      clearTimeout(idle);
      await stop();
    },
  };
}
