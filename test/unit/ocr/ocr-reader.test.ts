import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import sharp from 'sharp';
import { createOcrReader, type OcrReader } from '../../../src/ocr/ocr-reader.ts';
import { RecordingLogger } from '../../fakes/teams-test-bot.ts';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/screenshots/${name}`, import.meta.url)));

/** A PNG header (signature + IHDR) claiming the given size, with no pixel data behind it. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return bytes;
}

// One pool for the file: starting Tesseract costs about a second.
let reader: OcrReader;
beforeAll(async () => {
  // The language data ships in npm packages: reading works with the network closed.
  nock.disableNetConnect();
  reader = createOcrReader({ workers: 1, queueLimit: 0, timeoutMs: 60_000 });
  await reader.warm();
}, 60_000);
afterAll(async () => {
  await reader.close();
  nock.enableNetConnect();
});

describe('reading a screenshot', () => {
  it('reads the alert of a whole phone screen, not the icon labels or the clock, with the network closed', async () => {
    const reading = await reader.read(fixture('ios-alert-en.png'), { locale: 'en' });
    expect(reading.kind).toBe('text');
    if (reading.kind !== 'text') return;
    expect(reading.text).toMatch(/Profile Installation Failed/);
    expect(reading.text).toMatch(/Network Error/);
    expect(reading.text).not.toMatch(/Photos|Camera|Calendar|9:41/);
    expect(reading.confidence).toBeGreaterThan(80);
  });

  it('reads a one-word error name on a 3x screenshot once it is taken down to 2x', async () => {
    const reading = await reader.read(fixture('portal-code-3x.png'), { locale: 'fr' });
    expect(reading.kind === 'text' && reading.text).toBe('NoEnrollmentPolicy');
  });

  it('reads a phone photo of a Windows dialog: small, blurred, noisy text over a wallpaper, with glare', async () => {
    const reading = await reader.read(fixture('windows-dialog-photo-en.jpg'), { locale: 'en' });
    expect(reading.kind).toBe('text');
    if (reading.kind !== 'text') return;
    expect(reading.text).toMatch(/Failed to start the Microsoft/);
    expect(reading.text).toMatch(/Updates service/);
  });

  it('reads a 12 MP camera JPEG and a 24 MP PNG screenshot, reduced while they are decoded', async () => {
    const reading = await reader.read(fixture('dialog-12mp.jpg'), { locale: 'en' });
    expect(reading.kind === 'text' && reading.text).toMatch(/0x80180014: The device is not supported/);
    // The desktop dialog blown up four times: 6400 × 3600.
    const huge = await sharp(fixture('windows-dialog-en.jpg'))
      .resize(6400, 3600, { kernel: 'nearest' })
      .png()
      .toBuffer();
    const large = await reader.read(new Uint8Array(huge), { locale: 'en' });
    expect(large.kind === 'text' && large.text).toMatch(/0x80CF0437: The clock on the client computer/);
  });

  it('refuses a truncated JPEG as damaged, and a header that lies about its size', async () => {
    const jpeg = fixture('dialog-12mp.jpg');
    expect(await reader.read(jpeg.subarray(0, jpeg.length / 2), { locale: 'en' })).toEqual({
      kind: 'refused',
      reason: 'corrupt',
    });
    // A real 1600 × 900 PNG whose header says 100 × 100.
    const png = fixture('ios-alert-en.png').slice();
    const view = new DataView(png.buffer);
    view.setUint32(16, 100);
    view.setUint32(20, 100);
    expect(await reader.read(png, { locale: 'en' })).toEqual({ kind: 'refused', reason: 'corrupt' });
  });

  it('says so when a picture has no text', async () => {
    expect(await reader.read(fixture('no-text.jpg'), { locale: 'en' })).toEqual({
      kind: 'refused',
      reason: 'no-text',
    });
  });

  it('refuses a damaged file, a decompression bomb, HEIC and other formats without decoding them', async () => {
    const png = fixture('ios-alert-en.png');
    expect(await reader.read(png.subarray(0, 5000), { locale: 'en' })).toEqual({
      kind: 'refused',
      reason: 'corrupt',
    });
    expect(await reader.read(pngHeader(60_000, 60_000), { locale: 'en' })).toEqual({
      kind: 'refused',
      reason: 'too-many-pixels',
    });
    const heic = new Uint8Array([
      0,
      0,
      0,
      24,
      ...new TextEncoder().encode('ftypheic'),
      0,
      0,
      0,
      0,
      ...new TextEncoder().encode('mif1heic'),
    ]);
    expect(await reader.read(heic, { locale: 'en' })).toEqual({ kind: 'refused', reason: 'heic' });
    const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00\x00\x00\x00;');
    expect(await reader.read(gif, { locale: 'en' })).toEqual({
      kind: 'refused',
      reason: 'unsupported-format',
    });
    expect(await reader.read(new Uint8Array(10 * 1024 * 1024 + 1), { locale: 'en' })).toEqual({
      kind: 'refused',
      reason: 'too-large',
    });
  });

  it('answers "busy" beyond the queue limit instead of queueing without end', async () => {
    const first = reader.read(fixture('windows-dialog-en.jpg'), { locale: 'en' });
    const second = await reader.read(fixture('windows-dialog-en.jpg'), { locale: 'en' });
    expect(second).toEqual({ kind: 'refused', reason: 'busy' });
    const reading = await first;
    expect(reading.kind === 'text' && reading.text).toMatch(/0x80CF0437/);
  });

  it('gives up on an image after the time limit', async () => {
    const hasty = createOcrReader({ workers: 1, timeoutMs: 1 });
    try {
      expect(await hasty.read(fixture('windows-dialog-en.jpg'), { locale: 'en' })).toEqual({
        kind: 'refused',
        reason: 'timeout',
      });
    } finally {
      await hasty.close();
    }
  });

  it('stops an idle worker, so its memory is returned, and starts one again for the next picture', async () => {
    const logger = new RecordingLogger();
    const idle = createOcrReader({ workers: 1, timeoutMs: 60_000, idleMs: 50, logger });
    try {
      const first = await idle.read(fixture('windows-dialog-en.jpg'), { locale: 'en' });
      expect(first.kind === 'text' && first.text).toMatch(/0x80CF0437/);
      for (let i = 0; i < 100 && !logger.has('ocr.worker_stopped_idle'); i++)
        await new Promise((wake) => setTimeout(wake, 50));
      expect(logger.has('ocr.worker_stopped_idle')).toBe(true);
      const again = await idle.read(fixture('windows-dialog-en.jpg'), { locale: 'en' });
      expect(again.kind === 'text' && again.text).toMatch(/0x80CF0437/);
    } finally {
      await idle.close();
    }
  }, 60_000);
});
