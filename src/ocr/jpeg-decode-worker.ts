// A short-lived thread that decodes one large JPEG (see `jpeg-decode-thread.ts`), sends back the grey,
// reduced picture without copying it, and ends.
import { parentPort, workerData } from 'node:worker_threads';
import { decodeGrey } from './grey-decode.ts';
import type { DecodeRequest } from './jpeg-decode-thread.ts';

try {
  const decoded = decodeGrey(workerData as DecodeRequest);
  parentPort?.postMessage({ decoded }, [decoded.grey.buffer as ArrayBuffer]);
} catch (e) {
  parentPort?.postMessage({ error: e instanceof Error ? e.message : String(e) });
}
