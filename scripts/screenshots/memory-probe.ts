// Dev-only, run by `bench-memory.ts` in a process of its own (started as the bot is, with its heap limit):
// reads the given pictures through the bot's OCR reader, all sent at once, and prints one JSON line with
// the process's resident memory once the pool is warm, its peak while the pictures are read (sampled
// every 5 ms, worker threads included) and its high-water mark, the CPU time and what was read.
import { readFileSync } from 'node:fs';
import { createOcrReader } from '../../src/ocr/ocr-reader.ts';

const args = process.argv.slice(2);
const value = (name: string) => args[args.indexOf(name) + 1] as string;
const files = value('--files').split(',');
const workers = Number(value('--workers'));
const images = files.map((f) => new Uint8Array(readFileSync(f)));

const reader = createOcrReader({ workers, queueLimit: 100, timeoutMs: 120_000 });
await reader.warm();
const warm = process.memoryUsage().rss;
let peak = warm;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const readings = await Promise.all(images.map((image) => reader.read(image, { locale: 'en' })));
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
await reader.close();
process.stdout.write(
  `${JSON.stringify({
    warmMb: warm / 2 ** 20,
    peakMb: peak / 2 ** 20,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs,
    read: readings.map((r) => (r.kind === 'text' ? r.text : `(${r.reason})`)),
  })}\n`,
);
