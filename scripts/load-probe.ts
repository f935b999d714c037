// Loaded into the bot by `npm run load` (`node --import`), never by `npm start`: answers the load
// script over the IPC channel with the bot's memory (RSS, V8 heap, the heap still reachable after a
// full collection) and how late the event loop ran during the run (the delay every request waits
// on top of its own work). Dev-only.
import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type ServerTiming, seqHeader, wallMs } from './load-trace.ts';

export type ProbeReport = {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  /** Heap used after a full garbage collection: what the bot really keeps. */
  liveHeapMb: number;
  /** CPU time the bot used so far (all its threads), in milliseconds. */
  cpuMs: number;
  /** The same for its main thread alone: one request after another run there, so this bounds throughput. */
  mainThreadCpuMs: number;
  /** Event-loop delay since the previous report. */
  loopDelayMs: { p50: number; p99: number; max: number };
  /** Time the main thread spent paused in garbage collection so far, in milliseconds. */
  gcMs: number;
};

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

if (process.send) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  }).observe({ entryTypes: ['gc'] });
  // Per-request timings (scripts/load-trace.ts), for requests the load script numbered.
  const accepted = new WeakMap<Socket, number>();
  const timings: ServerTiming[] = [];
  const byRequest = new WeakMap<IncomingMessage, ServerTiming>();
  subscribe('net.server.socket', (m) => accepted.set((m as { socket: Socket }).socket, wallMs()));
  subscribe('http.server.request.start', (m) => {
    const { request, socket } = m as { request: IncomingMessage; socket: Socket };
    const seq = Number(request.headers[seqHeader]);
    if (!Number.isFinite(seq)) return;
    const timing: ServerTiming = {
      seq,
      port: socket.remotePort ?? 0,
      acceptedAt: accepted.get(socket) ?? Number.NaN,
      startedAt: wallMs(),
    };
    timings.push(timing);
    byRequest.set(request, timing);
    request.once('end', () => {
      timing.readAt = wallMs();
    });
  });
  subscribe('http.server.response.finish', (m) => {
    const timing = byRequest.get((m as { request: IncomingMessage }).request);
    if (timing) timing.finishedAt = wallMs();
  });
  // A full collection on request, without starting the bot with --expose-gc.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  process.on('message', (message: unknown) => {
    const asked = (message as { probe?: unknown } | null)?.probe;
    if (asked === 'timings') {
      process.send?.({ timings });
      return;
    }
    if (asked !== 'report') return;
    const loopDelayMs = {
      p50: Math.round(delay.percentile(50) / 1e6),
      p99: Math.round(delay.percentile(99) / 1e6),
      max: Math.round(delay.max / 1e6),
    };
    delay.reset();
    const cpu = process.cpuUsage();
    const mainCpu = process.threadCpuUsage();
    const before = process.memoryUsage();
    gc();
    const report: ProbeReport = {
      rssMb: mb(before.rss),
      heapUsedMb: mb(before.heapUsed),
      heapTotalMb: mb(before.heapTotal),
      externalMb: mb(before.external),
      liveHeapMb: mb(process.memoryUsage().heapUsed),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      mainThreadCpuMs: Math.round((mainCpu.user + mainCpu.system) / 1000),
      loopDelayMs,
      gcMs: Math.round(gcMs),
    };
    process.send?.({ probe: report });
  });
  // The IPC channel must not keep the bot alive once it is told to stop.
  process.channel?.unref();
}
