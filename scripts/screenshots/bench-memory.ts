// `npm run bench -- --screenshots --memory [--runs N]`: the memory and time of reading large pictures.
// Draws a 12 MP camera photo of a dialog (JPEG), a 24 MP screenshot (PNG) and a phone screenshot, then
// reads each in a fresh process started as the bot is (`--max-old-space-size=256`), alone and four
// large ones at once (`memory-probe.ts`). Prints per case the peak resident memory above the warm pool
// (worker threads included), the process's high-water mark, the CPU time and what was read. The best
// of `--runs` (default 1) is kept, as the machine may be shared.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCanvas } from '@napi-rs/canvas';
import { drawMessage, photograph } from './draw.ts';

type Probe = {
  warmMb: number;
  peakMb: number;
  maxRssMb: number;
  cpuMs: number;
  wallMs: number;
  read: string[];
};

const dialog = { title: '0x80180014: The device is not supported.', body: '', code: '0x80180014' };
const alert = { title: 'Profile Installation Failed.', body: 'A Network Error Has Occurred.' };

/** A 4032 × 3024 phone-camera photo of a desktop dialog: blurred, noisy, the screen in the middle. */
async function cameraPhoto(seed: number): Promise<Uint8Array> {
  const photo = photograph(drawMessage('windows-dialog', 'desktop', dialog, seed), seed, {
    size: 2.52,
    blur: 3,
  });
  const camera = createCanvas(4032, 3024);
  const ctx = camera.getContext('2d');
  ctx.fillStyle = '#2a2622';
  ctx.fillRect(0, 0, camera.width, camera.height);
  ctx.drawImage(photo, 0, (camera.height - photo.height) / 2);
  return camera.encode('jpeg', 85);
}

export async function benchMemory(args: string[]): Promise<void> {
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 1) || 1;
  const dir = mkdtempSync(join(tmpdir(), 'screenshot-memory-'));
  const file = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  try {
    const jpeg = file('photo-12mp.jpg', await cameraPhoto(21));
    const jpeg2 = file('photo-12mp-b.jpg', await cameraPhoto(22));
    // 6528 × 3672: a desktop screenshot of a very large display.
    const png = file(
      'screen-24mp.png',
      await drawMessage('windows-dialog', 'desktop', dialog, 5, 4.08).encode('png'),
    );
    const png2 = file(
      'screen-24mp-b.png',
      await drawMessage('windows-dialog', 'desktop', dialog, 6, 4.08).encode('png'),
    );
    const phone = file(
      'phone.png',
      await drawMessage('ios-alert', 'phone', alert, 7, 1179 / 828).encode('png'),
    );
    const cases: [string, string[], number][] = [
      ['12 MP camera photo (JPEG, 4032 × 3024)', [jpeg], 1],
      ['24 MP screenshot (PNG, 6528 × 3672)', [png], 1],
      ['phone screenshot (PNG, 1179 × 2556)', [phone], 1],
      ['4 large at once (2 JPEG, 2 PNG), 1 worker', [jpeg, png, jpeg2, png2], 1],
      ['4 large at once (2 JPEG, 2 PNG), 2 workers', [jpeg, png, jpeg2, png2], 2],
    ];
    const probe = fileURLToPath(new URL('./memory-probe.ts', import.meta.url));
    const lines = [
      '| picture | peak above warm pool | process high-water mark | CPU | wall | read |',
      '|---|---|---|---|---|---|',
    ];
    for (const [name, files, workers] of cases) {
      let best: Probe | undefined;
      for (let run = 0; run < runs; run++) {
        const out = execFileSync(
          process.execPath,
          [
            '--max-old-space-size=256',
            '--max-semi-space-size=16',
            probe,
            '--workers',
            String(workers),
            '--files',
            files.join(','),
          ],
          { encoding: 'utf8', maxBuffer: 1 << 24 },
        );
        const result = JSON.parse(out.trim().split('\n').pop() as string) as Probe;
        if (!best || result.peakMb - result.warmMb < best.peakMb - best.warmMb) best = result;
      }
      const b = best as Probe;
      lines.push(
        `| ${name} | ${(b.peakMb - b.warmMb).toFixed(0)} MB | ${b.maxRssMb.toFixed(0)} MB | ${b.cpuMs.toFixed(0)} ms | ${b.wallMs.toFixed(0)} ms | ${b.read.map((r) => JSON.stringify(r.slice(0, 40))).join(', ')} |`,
      );
      process.stderr.write(`${lines.at(-1)}\n`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
