import type { DecodedGrey, GreyImage } from './grey-image.ts';
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
 * The pictures Tesseract gets from a decoded grey picture, in the order to read them, each a binary PGM:
 * colour screenshots (a blue alert over a wallpaper) read far worse than the same picture in grey, and
 * dark windows (consoles, dark mode) are turned light-on-dark → dark-on-light, which Tesseract expects.
 * A noisy picture is a photo of a screen: it comes first cleaned up (`photo-cleanup.ts`), then as it
 * is, for when the clean-up took the wrong side for text (light labels over a wallpaper outnumbering
 * an alert's dark lines). Each is written straight into its PGM: no other copy of the picture is made on
 * the way.
 */
export function picturesFrom(decoded: DecodedGrey, orientation: number): Picture[] {
  const { width, height, grey } = turnUpright(decoded.grey, decoded.width, decoded.height, orientation);
  const pictures: Picture[] = [];
  const noise = noiseLevel(grey, width);
  // A camera's photo says how to turn it; a screenshot never does.
  if (noise >= photoNoise || orientation > 1) {
    const cleaned = pgmOf(width, height);
    cleanPhoto(grey, width, height, {
      noise,
      lightText: lightOnDark(grey, width, height),
      out: cleaned.body,
    });
    pictures.push({ pgm: cleaned.pgm, width, height, hasDarkAreas: false });
  }
  const invert = decoded.mean < 110;
  const plain = isLargePhoneScreen(width, height)
    ? shrunkLargePhoneScreen(grey, width, height, invert)
    : copied(grey, width, height, invert);
  pictures.push({
    pgm: plain.pgm,
    width: plain.width,
    height: plain.height,
    hasDarkAreas: hasDarkAreas(plain.body, plain.width, plain.height),
  });
  return pictures;
}

/** A binary PGM of the size, and its pixels to write (the PGM's body). */
type Pgm = { pgm: Uint8Array; body: Uint8Array; width: number; height: number };

function pgmOf(width: number, height: number): Pgm {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const pgm = new Uint8Array(header.length + width * height);
  pgm.set(header);
  return { pgm, body: pgm.subarray(header.length), width, height };
}

/** The picture as it is, or inverted (light text on dark turned dark on light). */
function copied(grey: Uint8Array, width: number, height: number, invert: boolean): Pgm {
  const out = pgmOf(width, height);
  if (!invert) out.body.set(grey);
  else for (let i = 0; i < grey.length; i++) out.body[i] = 255 - (grey[i] as number);
  return out;
}

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

function isLargePhoneScreen(width: number, height: number): boolean {
  return width >= largePhoneWidth && height >= width * 1.5;
}

/**
 * A 3× phone screenshot (1125–1320 px wide) is taken down to 2× size: its text stays far above the
 * height Tesseract needs, and layout analysis, which costs in proportion to the pixels, gets half of
 * them. Desktop pictures are never shrunk: their text is small already. `invert` reads the picture
 * inverted (light text on dark).
 */
function shrunkLargePhoneScreen(grey: Uint8Array, width: number, height: number, invert: boolean): Pgm {
  const w = Math.floor((width * 2) / 3);
  const h = Math.floor((height * 2) / 3);
  const out = pgmOf(w, h);
  // A box filter: each target pixel is the area-weighted mean of the 1.5 × 1.5 source pixels it covers
  // (weights 1 and ½ on each axis), so strokes keep their shape; across the two source rows it covers,
  // then down.
  const at = (i: number) => (invert ? 255 - (grey[i] as number) : (grey[i] as number));
  const across = (y: number, line: Float32Array) => {
    const src = y * width;
    for (let x = 0; x < w; x++) {
      const [i, a, b] = taps(x);
      line[x] = a * at(src + i) + b * at(src + i + 1);
    }
    return line;
  };
  const upper = new Float32Array(w);
  const lower = new Float32Array(w);
  for (let y = 0; y < h; y++) {
    const [i, a, b] = taps(y);
    across(i, upper);
    across(i + 1, lower);
    for (let x = 0; x < w; x++)
      out.body[y * w + x] = Math.round(a * (upper[x] as number) + b * (lower[x] as number));
  }
  return out;
}

/** The two source pixels under target pixel `t` of a ⅔ reduction, and their weights. */
function taps(t: number): [number, number, number] {
  const start = Math.floor(t * 1.5);
  return t % 2 === 0 ? [start, 2 / 3, 1 / 3] : [start, 1 / 3, 2 / 3];
}
