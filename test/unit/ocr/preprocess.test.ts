import { describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { createPictureDecoder } from '../../../src/ocr/decode-picture.ts';
import { toGrey } from '../../../src/ocr/grey-image.ts';
import { type Picture, picturesFrom } from '../../../src/ocr/preprocess.ts';

type Paint = (x: number, y: number) => number;
type Png = { bytes: Uint8Array; width: number; height: number };

/** A grey PNG painted pixel by pixel. */
async function png(width: number, height: number, paint: Paint): Promise<Png> {
  const grey = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) grey[y * width + x] = Math.max(0, Math.min(255, Math.round(paint(x, y))));
  const bytes = await sharp(grey, { raw: { width, height, channels: 1 } })
    .png()
    .toBuffer();
  return { bytes: new Uint8Array(bytes), width, height };
}

/** Rows of thin strokes (text) every 20 pixels. */
const stroke = (x: number, y: number) => y % 20 < 3 && x % 8 < 5;

/** A 400×300 page of the background grey with strokes of the ink grey, and perhaps a dark band. */
function page(background: number, ink: number, band?: { top: number; bottom: number }): Promise<Png> {
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

const decoder = createPictureDecoder();
const decode = (image: Png, reduceAbove?: number) =>
  decoder.decode({ ...image, maxPixels: 40e6 }, reduceAbove).then(toGrey);

/** The pictures Tesseract gets from a PNG. */
const prepare = async (image: Png | Promise<Png>, orientation = 1): Promise<Picture[]> =>
  picturesFrom(await decode(await image), orientation);

/** The grey level at (x, y) of a picture as Tesseract gets it. */
function pixel(picture: Picture, x: number, y: number): number {
  const header = `P5\n${picture.width} ${picture.height}\n255\n`.length;
  return picture.pgm[header + y * picture.width + x] as number;
}

describe('preparing a picture for Tesseract', () => {
  it('asks for inverted second readings only where a dark area may hold light text', async () => {
    // Dark text on white, and a console (light on dark, turned over as a whole): no dark area left.
    expect((await prepare(page(255, 20)))[0]?.hasDarkAreas).toBe(false);
    expect((await prepare(page(10, 230)))[0]?.hasDarkAreas).toBe(false);
    // A dark band with light text (a header, an alert over a dark wallpaper) keeps them.
    expect((await prepare(page(255, 20, { top: 0, bottom: 40 })))[0]?.hasDarkAreas).toBe(true);
  });

  it('reads a screenshot as it is, once', async () => {
    expect(await prepare(page(255, 20))).toHaveLength(1);
  });

  it('cleans a noisy photo of a light dialog over a dark wallpaper: text kept dark, wallpaper, glare and noise made white', async () => {
    const n = noise(7);
    // A dialog (x 100–300, y 100–200) of blurred ink (120) on light grey (225) in a glare gradient,
    // over a dark wallpaper (60), all with sensor noise of ±14.
    const bytes = await png(400, 300, (x, y) => {
      const inDialog = x >= 100 && x < 300 && y >= 100 && y < 200;
      const glare = x / 20;
      const base = inDialog ? (stroke(x, y) ? 120 : 225) : 60;
      return base + glare + n() * 28;
    });
    const [cleaned, plain] = await prepare(bytes);
    expect(plain).toBeDefined();
    if (!cleaned) throw new Error('no picture');
    // A stroke in the dialog is dark, the dialog's paper beside it and the wallpaper are white.
    expect(pixel(cleaned, 170, 141)).toBeLessThan(128);
    expect(pixel(cleaned, 170, 150)).toBeGreaterThan(200);
    let specks = 0;
    for (let y = 10; y < 90; y++) for (let x = 10; x < 390; x++) if (pixel(cleaned, x, y) < 128) specks++;
    expect(specks).toBeLessThan(0.005 * 80 * 380);
  });

  it('turns a photo stored sideways upright by its EXIF orientation', async () => {
    // Stored 100 wide, 200 tall, dark in its top-left corner; orientation 6 shows it turned a quarter
    // clockwise: 200 wide, 100 tall, the dark corner top right.
    const bytes = png(100, 200, (x, y) => (x < 20 && y < 20 ? 0 : 255));
    const picture = (await prepare(bytes, 6)).at(-1) as Picture;
    expect([picture.width, picture.height]).toEqual([200, 100]);
    expect(pixel(picture, 190, 10)).toBeLessThan(50);
    expect(pixel(picture, 10, 10)).toBeGreaterThan(200);
  });

  it('reduces a huge picture while it decodes it: each pixel a blend of the square it stands for, the mean level kept', async () => {
    // A checkerboard of black and white, left half; white, right half. 65 × 49 over 1,000 pixels: halved,
    // the odd last column and row left out.
    const bytes = await png(65, 49, (x, y) => (x >= 32 || (x + y) % 2 ? 255 : 0));
    const reduced = await decode(bytes, 1000);
    expect([reduced.width, reduced.height]).toEqual([32, 24]);
    // Inside the checkerboard each pixel is half black (about 128), not one of its pixels (0 or 255).
    for (const [x, y] of [
      [3, 3],
      [10, 20],
      [7, 11],
    ] as const)
      expect(Math.abs((reduced.grey[y * 32 + x] as number) - 128)).toBeLessThanOrEqual(8);
    for (const [x, y] of [
      [20, 3],
      [31, 23],
    ] as const)
      expect(reduced.grey[y * 32 + x]).toBe(255);
    const black = 16 * 49;
    expect(Math.abs(reduced.mean - (255 * (65 * 49 - black)) / (65 * 49))).toBeLessThan(3);
    // A picture under the limit comes as it is.
    expect((await decode(bytes)).width).toBe(65);
  });
});
