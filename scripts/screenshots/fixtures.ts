// Dev-only: writes the few pictures the tests read (test/fixtures/screenshots/), from the same drawing
// code as the accuracy set. Run `node scripts/screenshots/fixtures.ts` after changing the drawings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { drawMessage, drawNoError, photograph } from './draw.ts';

const dir = new URL('../../test/fixtures/screenshots/', import.meta.url);
mkdirSync(dir, { recursive: true });
const alert = { title: 'Profile Installation Failed.', body: 'A Network Error Has Occurred.' };
writeFileSync(
  new URL('ios-alert-en.png', dir),
  await drawMessage('ios-alert', 'phone', alert, 7).encode('png'),
);
writeFileSync(
  new URL('windows-dialog-en.jpg', dir),
  await drawMessage(
    'windows-dialog',
    'desktop',
    {
      title: '0x80CF0437: The clock on the client computer is not set to the correct time.',
      body: '',
      code: '0x80CF0437',
    },
    3,
  ).encode('jpeg', 90),
);
writeFileSync(new URL('no-text.jpg', dir), await drawNoError(3, 5).encode('jpeg', 80));
// A photographed page of notes on which Tesseract prints "Image too small to scale!!" from its own code:
// taken with little sensor noise, so it is read as it is (a cleaned-up photo leaves Tesseract no specks).
writeFileSync(
  new URL('notes-photo.jpg', dir),
  await photograph(drawNoError(5, 17), 17, { noise: 6 }).encode('jpeg', 85),
);
// A 3× Company Portal screen whose whole message is one error name, in bold: it must survive the 2× reduction.
writeFileSync(
  new URL('portal-code-3x.png', dir),
  await drawMessage('company-portal', 'phone', { title: 'NoEnrollmentPolicy', body: '' }, 1, 1.5).encode(
    'png',
  ),
);
// A phone photo of a Windows dialog: small, blurred, noisy text over a wallpaper, with glare; read only
// once the photo is cleaned up.
writeFileSync(
  new URL('windows-dialog-photo-en.jpg', dir),
  await photograph(
    drawMessage(
      'windows-dialog',
      'desktop',
      { title: 'Failed to start the Microsoft Online Management Updates service.', body: '' },
      13,
    ),
    13,
  ).encode('jpeg', 80),
);
// A camera-sized JPEG (4032 × 3024, 12 MP) of a dialog: its decoder needs more heap than the OCR worker has.
const dialog = drawMessage(
  'windows-dialog',
  'desktop',
  { title: '0x80180014: The device is not supported.', body: '', code: '0x80180014' },
  21,
  2.52,
);
const camera = createCanvas(4032, 3024);
const desk = camera.getContext('2d');
desk.fillStyle = '#2a2622';
desk.fillRect(0, 0, camera.width, camera.height);
desk.drawImage(dialog, 0, (camera.height - dialog.height) / 2);
writeFileSync(new URL('dialog-12mp.jpg', dir), await camera.encode('jpeg', 85));
