import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { runNode } from '../../fakes/run-node.ts';

type Measured = { loadedMb: number; highBeforeMb: number; maxRssMb: number; sizes: [number, number][] };

const jpeg12mp = 'test/fixtures/screenshots/dialog-12mp.jpg';
let dir: string;
let png24mp: string;

/** Decodes the pictures in a process started as the bot is, all at once, and returns its memory figures. */
async function decodeInChild(...pictures: string[]): Promise<Measured> {
  const run = await runNode(['--max-old-space-size=256', 'test/fakes/decode-memory-process.ts', ...pictures]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Measured;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decode-memory-'));
  // A 6400 × 3600 (23 MP) screenshot: the desktop dialog blown up four times, 1 MB as PNG.
  png24mp = join(dir, 'screen-23mp.png');
  writeFileSync(
    png24mp,
    await sharp('test/fixtures/screenshots/windows-dialog-en.jpg')
      .resize(6400, 3600, { kernel: 'nearest' })
      .png()
      .toBuffer(),
  );
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Resident memory is the process's own (the RSS high-water mark), so the bounds are generous; the pure-JS
// decoders this replaced peaked about 300 MB above the loaded process for the JPEG and 360 MB for the PNG.
describe('decoding a large picture', () => {
  it('keeps a 12 MP camera JPEG and a 23 MP PNG far below their full-size bitmaps, reduced to what is read', async () => {
    const jpeg = await decodeInChild(jpeg12mp);
    expect(jpeg.sizes).toEqual([[2016, 1512]]);
    expect(jpeg.maxRssMb - jpeg.highBeforeMb).toBeLessThan(100);
    const png = await decodeInChild(png24mp);
    expect(png.sizes).toEqual([[3200, 1800]]);
    // Its RGBA bitmap alone would be 92 MB.
    expect(png.maxRssMb - png.highBeforeMb).toBeLessThan(120);
  }, 60_000);

  it('decodes four large pictures sent at once one after the other, so their memory does not add up', async () => {
    const four = await decodeInChild(jpeg12mp, png24mp, jpeg12mp, png24mp);
    expect(four.sizes).toHaveLength(4);
    expect(four.maxRssMb - four.highBeforeMb).toBeLessThan(200);
  }, 60_000);
});
