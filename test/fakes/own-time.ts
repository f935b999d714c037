import { readFileSync } from 'node:fs';

/**
 * Milliseconds of the runqueue wait of this process's main thread so far: the time it was ready to run
 * but another process had the CPU (Linux `/proc/self/schedstat`, second field, nanoseconds). Undefined
 * where the kernel does not report it.
 */
function runQueueWaitMs(): number | undefined {
  try {
    const wait = Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1]);
    return Number.isFinite(wait) ? wait / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A clock for deadlines the bot must meet on a machine of its own, as deployed: wall time less the time
 * the main thread waited for a CPU that other processes held. Work, timers and I/O waits count as they
 * do in wall time; a neighbour's load on a shared test machine does not. Plain wall time where the
 * kernel gives no runqueue figure.
 */
export function ownTimeMs(): number {
  return performance.now() - (runQueueWaitMs() ?? 0);
}
