import { imageSize } from 'image-size';
import type { ImageRefusal } from '../core/ports/image-text-reader.ts';

export type ImageLimits = { maxBytes: number; maxPixels: number };
export type ImageFormat = 'png' | 'jpeg';

/**
 * Decides from the first bytes alone whether an image may be decoded: the format is one the reader
 * decodes and the declared size stays under the pixel limit, so a small file that inflates to gigabytes
 * (a decompression bomb) is refused before any decoding.
 */
export function checkImageHeader(
  bytes: Uint8Array,
  limits: ImageLimits,
):
  | { ok: true; format: ImageFormat; width: number; height: number; orientation: number }
  | { ok: false; reason: ImageRefusal } {
  if (bytes.byteLength > limits.maxBytes) return { ok: false, reason: 'too-large' };
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { ok: false, reason: looksLikeHeic(bytes) ? 'heic' : 'corrupt' };
  }
  if (size.type === 'heif') return { ok: false, reason: 'heic' };
  if (size.type !== 'png' && size.type !== 'jpg') return { ok: false, reason: 'unsupported-format' };
  if (!size.width || !size.height) return { ok: false, reason: 'corrupt' };
  if (size.width * size.height > limits.maxPixels) return { ok: false, reason: 'too-many-pixels' };
  return {
    ok: true,
    format: size.type === 'png' ? 'png' : 'jpeg',
    width: size.width,
    height: size.height,
    // A camera stores a photo as its sensor saw it and says in EXIF how to turn it (1: as stored).
    orientation: size.orientation ?? 1,
  };
}

/** An ISO-BMFF `ftyp` box with a HEIF brand (image-size knows only some brands). */
function looksLikeHeic(bytes: Uint8Array): boolean {
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(4, 12));
  return ascii.startsWith('ftyp') && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii.slice(4));
}
