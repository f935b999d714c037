import type { DecodedPixels } from './decode-pixels.ts';

/** One grey channel, row by row. */
export type GreyImage = { grey: Uint8Array; width: number; height: number };

/** A decoded picture in grey, and its mean grey level. */
export type DecodedGrey = GreyImage & { mean: number };

/**
 * ITU-R BT.601 luma; transparent pixels count as white (the alert's background in PNG exports).
 * A colour screenshot (a blue alert over a wallpaper) reads far worse than the same picture in grey.
 * Typed arrays read in bounds are never undefined: the loop stays tight (a 4K screenshot is 8 million
 * pixels).
 */
export function toGrey({ data, width, height, channels }: DecodedPixels): DecodedGrey {
  const grey = new Uint8Array(width * height);
  let total = 0;
  for (let i = 0, p = 0; i < grey.length; i++, p += channels) {
    const alpha = channels === 4 ? (data[p + 3] as number) / 255 : 1;
    const luma =
      0.299 * (data[p] as number) + 0.587 * (data[p + 1] as number) + 0.114 * (data[p + 2] as number);
    const v = Math.round(luma * alpha + 255 * (1 - alpha));
    grey[i] = v;
    total += v;
  }
  return { grey, width, height, mean: total / grey.length };
}
