import { describe, expect, it } from '@jest/globals';
import { PNG } from 'pngjs';
import { decodeGrey } from '../../../src/ocr/grey-decode.ts';
import { type Picture, preparePictures } from '../../../src/ocr/preprocess.ts';

type Paint = (x: number, y: number) => number;

/** A grey PNG painted pixel by pixel. */
function png(width: number, height: number, paint: Paint): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = Math.max(0, Math.min(255, Math.round(paint(x, y))));
      const i = (y * width + x) * 4;
      image.data[i] = v;
      image.data[i + 1] = v;
      image.data[i + 2] = v;
      image.data[i + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(image, { filterType: 0 }));
}

/** Rows of thin strokes (text) every 20 pixels. */
const stroke = (x: number, y: number) => y % 20 < 3 && x % 8 < 5;

/** A 400×300 page of the background grey with strokes of the ink grey, and perhaps a dark band. */
function page(background: number, ink: number, band?: { top: number; bottom: number }): Uint8Array {
  return png(400, 300, (x, y) => {
    if (band && y >= band.top && y < band.bottom) return stroke(x, y) ? 250 : 40;
    return stroke(x, y) ? ink : background;
  });
}

/** A seeded noise source, so a test draws the same photo each time. */
function noise(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 - 0.5;
  };
}

const prepare = (bytes: Uint8Array, orientation = 1): Picture[] =>
  preparePictures({ bytes, format: 'png', orientation, maxPixels: 40e6 });

/** The grey level at (x, y) of a picture as Tesseract gets it. */
function pixel(picture: Picture, x: number, y: number): number {
  const header = `P5\n${picture.width} ${picture.height}\n255\n`.length;
  return picture.pgm[header + y * picture.width + x] as number;
}

describe('preparing a picture for Tesseract', () => {
  it('asks for inverted second readings only where a dark area may hold light text', () => {
    // Dark text on white, and a console (light on dark, turned over as a whole): no dark area left.
    expect(prepare(page(255, 20))[0]?.hasDarkAreas).toBe(false);
    expect(prepare(page(10, 230))[0]?.hasDarkAreas).toBe(false);
    // A dark band with light text (a header, an alert over a dark wallpaper) keeps them.
    expect(prepare(page(255, 20, { top: 0, bottom: 40 }))[0]?.hasDarkAreas).toBe(true);
  });

  it('reads a screenshot as it is, once', () => {
    expect(prepare(page(255, 20))).toHaveLength(1);
  });

  it('cleans a noisy photo of a light dialog over a dark wallpaper: text kept dark, wallpaper, glare and noise made white', () => {
    const n = noise(7);
    // A dialog (x 100–300, y 100–200) of blurred ink (120) on light grey (225) in a glare gradient,
    // over a dark wallpaper (60), all with sensor noise of ±14.
    const bytes = png(400, 300, (x, y) => {
      const inDialog = x >= 100 && x < 300 && y >= 100 && y < 200;
      const glare = x / 20;
      const base = inDialog ? (stroke(x, y) ? 120 : 225) : 60;
      return base + glare + n() * 28;
    });
    const [cleaned, plain] = prepare(bytes);
    expect(plain).toBeDefined();
    if (!cleaned) throw new Error('no picture');
    // A stroke in the dialog is dark, the dialog's paper beside it and the wallpaper are white.
    expect(pixel(cleaned, 170, 141)).toBeLessThan(128);
    expect(pixel(cleaned, 170, 150)).toBeGreaterThan(200);
    let specks = 0;
    for (let y = 10; y < 90; y++) for (let x = 10; x < 390; x++) if (pixel(cleaned, x, y) < 128) specks++;
    expect(specks).toBeLessThan(0.005 * 80 * 380);
  });

  it('turns a photo stored sideways upright by its EXIF orientation', () => {
    // Stored 100 wide, 200 tall, dark in its top-left corner; orientation 6 shows it turned a quarter
    // clockwise: 200 wide, 100 tall, the dark corner top right.
    const bytes = png(100, 200, (x, y) => (x < 20 && y < 20 ? 0 : 255));
    const picture = prepare(bytes, 6).at(-1) as Picture;
    expect([picture.width, picture.height]).toEqual([200, 100]);
    expect(pixel(picture, 190, 10)).toBeLessThan(50);
    expect(pixel(picture, 10, 10)).toBeGreaterThan(200);
  });

  it('reduces a huge picture while it turns it grey, each pixel the mean of a square, the mean level from all', () => {
    // A checkerboard of black and white, left half; white, right half. 65 × 49 over 1,000 pixels: halved,
    // the odd last column and row left out.
    const bytes = png(65, 49, (x, y) => (x >= 32 || (x + y) % 2 ? 255 : 0));
    const reduced = decodeGrey({ bytes, format: 'png', maxPixels: 40e6 }, 1000);
    expect([reduced.width, reduced.height]).toEqual([32, 24]);
    // Each 2 × 2 square of the checkerboard is half black: 127.5, not one of its pixels (0 or 255).
    for (const [x, y] of [
      [0, 0],
      [15, 23],
      [7, 11],
    ] as const)
      expect(reduced.grey[y * 32 + x]).toBe(128);
    for (const [x, y] of [
      [16, 0],
      [31, 23],
    ] as const)
      expect(reduced.grey[y * 32 + x]).toBe(255);
    const black = 16 * 49;
    expect(reduced.mean).toBeCloseTo((255 * (65 * 49 - black)) / (65 * 49), 5);
    // A picture under the limit comes as it is.
    expect(decodeGrey({ bytes, format: 'png', maxPixels: 40e6 }).width).toBe(65);
  });
});
