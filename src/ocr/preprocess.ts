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
): { pgm: Uint8Array; width: number; height: number; hasDarkAreas: boolean } {
  const { width, height, data, channels } = decode(bytes, format, maxPixels);
  const grey = new Uint8Array(width * height);
  let sum = 0;
  // ITU-R BT.601 luma; transparent pixels count as white (the alert's background in PNG exports).
  // Typed arrays read in bounds are never undefined: the loops stay tight (a 3× screenshot is 3 MP).
  for (let i = 0, p = 0; i < grey.length; i++, p += channels) {
    const alpha = channels === 4 ? (data[p + 3] as number) / 255 : 1;
    const luma =
      0.299 * (data[p] as number) + 0.587 * (data[p + 1] as number) + 0.114 * (data[p + 2] as number);
    const v = Math.round(luma * alpha + 255 * (1 - alpha));
    grey[i] = v;
    sum += v;
  }
  if (sum / grey.length < 110) for (let i = 0; i < grey.length; i++) grey[i] = 255 - (grey[i] as number);
  const scaled = shrinkLargePhoneScreen(grey, width, height);
  const header = new TextEncoder().encode(`P5\n${scaled.width} ${scaled.height}\n255\n`);
  const out = new Uint8Array(header.length + scaled.grey.length);
  out.set(header);
  out.set(scaled.grey, header.length);
  return {
    pgm: out,
    width: scaled.width,
    height: scaled.height,
    hasDarkAreas: hasDarkAreas(scaled.grey, scaled.width, scaled.height),
  };
}

/** Side of the squares looked at for dark areas: wider than a stroke of text, so text alone makes none. */
const block = 8;

/**
 * Whether some of the grey picture is a dark area (an 8×8 square darker than mid-grey) that may carry
 * light text: an alert over a dark wallpaper, a coloured header band. Without one, every text is dark on
 * light and Tesseract's second reading of each unsure line inverted (about 40 % of the time on a noisy
 * photo of a console) can only find noise; with one it stays on. At least 0.5 % of the picture counts.
 */
function hasDarkAreas(grey: Uint8Array, width: number, height: number): boolean {
  let dark = 0;
  let blocks = 0;
  for (let by = 0; by + block <= height; by += block) {
    for (let bx = 0; bx + block <= width; bx += block) {
      let sum = 0;
      for (let y = by; y < by + block; y++) {
        const row = y * width;
        for (let x = bx; x < bx + block; x++) sum += grey[row + x] as number;
      }
      blocks++;
      if (sum < 96 * block * block) dark++;
    }
  }
  return dark >= 0.005 * blocks;
}

/** Narrower than this, a phone screenshot is kept as it is (2× screens, photos of screens). */
const largePhoneWidth = 1100;

/**
 * A 3× phone screenshot (1125–1320 px wide) is taken down to 2× size: its text stays far above the
 * height Tesseract needs, and layout analysis, which costs in proportion to the pixels, gets half of
 * them. Desktop pictures are never shrunk: their text is small already.
 */
function shrinkLargePhoneScreen(
  grey: Uint8Array,
  width: number,
  height: number,
): { grey: Uint8Array; width: number; height: number } {
  if (width < largePhoneWidth || height < width * 1.5) return { grey, width, height };
  const w = Math.floor((width * 2) / 3);
  const h = Math.floor((height * 2) / 3);
  // A box filter: each target pixel is the area-weighted mean of the 1.5 × 1.5 source pixels it covers
  // (weights 1 and ½ on each axis), so strokes keep their shape; rows first, then columns.
  const rows = new Float32Array(w * height);
  for (let y = 0; y < height; y++) {
    const src = y * width;
    for (let x = 0; x < w; x++) {
      const [i, a, b] = taps(x);
      rows[y * w + x] = a * (grey[src + i] as number) + b * (grey[src + i + 1] as number);
    }
  }
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const [i, a, b] = taps(y);
    for (let x = 0; x < w; x++)
      out[y * w + x] = Math.round(a * (rows[i * w + x] as number) + b * (rows[(i + 1) * w + x] as number));
  }
  return { grey: out, width: w, height: h };
}

/** The two source pixels under target pixel `t` of a ⅔ reduction, and their weights. */
function taps(t: number): [number, number, number] {
  const start = Math.floor(t * 1.5);
  return t % 2 === 0 ? [start, 2 / 3, 1 / 3] : [start, 1 / 3, 2 / 3];
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
