import { describe, expect, it } from '@jest/globals';
import { BusyError, createWorkLimiter } from '../../../../src/core/async/work-limiter.ts';

/** A piece of work that runs until the test lets it finish. */
function held() {
  let release!: () => void;
  let started = false;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    work: async () => {
      started = true;
      await done;
      return 'done';
    },
    release: () => release(),
    started: () => started,
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('work limiter', () => {
  it('runs no more pieces at once than its concurrency; the rest start in arrival order as slots free', async () => {
    const limiter = createWorkLimiter({ concurrency: 2, queueLimit: 10 });
    const pieces = [held(), held(), held(), held()];
    const order: number[] = [];
    const results = pieces.map((p, i) =>
      limiter.run(async () => {
        order.push(i);
        return p.work();
      }),
    );
    await turn();
    await turn();
    expect(pieces.map((p) => p.started())).toEqual([true, true, false, false]);
    expect(limiter.load()).toEqual({ running: 2, waiting: 2 });

    pieces[1]?.release();
    await turn();
    await turn();
    expect(pieces.map((p) => p.started())).toEqual([true, true, true, false]);
    for (const p of pieces) p.release();
    await expect(Promise.all(results)).resolves.toEqual(['done', 'done', 'done', 'done']);
    expect(order).toEqual([0, 1, 2, 3]);
    await limiter.idle();
    expect(limiter.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once, without running it, a piece beyond the queue limit; the queued ones still run', async () => {
    const limiter = createWorkLimiter({ concurrency: 1, queueLimit: 1 });
    const first = held();
    const second = held();
    let refusedRan = false;
    const a = limiter.run(first.work);
    const b = limiter.run(second.work);
    const refused = limiter.run(async () => {
      refusedRan = true;
    });
    await expect(refused).rejects.toBeInstanceOf(BusyError);
    await expect(refused).rejects.toMatchObject({ code: 'busy' });
    first.release();
    second.release();
    await expect(Promise.all([a, b])).resolves.toEqual(['done', 'done']);
    expect(refusedRan).toBe(false);
    // Room again: accepted.
    await expect(limiter.run(async () => 'later')).resolves.toBe('later');
  });

  it('does not start the work in the caller: the event loop gets a turn first', async () => {
    const limiter = createWorkLimiter({ concurrency: 4, queueLimit: 4 });
    let ran = false;
    const piece = limiter.run(async () => {
      ran = true;
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(ran).toBe(false);
    await piece;
    expect(ran).toBe(true);
  });

  it('starts waiting pieces one per event-loop turn, so a burst is never started in one stretch', async () => {
    const limiter = createWorkLimiter({ concurrency: 3, queueLimit: 0 });
    const pieces = [held(), held(), held()];
    const results = pieces.map((p) => limiter.run(p.work));
    const started = () => pieces.filter((p) => p.started()).length;
    expect(started()).toBe(0);
    await turn();
    expect(started()).toBe(1);
    await turn();
    expect(started()).toBe(2);
    await turn();
    expect(started()).toBe(3);
    for (const p of pieces) p.release();
    await Promise.all(results);
  });

  it('a failing or throwing piece frees its slot and reaches its caller; the next piece runs', async () => {
    const limiter = createWorkLimiter({ concurrency: 1, queueLimit: 2 });
    const rejected = limiter.run(async () => {
      throw new Error('boom');
    });
    const thrown = limiter.run((() => {
      throw new Error('sync boom');
    }) as () => Promise<void>);
    const next = limiter.run(async () => 'next');
    await expect(rejected).rejects.toThrow('boom');
    await expect(thrown).rejects.toThrow('sync boom');
    await expect(next).resolves.toBe('next');
  });

  it('gives way while connections are being accepted: no piece starts in a loop turn that accepted one', async () => {
    // Connections are accepted during the next three loop turns, then no more.
    let acceptingTurns = 3;
    const limiter = createWorkLimiter({
      concurrency: 2,
      queueLimit: 2,
      giveWay: () => acceptingTurns-- > 0,
    });
    const piece = held();
    const result = limiter.run(piece.work);
    await turn();
    await turn();
    await turn();
    expect(piece.started()).toBe(false);
    expect(limiter.load()).toEqual({ running: 0, waiting: 1 });
    await turn();
    await turn();
    expect(piece.started()).toBe(true);
    piece.release();
    await result;
  });

  it('gives way for a bounded time only: a steady stream of connections does not starve the work', async () => {
    const limiter = createWorkLimiter({
      concurrency: 1,
      queueLimit: 1,
      giveWay: () => true,
      maxGiveWayMs: 30,
    });
    await expect(limiter.run(async () => 'ran')).resolves.toBe('ran');
  });
});

describe('one owner among many', () => {
  it('takes no more than its share: the next piece of the same owner is refused, others still get in', async () => {
    const limiter = createWorkLimiter({ concurrency: 1, queueLimit: 100, perOwner: 3 });
    const blocker = held();
    const running = limiter.run(blocker.work, 'slack/T1/U0MALLORY');
    const queued = [limiter.run(turn, 'slack/T1/U0MALLORY'), limiter.run(turn, 'slack/T1/U0MALLORY')];

    const refused = await limiter.run(turn, 'slack/T1/U0MALLORY').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(BusyError);
    expect(refused).toMatchObject({ reason: 'owner-limit', told: false });
    // Told once: the flood that follows is refused without another "busy" to send.
    for (let i = 0; i < 20; i++)
      expect(await limiter.run(turn, 'slack/T1/U0MALLORY').catch((e: unknown) => e)).toMatchObject({
        told: true,
      });
    // The same user id in another workspace is someone else, and so is everyone without an owner.
    const others = [
      limiter.run(turn, 'slack/T2/U0MALLORY'),
      limiter.run(turn, 'slack/T1/U0SAM'),
      limiter.run(turn),
    ];
    await turn();
    expect(limiter.load()).toEqual({ running: 1, waiting: 5 });

    blocker.release();
    await Promise.all([running, ...queued, ...others]);
    // Once their work is done the owner has a full share again.
    await expect(limiter.run(async () => 'again', 'slack/T1/U0MALLORY')).resolves.toBe('again');
  });
});
