import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { ImageFormat } from './image-header.ts';

/**
 * Decodes a checked PNG or JPEG into one grey channel and hands Tesseract a binary PGM: colour
 * screenshots (a blue alert over a wallpaper) read far worse than the same picture in grey, and dark
 * windows (consoles, dark mode) are turned light-on-dark → dark-on-light, which Tesseract expects.
 */
export function toGreyscalePgm(
  bytes: Uint8Array,
  format: ImageFormat,
  maxPixels: number,
): { pgm: Uint8Array; width: number; height: number } {
  const { width, height, data, channels } = decode(bytes, format, maxPixels);
  const grey = new Uint8Array(width * height);
  let sum = 0;
  for (let i = 0, p = 0; i < grey.length; i++, p += channels) {
    // ITU-R BT.601 luma; transparent pixels count as white (the alert's background in PNG exports).
    const alpha = channels === 4 ? (data[p + 3] ?? 255) / 255 : 1;
    const luma = 0.299 * (data[p] ?? 0) + 0.587 * (data[p + 1] ?? 0) + 0.114 * (data[p + 2] ?? 0);
    const v = Math.round(luma * alpha + 255 * (1 - alpha));
    grey[i] = v;
    sum += v;
  }
  if (sum / grey.length < 110) for (let i = 0; i < grey.length; i++) grey[i] = 255 - (grey[i] ?? 0);
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + grey.length);
  out.set(header);
  out.set(grey, header.length);
  return { pgm: out, width, height };
}

function decode(
  bytes: Uint8Array,
  format: ImageFormat,
  maxPixels: number,
): { width: number; height: number; data: Uint8Array; channels: number } {
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
