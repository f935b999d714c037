import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { ImageFormat } from './image-header.ts';

/** One grey channel, row by row. */
export type GreyImage = { grey: Uint8Array; width: number; height: number };

/** A decoded picture in grey, and the mean grey level of every pixel it had before any reduction. */
export type DecodedGrey = GreyImage & { mean: number };

/** Pixels above which a picture is reduced before reading: a 4K screenshot stays whole, a 12 MP photo does not. */
const hugePixels = 8_500_000;

/**
 * The whole factor a picture is reduced by, to at most `reduceAbove` pixels: a camera's 12 MP photo of a screen holds its text far larger
 * than Tesseract needs, and layout analysis and the photo clean-up cost by the pixel (and memory with them).
 */
function reductionFor(width: number, height: number, reduceAbove: number): number {
  return Math.max(1, Math.ceil(Math.sqrt((width * height) / reduceAbove)));
}

/**
 * Decodes a checked PNG or JPEG straight into one grey channel, reduced by `reductionFor` on the way:
 * each target pixel is the mean of a square of source pixels, summed a row of squares at a time, so a
 * huge picture never exists in grey at full size (the decoder's colour pixels are the only full-size copy,
 * dropped on return).
 */
export function decodeGrey(
  image: { bytes: Uint8Array; format: ImageFormat; maxPixels: number },
  reduceAbove = hugePixels,
): DecodedGrey {
  const decoded = decode(image.bytes, image.format, image.maxPixels);
  return toGrey(decoded, reductionFor(decoded.width, decoded.height, reduceAbove));
}

type Decoded = { width: number; height: number; data: Uint8Array; channels: number };

/**
 * ITU-R BT.601 luma; transparent pixels count as white (the alert's background in PNG exports).
 * A colour screenshot (a blue alert over a wallpaper) reads far worse than the same picture in grey.
 */
function toGrey({ width, height, data, channels }: Decoded, f: number): DecodedGrey {
  const w = Math.floor(width / f);
  const h = Math.floor(height / f);
  const grey = new Uint8Array(w * h);
  // Reduced, each row is turned grey in `line` and added to the sums of its row of squares. Typed arrays
  // read in bounds are never undefined: the loops stay tight (a 12 MP photo is 12 million pixels).
  const line = new Uint8Array(f > 1 ? width : 0);
  const sums = new Uint32Array(f > 1 ? w : 0);
  const area = f * f;
  let total = 0;
  for (let y = 0, p = 0; y < height; y++) {
    const row = f > 1 ? line : grey.subarray(y * width, (y + 1) * width);
    for (let x = 0; x < width; x++, p += channels) {
      const alpha = channels === 4 ? (data[p + 3] as number) / 255 : 1;
      const luma =
        0.299 * (data[p] as number) + 0.587 * (data[p + 1] as number) + 0.114 * (data[p + 2] as number);
      const v = Math.round(luma * alpha + 255 * (1 - alpha));
      row[x] = v;
      total += v;
    }
    if (f === 1 || y >= h * f) continue;
    for (let x = 0; x < w * f; x++) sums[(x / f) | 0] += line[x] as number;
    if ((y + 1) % f === 0) {
      const start = ((y + 1) / f - 1) * w;
      for (let x = 0; x < w; x++) grey[start + x] = Math.round((sums[x] as number) / area);
      sums.fill(0);
    }
  }
  return { grey, width: w, height: h, mean: total / (width * height) };
}

function decode(bytes: Uint8Array, format: ImageFormat, maxPixels: number): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (format === 'png') {
    const png = PNG.sync.read(buffer);
    return { width: png.width, height: png.height, data: png.data, channels: 4 };
  }
  const img = jpeg.decode(buffer, {
    useTArray: true,
    formatAsRGBA: false,
    maxResolutionInMP: maxPixels / 1_000_000,
    maxMemoryUsageInMB: Math.ceil((maxPixels * 4) / 1_000_000) + 64,
  });
  return { width: img.width, height: img.height, data: img.data, channels: 3 };
}
