// The picture decoding thread (see `decode-picture.ts`): decodes one picture a message and sends back its
// pixels, reduced, without copying them.
import { parentPort } from 'node:worker_threads';
import { type CheckedPicture, decodePixels } from './decode-pixels.ts';

export type DecodeMessage = { id: number; picture: CheckedPicture; reduceAbove?: number };

parentPort?.on('message', ({ id, picture, reduceAbove }: DecodeMessage) => {
  decodePixels(picture, reduceAbove).then(
    (pixels) => parentPort?.postMessage({ id, pixels }, [pixels.data.buffer as ArrayBuffer]),
    (e: unknown) => parentPort?.postMessage({ id, error: e instanceof Error ? e.message : String(e) }),
  );
});
