import { describe, expect, it } from '@jest/globals';
import { PNG } from 'pngjs';
import { toGreyscalePgm } from '../../../src/ocr/preprocess.ts';

/** A 400×300 PNG of the background grey with rows of thin strokes (text) and perhaps a dark band. */
function page(background: number, ink: number, band?: { top: number; bottom: number }): Uint8Array {
  const png = new PNG({ width: 400, height: 300 });
  for (let y = 0; y < 300; y++) {
    for (let x = 0; x < 400; x++) {
      const stroke = y % 20 < 2 && x % 6 < 2;
      let v = stroke ? ink : background;
      if (band && y >= band.top && y < band.bottom) v = stroke ? 250 : 40;
      const i = (y * 400 + x) * 4;
      png.data[i] = v;
      png.data[i + 1] = v;
      png.data[i + 2] = v;
      png.data[i + 3] = 255;
    }
  }
  return new Uint8Array(PNG.sync.write(png, { filterType: 0 }));
}

describe('preparing a picture for Tesseract', () => {
  it('asks for inverted second readings only where a dark area may hold light text', () => {
    // Dark text on white, and a console (light on dark, turned over as a whole): no dark area left.
    expect(toGreyscalePgm(page(255, 20), 'png', 1e6).hasDarkAreas).toBe(false);
    expect(toGreyscalePgm(page(10, 230), 'png', 1e6).hasDarkAreas).toBe(false);
    // A dark band with light text (a header, an alert over a dark wallpaper) keeps them.
    expect(toGreyscalePgm(page(255, 20, { top: 0, bottom: 40 }), 'png', 1e6).hasDarkAreas).toBe(true);
  });
});
