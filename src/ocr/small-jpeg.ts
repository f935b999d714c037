import jpeg from 'jpeg-js';
import type { DecodedPixels } from './decode-pixels.ts';

/**
 * Up to this many pixels a JPEG is decoded with `jpeg-js` in the OCR worker itself (its blocks fit the
 * worker's heap whatever the colour sampling); a larger one goes to libvips (`decode-picture.ts`). The two
 * decoders' pixels differ by a grey level here and there (libjpeg's smooth colour upsampling): on the
 * screenshot benchmark's photos of screens, all under 2 MP, libvips' pixels turned two right cards into
 * confident wrong ones (icon labels read instead of the alert), so the pictures the reader was tuned on keep
 * their decoder. PNG is lossless: both decoders give the same pixels.
 */
export const smallJpegPixels = 3_000_000;

export function isSmallJpeg(picture: { format: string; width: number; height: number }): boolean {
  return picture.format === 'jpeg' && picture.width * picture.height <= smallJpegPixels;
}

export function decodeSmallJpeg(bytes: Uint8Array, maxPixels: number): DecodedPixels {
  const img = jpeg.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    useTArray: true,
    formatAsRGBA: false,
    maxResolutionInMP: maxPixels / 1_000_000,
    maxMemoryUsageInMB: Math.ceil((smallJpegPixels * 4) / 1_000_000) + 64,
  });
  return { data: img.data, width: img.width, height: img.height, channels: 3 };
}
