import type { Sharp, SharpOptions } from 'sharp';
import { createWorkLimiter } from '../core/async/work-limiter.ts';

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

export type PictureDecoder = {
  /** Decodes a checked PNG or JPEG, reduced by `reductionFor`; rejects a damaged file. */
  decode(picture: CheckedPicture, reduceAbove?: number): Promise<DecodedPixels>;
};

type SharpFactory = ((input: Uint8Array, options: SharpOptions) => Sharp) & {
  cache(enabled: boolean): unknown;
  concurrency(threads: number): unknown;
};
let loaded: Promise<SharpFactory> | undefined;

/**
 * libvips (through `sharp`), loaded with the first picture: a bot nobody sends pictures to does not map it
 * (about 20 MB). It keeps no cache of decoded pictures and uses one thread per picture.
 */
function loadSharp(): Promise<SharpFactory> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    const factory = sharp as unknown as SharpFactory;
    factory.cache(false);
    factory.concurrency(1);
    return factory;
  });
  return loaded;
}

/**
 * Decodes pictures in this thread's libuv pool, off the event loop, one at a time by default: the
 * memory of a decode is what it costs, so several users sending large photos at once wait for each other
 * instead of adding up. libvips reads a JPEG at a reduced scale straight from its DCT coefficients
 * (shrink-on-load: a 12 MP photo is decoded at 1/2 size) and a PNG row by row into the reduced picture,
 * so a large picture never exists at full size (a 12 MP JPEG peaked about 300 MB above the warm pool with
 * the earlier pure-JS decoders, a 24 MP PNG about 365 MB). Native code in the main thread rather than in
 * an OCR worker: a worker is terminated when it misses its deadline, and a native add-on interrupted by
 * that can take the process down.
 */
export function createPictureDecoder(options: { concurrency?: number } = {}): PictureDecoder {
  // Decodes are queued by the callers' own limits (one per OCR worker at most): none is refused here.
  const limiter = createWorkLimiter({ concurrency: options.concurrency ?? 1, queueLimit: 1_000 });
  return {
    decode: (picture, reduceAbove) => limiter.run(() => decodeNow(picture, reduceAbove)),
  };
}

async function decodeNow(picture: CheckedPicture, reduceAbove = reduceAbovePixels): Promise<DecodedPixels> {
  const sharp = await loadSharp();
  const f = reductionFor(picture.width, picture.height, reduceAbove);
  // `failOn: 'error'`: a truncated or damaged file is refused; a camera's harmless warnings (extra bytes
  // before a marker) are not. The pixel limit is checked again on the real size.
  let image = sharp(picture.bytes, {
    failOn: 'error',
    limitInputPixels: picture.maxPixels,
    sequentialRead: true,
  });
  if (f > 1)
    image = image.resize(Math.floor(picture.width / f), Math.floor(picture.height / f), {
      fit: 'fill',
      kernel: 'cubic',
    });
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 && info.channels !== 4) throw new Error(`unexpected ${info.channels} channels`);
  return {
    // sharp's buffer lives outside V8 and cannot move to another thread: one copy that can, and the
    // native one goes with the next collection.
    data: new Uint8Array(data),
    width: info.width,
    height: info.height,
    channels: info.channels,
  };
}
