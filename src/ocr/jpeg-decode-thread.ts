import { Worker } from 'node:worker_threads';
import type { DecodedGrey } from './grey-decode.ts';
import type { ImageFormat } from './image-header.ts';

/**
 * The JPEG decoder (jpeg-js) holds every 8×8 block of the picture as a typed array of its own until it
 * has decoded the last one, about 250 bytes of JavaScript heap a block: 6 a pixel with the usual halved
 * colour, 12 with full colour channels, 70–80 MB for a 12 MP camera photo. It offers no reduced-size
 * (DCT-scaled) decoding. Up to this many pixels a JPEG fits the OCR worker's small heap whatever its
 * colour sampling (measured: 4.1 MP of full colour decodes there, 4.9 MP does not); a larger one is
 * decoded in a thread of its own.
 */
export const ownThreadJpegPixels = 3_000_000;

/**
 * The decode thread's heap: a 12 MP camera photo's blocks (measured: 64 MB is not enough, 80 MB is), as
 * the OCR worker had before; a larger picture ends the thread and is answered as a file that cannot be
 * read.
 */
const decodeHeapMb = 112;

const decodeWorkerUrl = new URL('./jpeg-decode-worker.ts', import.meta.url);

export type DecodeRequest = { bytes: Uint8Array; format: ImageFormat; maxPixels: number };

export function needsOwnThread(image: { format: ImageFormat; width: number; height: number }): boolean {
  return image.format === 'jpeg' && image.width * image.height > ownThreadJpegPixels;
}

/**
 * Decodes a large JPEG in a short-lived thread with the heap it needs and returns only the grey,
 * already reduced picture. When the thread ends, every block goes with it at once, instead of lingering
 * until a collection in the OCR worker, whose heap stays small for every other picture.
 */
export function decodeInOwnThread(request: DecodeRequest): Promise<DecodedGrey> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(decodeWorkerUrl, {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: decodeHeapMb, maxYoungGenerationSizeMb: 8 },
    });
    let answered = false;
    worker.once('message', (msg: { decoded?: DecodedGrey; error?: string }) => {
      answered = true;
      if (msg.decoded) resolve(msg.decoded);
      else reject(new Error(msg.error ?? 'the picture could not be decoded'));
    });
    worker.once('error', (e) => {
      answered = true;
      reject(e);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the decoder stopped (${code})`));
    });
  });
}
