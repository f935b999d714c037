import type { Sharp, SharpOptions } from 'sharp';

/** A decoded picture's pixels, row by row: RGB, or RGBA when it has transparency. */
export type DecodedPixels = { data: Uint8Array; width: number; height: number; channels: 3 | 4 };

/** A picture whose header passed the limits (`image-header.ts`). */
export type CheckedPicture = { bytes: Uint8Array; width: number; height: number; maxPixels: number };

/** Pixels above which a picture is reduced while it is decoded: a 4K screenshot stays whole, a 12 MP photo does not. */
export const reduceAbovePixels = 8_500_000;

/**
 * The whole factor a picture is reduced by, to at most `reduceAbove` pixels: a camera's 12 MP photo of a
 * screen holds its text far larger than Tesseract needs, and layout analysis and the photo clean-up cost
 * by the pixel (and memory with them).
 */
export function reductionFor(width: number, height: number, reduceAbove = reduceAbovePixels): number {
  return Math.max(1, Math.ceil(Math.sqrt((width * height) / reduceAbove)));
}

type SharpFactory = ((input: Uint8Array, options: SharpOptions) => Sharp) & {
  cache(enabled: boolean): unknown;
  concurrency(threads: number): unknown;
};
let loaded: Promise<SharpFactory> | undefined;

/**
 * libvips (through `sharp`), loaded with the first picture: a bot nobody sends pictures to does not map it
 * (about 20 MB). It keeps no cache of decoded pictures and uses one thread per picture.
 */
export function loadSharp(): Promise<SharpFactory> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    const factory = sharp as unknown as SharpFactory;
    factory.cache(false);
    factory.concurrency(1);
    return factory;
  });
  return loaded;
}

/**
 * Pixels decoded at a time while a picture is reduced (a band of whole rows), and bands at most: a band
 * is decoded from the top of the file again (libvips reads a PNG or JPEG in order), so fewer, larger
 * bands cost less CPU and more memory.
 */
const bandPixels = 3_000_000;
const maxBands = 6;

export async function decodePixels(
  picture: CheckedPicture,
  reduceAbove = reduceAbovePixels,
): Promise<DecodedPixels> {
  const sharp = await loadSharp();
  // `failOn: 'error'`: a truncated or damaged file is refused; a camera's harmless warnings (extra bytes
  // before a marker) are not. The pixel limit is checked again on the real size.
  const open = () =>
    sharp(picture.bytes, { failOn: 'error', limitInputPixels: picture.maxPixels, sequentialRead: true });
  const f = reductionFor(picture.width, picture.height, reduceAbove);
  if (f === 1) {
    const { data, info } = await open().raw().toBuffer({ resolveWithObject: true });
    const channels = checkedChannels(data, info, info.width, info.height);
    // sharp's buffer lives outside V8 and cannot move to another thread: one copy that can, and the
    // native one goes with the next collection.
    return { data: new Uint8Array(data), width: info.width, height: info.height, channels };
  }
  const { width, height } = picture;
  const w = Math.floor(width / f);
  const h = Math.floor(height / f);
  // Whole rows of squares a band, the odd last rows and columns left out.
  const squaresPerBand = Math.max(
    1,
    Math.floor(Math.max(bandPixels, (width * height) / maxBands) / (width * f)),
  );
  let reduced: DecodedPixels | undefined;
  for (let square = 0; square < h; square += squaresPerBand) {
    const rows = Math.min(squaresPerBand, h - square) * f;
    const { data, info } = await open()
      .extract({ left: 0, top: square * f, width, height: rows })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const channels = checkedChannels(data, info, width, rows);
    reduced ??= { data: new Uint8Array(w * h * channels), width: w, height: h, channels };
    boxReduce(data, width, rows, f, reduced, square);
  }
  return reduced as DecodedPixels;
}

/** One byte a channel, three or four channels (sharp turns grey, 16-bit and CMYK pictures into sRGB). */
function checkedChannels(
  data: Uint8Array,
  info: { width: number; height: number; channels: number },
  width: number,
  height: number,
): 3 | 4 {
  const { channels } = info;
  if ((channels !== 3 && channels !== 4) || info.width !== width || info.height !== height)
    throw new Error(`unexpected pixels: ${info.width} × ${info.height} × ${channels}`);
  if (data.byteLength !== width * height * channels) throw new Error('unexpected pixel data');
  return channels;
}

/**
 * Reduces a band of rows by `f` into `out`, from its row of squares `firstSquare` on: each target pixel
 * is the mean of the f × f source pixels it stands for, channel by channel (a box filter; smoother
 * kernels took a noisy photo's grain below the photo threshold and lost its text). Typed arrays read in
 * bounds are never undefined: the loops stay tight.
 */
function boxReduce(
  band: Uint8Array,
  width: number,
  rows: number,
  f: number,
  out: DecodedPixels,
  firstSquare: number,
) {
  const ch = out.channels;
  const rowLength = out.width * ch;
  const sums = new Uint32Array(rowLength);
  const area = f * f;
  for (let y = 0; y < rows; y++) {
    let p = y * width * ch;
    for (let s = 0; s < rowLength; s += ch) {
      for (let k = 0; k < f; k++, p += ch) {
        sums[s] += band[p] as number;
        sums[s + 1] += band[p + 1] as number;
        sums[s + 2] += band[p + 2] as number;
        if (ch === 4) sums[s + 3] += band[p + 3] as number;
      }
    }
    if ((y + 1) % f === 0) {
      const at = (firstSquare + (y + 1) / f - 1) * rowLength;
      for (let i = 0; i < rowLength; i++) out.data[at + i] = Math.round((sums[i] as number) / area);
      sums.fill(0);
    }
  }
}
