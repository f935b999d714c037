import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { ImageFormat } from './image-header.ts';
import { cleanPhoto, lightOnDark, noiseLevel, photoNoise } from './photo-cleanup.ts';

/** A picture as Tesseract gets it: a binary PGM of dark text on light. */
export type Picture = {
  pgm: Uint8Array;
  width: number;
  height: number;
  /** Some of it is a dark area that may hold light text: unsure lines are read again inverted. */
  hasDarkAreas: boolean;
};

/**
 * Decodes a checked PNG or JPEG into one grey channel and hands Tesseract a binary PGM: colour
 * screenshots (a blue alert over a wallpaper) read far worse than the same picture in grey, and dark
 * windows (consoles, dark mode) are turned light-on-dark → dark-on-light, which Tesseract expects.
 * A noisy picture is a photo of a screen: it comes first cleaned up (`photo-cleanup.ts`), then as it
 * is, for when the clean-up took the wrong side for text (light labels over a wallpaper outnumbering
 * an alert's dark lines).
 */
export function preparePictures(image: {
  bytes: Uint8Array;
  format: ImageFormat;
  orientation?: number;
  maxPixels: number;
}): Picture[] {
  const decoded = decode(image.bytes, image.format, image.maxPixels);
  const { data, channels } = decoded;
  const grey = new Uint8Array(decoded.width * decoded.height);
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
  const mean = sum / grey.length;
  const upright = turnUpright(grey, decoded.width, decoded.height, image.orientation ?? 1);
  const { width, height, grey: pixels } = shrinkHuge(upright.grey, upright.width, upright.height);
  const pictures: Picture[] = [];
  const noise = noiseLevel(pixels, width);
  // A camera's photo says how to turn it; a screenshot never does.
  if (noise >= photoNoise || (image.orientation ?? 1) > 1) {
    const text = lightOnDark(pixels, width, height) ? inverted(pixels) : pixels;
    pictures.push({ ...asPgm(cleanPhoto(text, width, height, noise), width, height), hasDarkAreas: false });
  }
  const plain = mean < 110 ? inverted(pixels) : pixels;
  const scaled = shrinkLargePhoneScreen(plain, width, height);
  pictures.push({
    ...asPgm(scaled.grey, scaled.width, scaled.height),
    hasDarkAreas: hasDarkAreas(scaled.grey, scaled.width, scaled.height),
  });
  return pictures;
}

function inverted(grey: Uint8Array): Uint8Array {
  const out = new Uint8Array(grey.length);
  for (let i = 0; i < grey.length; i++) out[i] = 255 - (grey[i] as number);
  return out;
}

function asPgm(
  grey: Uint8Array,
  width: number,
  height: number,
): { pgm: Uint8Array; width: number; height: number } {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const pgm = new Uint8Array(header.length + grey.length);
  pgm.set(header);
  pgm.set(grey, header.length);
  return { pgm, width, height };
}

/** One grey channel, row by row. */
type GreyImage = { grey: Uint8Array; width: number; height: number };

/**
 * The picture as it is meant to be seen: EXIF orientations 2–8 mirror and/or turn the stored pixels
 * (Tesseract reads text upright only; a phone photo is often stored sideways).
 */
function turnUpright(grey: Uint8Array, width: number, height: number, orientation: number): GreyImage {
  if (orientation < 2 || orientation > 8) return { grey, width, height };
  const swaps = orientation >= 5;
  const w = swaps ? height : width;
  const h = swaps ? width : height;
  const out = new Uint8Array(grey.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Where the shown pixel (x, y) is stored.
      const [sx, sy] = storedAt(x, y, w, h, orientation);
      out[y * w + x] = grey[sy * width + sx] as number;
    }
  }
  return { grey: out, width: w, height: h };
}

function storedAt(x: number, y: number, w: number, h: number, orientation: number): [number, number] {
  switch (orientation) {
    case 2:
      return [w - 1 - x, y];
    case 3:
      return [w - 1 - x, h - 1 - y];
    case 4:
      return [x, h - 1 - y];
    case 5:
      return [y, x];
    case 6:
      return [y, w - 1 - x];
    case 7:
      return [h - 1 - y, w - 1 - x];
    default:
      return [h - 1 - y, x];
  }
}

/** Pixels above which a picture is reduced before reading: a 4K screenshot stays whole, a 12 MP photo does not. */
const hugePixels = 8_500_000;

/**
 * A camera's 12 MP photo of a screen holds its text far larger than Tesseract needs, and layout analysis
 * and the photo clean-up cost by the pixel (and memory with them): it is reduced by a whole factor
 * (each target pixel the mean of a square of source pixels) below `hugePixels`.
 */
function shrinkHuge(grey: Uint8Array, width: number, height: number): GreyImage {
  const f = Math.ceil(Math.sqrt((width * height) / hugePixels));
  if (f <= 1) return { grey, width, height };
  const w = Math.floor(width / f);
  const h = Math.floor(height / f);
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let dy = 0; dy < f; dy++) {
        const row = (y * f + dy) * width + x * f;
        for (let dx = 0; dx < f; dx++) sum += grey[row + dx] as number;
      }
      out[y * w + x] = Math.round(sum / (f * f));
    }
  }
  return { grey: out, width: w, height: h };
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
function shrinkLargePhoneScreen(grey: Uint8Array, width: number, height: number): GreyImage {
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
