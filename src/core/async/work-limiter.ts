import { AppError } from '../errors.ts';

/** More work is waiting than the limiter takes: the caller tells the user to send again shortly. */
export class BusyError extends AppError<'busy'> {
  /**
   * @param reason `queue-full`: the process has no room; `owner-limit`: this one sender already has
   * their share running or waiting.
   * @param told the same sender was refused moments ago and has heard "busy" already: log, send nothing.
   */
  readonly reason: 'queue-full' | 'owner-limit';
  readonly told: boolean;
  constructor(reason: 'queue-full' | 'owner-limit' = 'queue-full', told = false) {
    super('busy', 'Too much work is waiting; refused instead of queued');
    this.reason = reason;
    this.told = told;
  }
}

export type WorkLimiterOptions = {
  /** Pieces of work running at once; the rest wait in arrival order. */
  concurrency: number;
  /** Pieces waiting beyond those running; one more is refused with BusyError at once. */
  queueLimit: number;
  /**
   * Asked before each start: true while the network has more to hand over (the server accepted a
   * connection since the last ask). Node accepts one connection per loop turn, so a burst of new
   * connections would otherwise wait for a piece of work per accept; giving way, the burst is
   * accepted and answered first (a Slack ack needs no turn work) and the work starts after.
   */
  giveWay?: () => boolean;
  /** The longest a waiting piece gives way, so a steady stream of connections cannot starve the work. */
  maxGiveWayMs?: number;
  /**
   * Pieces one owner (a user of a workspace or tenant) may have running and waiting at once. Without
   * it one user pasting in a loop, or opening conversation after conversation, fills the whole queue
   * and everyone else hears "busy".
   */
  perOwner?: number;
};

/** A person types a few messages while the first answer is on its way, never this many. */
const defaultPerOwner = 8;
/** A sender refused again within this time has been told already: the refusal is logged, not sent. */
const toldForMs = 10_000;

/**
 * A burst of a few hundred connections is accepted well within this on two cores, even busy ones;
 * a turn's answer may come this much later, an ack may not (Slack waits 3 s).
 */
const defaultMaxGiveWayMs = 2_000;

/**
 * Bounds how much work runs at once in this process. Node does everything on one thread: when every
 * request starts its work the moment it arrives, a burst of them keeps the event loop busy for seconds
 * between two looks at the network, so even a request that needs no work (an ack, a health probe) and
 * every new connection (Node accepts one per loop turn) waits that long. Here the work of a burst waits
 * in a first-come queue instead, and the pieces start one per loop turn (`setImmediate`), so the
 * network is read between any two starts.
 */
export type WorkLimiter = {
  /**
   * Runs `work` when a slot is free; rejects with BusyError when the queue is full or when `owner`
   * (who the work is for) already has their share running and waiting.
   */
  run<T>(work: () => Promise<T>, owner?: string): Promise<T>;
  /** Pieces running and waiting now (for log lines and the load figures). */
  load(): { running: number; waiting: number };
  /** Resolves once nothing runs or waits (tests and graceful shutdown). */
  idle(): Promise<void>;
};

export function createWorkLimiter(options: WorkLimiterOptions): WorkLimiter {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const queueLimit = Math.max(0, Math.floor(options.queueLimit));
  const giveWay = options.giveWay;
  const maxGiveWayMs = options.maxGiveWayMs ?? defaultMaxGiveWayMs;
  const perOwner = Math.max(1, Math.floor(options.perOwner ?? defaultPerOwner));
  /** Per owner with work in hand: pieces running or waiting, and when they were last refused. */
  const owners = new Map<string, { pieces: number; refusedAt: number }>();
  /** Each waiting piece's start, and when it joined the queue. */
  const waiting: Array<{ start: () => void; since: number }> = [];
  let running = 0;
  let idleWaiters: Array<() => void> = [];

  let pumping = false;
  /**
   * Starts one waiting piece per loop turn: an immediate queued from an immediate runs in the next
   * turn, after the network has been read, so a slot freeing many pieces at once cannot start them all
   * in one long stretch.
   */
  function pump() {
    pumping = false;
    if (running >= concurrency || waiting.length === 0) return;
    const next = waiting[0] as { start: () => void; since: number };
    if (giveWay?.() && performance.now() - next.since < maxGiveWayMs) {
      // Look again next loop turn, after the network has been read once more.
      pumping = true;
      setImmediate(pump);
      return;
    }
    waiting.shift();
    running++;
    next.start();
    startNext();
  }

  function startNext() {
    if (!pumping && running < concurrency && waiting.length > 0) {
      pumping = true;
      setImmediate(pump);
    }
    if (running === 0 && waiting.length === 0) {
      const resolve = idleWaiters;
      idleWaiters = [];
      for (const r of resolve) r();
    }
  }

  return {
    run<T>(work: () => Promise<T>, owner?: string): Promise<T> {
      const mine = owner === undefined ? undefined : owners.get(owner);
      // Every slot taken and the queue full (pieces about to start count as waiting until they do).
      const full = running + waiting.length >= concurrency + queueLimit;
      if (full || (mine && mine.pieces >= perOwner)) {
        const now = performance.now();
        const told = !!mine && now - mine.refusedAt < toldForMs;
        if (mine && !told) mine.refusedAt = now;
        return Promise.reject(new BusyError(full ? 'queue-full' : 'owner-limit', told));
      }
      if (owner !== undefined) {
        if (mine) mine.pieces++;
        else owners.set(owner, { pieces: 1, refusedAt: Number.NEGATIVE_INFINITY });
      }
      const done = () => {
        const entry = owner === undefined ? undefined : owners.get(owner);
        if (entry && --entry.pieces === 0) owners.delete(owner as string);
      };
      return new Promise<T>((resolve, reject) => {
        waiting.push({
          since: performance.now(),
          start: () => {
            let result: Promise<T>;
            try {
              result = work();
            } catch (error) {
              result = Promise.reject(error);
            }
            result.then(resolve, reject).finally(() => {
              running--;
              done();
              startNext();
            });
          },
        });
        startNext();
      });
    },
    load: () => ({ running, waiting: waiting.length }),
    idle() {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}
