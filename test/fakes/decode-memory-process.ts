// Decodes pictures the way the screenshot reader does, all handed over at once, in a process of its own:
// `node test/fakes/decode-memory-process.ts <picture>...`. Prints the resident memory once the decoder is
// loaded and the process's high-water mark after the decodes, in MB, and the decoded sizes.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { createPictureDecoder } from '../../src/ocr/decode-picture.ts';
import { checkImageHeader } from '../../src/ocr/image-header.ts';

const limits = { maxBytes: 10 * 1024 * 1024, maxPixels: 40_000_000 };
const pictures = process.argv.slice(2).map((path) => {
  const bytes = new Uint8Array(readFileSync(path));
  const header = checkImageHeader(bytes, limits);
  if (!header.ok) throw new Error(`${path}: ${header.reason}`);
  return { bytes, width: header.width, height: header.height, maxPixels: limits.maxPixels };
});
const decoder = createPictureDecoder();
// The library is loaded by a first small picture, so only the large ones' decoding is measured.
const small = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
  .png()
  .toBuffer();
await decoder.decode({ bytes: new Uint8Array(small), width: 8, height: 8, maxPixels: limits.maxPixels });
const loadedMb = process.memoryUsage().rss / 2 ** 20;
const highBeforeMb = process.resourceUsage().maxRSS / 1024;
// Only the sizes are kept, as the reader hands each picture on and keeps none.
const sizes = await Promise.all(
  pictures.map((p) => decoder.decode(p).then((d): [number, number] => [d.width, d.height])),
);
process.stdout.write(
  `${JSON.stringify({
    loadedMb,
    highBeforeMb,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    sizes,
  })}\n`,
);
