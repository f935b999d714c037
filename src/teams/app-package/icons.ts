import { encodePng } from './png.ts';

/**
 * The app icons, drawn from shapes so they can be regenerated at any size: a phone with a check
 * mark (an enrolled device). Teams wants a 192×192 full-colour icon and a 32×32 white-on-transparent
 * outline icon.
 */
type Vec = [number, number];
type Shape = (x: number, y: number) => number; // signed distance in icon units (0..1); < 0 is inside

const roundRect =
  (cx: number, cy: number, hw: number, hh: number, r: number): Shape =>
  (x, y) => {
    const qx = Math.abs(x - cx) - hw + r;
    const qy = Math.abs(y - cy) - hh + r;
    return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
  };

const segment =
  (a: Vec, b: Vec): Shape =>
  (x, y) => {
    const [ax, ay] = a;
    const [bx, by] = b;
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
  };

const stroke =
  (shape: Shape, width: number): Shape =>
  (x, y) =>
    Math.abs(shape(x, y)) - width / 2;
const thick =
  (shape: Shape, width: number): Shape =>
  (x, y) =>
    shape(x, y) - width / 2;
const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

/** The symbol, in a unit square; `weight` scales strokes so the 32 px icon stays legible. */
function symbol(weight: number): Shape {
  const phone = stroke(roundRect(0.5, 0.5, 0.2, 0.34, 0.07), 0.055 * weight);
  const speaker = thick(segment([0.45, 0.23], [0.55, 0.23]), 0.035 * weight);
  const check = thick(
    union(segment([0.39, 0.52], [0.47, 0.6]), segment([0.47, 0.6], [0.62, 0.43])),
    0.06 * weight,
  );
  return union(phone, speaker, check);
}

/** Fraction of the pixel covered by the shape, 4×4 supersampled. */
function coverage(shape: Shape, px: number, py: number, size: number): number {
  let inside = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      if (shape((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size) < 0) inside++;
    }
  }
  return inside / 16;
}

function draw(size: number, pixel: (cover: number) => [number, number, number, number]): Uint8Array {
  const shape = symbol(size <= 48 ? 1.2 : 1);
  const out = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) out.set(pixel(coverage(shape, x, y, size)), (y * size + x) * 4);
  }
  return out;
}

/** Fluent "brand" blue under a white symbol, full bleed as Teams crops the corners itself. */
const brand: [number, number, number] = [0x0f, 0x6c, 0xbd];

export function colorIcon(size = 192): Buffer {
  const mix = (c: number, cover: number) => Math.round(c + (255 - c) * cover);
  return encodePng(
    size,
    size,
    draw(size, (cover) => [mix(brand[0], cover), mix(brand[1], cover), mix(brand[2], cover), 255]),
  );
}

export function outlineIcon(size = 32): Buffer {
  return encodePng(
    size,
    size,
    draw(size, (cover) => [255, 255, 255, Math.round(255 * cover)]),
  );
}
