import { createKeyedQueue } from '../async/keyed-queue.ts';
import { codeOf } from '../errors.ts';
import type { Locale } from '../knowledge/entry.ts';
import type { Clock } from '../ports/clock.ts';
import type { Logger } from '../ports/logger.ts';
import { noTelemetry, spanNames, type Telemetry } from '../ports/telemetry.ts';
import type { Case, Notification, SupportPost } from './case.ts';
import type { CaseRepository } from './case-repository.ts';
import { asDeliveryError, type DeliveryError } from './errors.ts';
import type {
  CaseCard,
  CaseWebhook,
  HandoffNotifier,
  SupportNotifier,
  ThreadMessage,
  UserNotice,
  UserNotifier,
} from './notifier.ts';
import { cardChannels, enqueue } from './outbox.ts';

export type RetryPolicy = {
  /** Tries in one go before the notification waits for the next tick. */
  inlineAttempts: number;
  /** Longest wait between two tries in one go; a longer Retry-After waits for a later tick instead. */
  maxInlineDelayMs: number;
  baseDelayMs: number;
  /** Cap of the backoff between ticks. */
  maxDelayMs: number;
  /**
   * How long a retryable failure (rate limit, outage) is retried before the notification is recorded
   * as failed: an outage of the support channel delays a case, it does not drop it.
   */
  giveUpAfterMs: number;
};

export const defaultRetryPolicy: RetryPolicy = {
  inlineAttempts: 4,
  maxInlineDelayMs: 10_000,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  giveUpAfterMs: 24 * 60 * 60_000,
};

export type DispatcherDeps = {
  repo: CaseRepository;
  support: SupportNotifier[];
  users: UserNotifier[];
  webhook?: CaseWebhook | undefined;
  handoff?: HandoffNotifier | undefined;
  /** `locale` is the support channel's own language when it has one; else the renderer's default. */
  render: {
    card(c: Case, locale?: Locale): CaseCard;
    notice(c: Case, n: Notification): UserNotice;
    thread(c: Case, n: Notification, locale?: Locale): ThreadMessage;
  };
  clock: Clock;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  random?: () => number;
  /**
   * This instance, as named in the leases it takes: unique among the instances running, and the same
   * after a restart, so a restarted instance resumes its own notifications at once (others wait for
   * the lease to run out).
   */
  instanceId?: string;
  /** How long a lease lasts: longer than one notification's sending with its quick retries. */
  leaseMs?: number;
  telemetry?: Telemetry;
};

export const defaultLeaseMs = 2 * 60_000;

type Sent = { post?: SupportPost; conversationKey?: string };
type Outcome = ({ ok: true; tries: number } & Sent) | { ok: false; tries: number; error: DeliveryError };
type Readiness = 'ready' | 'wait' | 'dead';

const needsPost = new Set(['update', 'thread', 'remind']);
/** Streams whose messages must arrive in the order they were written. */
const ordered = new Set(['thread', 'user']);
/** Failures after which the message may have been delivered anyway. */
const ambiguous = new Set<string>(['unavailable', 'network', 'unknown']);

/**
 * Sends what the outbox of a case holds, in order, recording each result in the case before the
 * next. Work on one case is serialised in this process; a notification key once recorded `sent` is
 * never sent again, and whatever is still pending after a restart is sent by `dispatchAll`.
 */
export function createDispatcher(deps: DispatcherDeps) {
  const policy = { ...defaultRetryPolicy, ...deps.retry };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = deps.random ?? Math.random;
  const chains = createKeyedQueue();
  const log = deps.logger;
  const me = deps.instanceId ?? 'local';
  const leaseMs = deps.leaseMs ?? defaultLeaseMs;
  const telemetry = deps.telemetry ?? noTelemetry;

  /** Held by another instance that has not yet run out of time. */
  function leasedElsewhere(n: Notification): boolean {
    return !!n.lease && n.lease.owner !== me && Date.parse(n.lease.until) > deps.clock.now().getTime();
  }

  /**
   * Takes the notification for this instance in one compare-and-set write of the case: of several
   * instances, one gets it; the others see the lease and leave it. Marks a post as started in the
   * same write, so whoever sends it later knows the card may already be out.
   */
  async function take(caseId: string, key: string): Promise<boolean> {
    let taken = false;
    await deps.repo.update(caseId, (fresh) => {
      const n = fresh.outbox.find((x) => x.key === key);
      taken = !!n && n.status === 'pending' && !leasedElsewhere(n);
      if (!n || !taken) return false;
      const now = deps.clock.now();
      n.lease = { owner: me, until: new Date(now.getTime() + leaseMs).toISOString() };
      if (n.kind === 'post' && !n.startedAt && supportFor(n)?.find) n.startedAt = now.toISOString();
      return true;
    });
    return taken;
  }

  function backoff(attempt: number, error: DeliveryError): number {
    if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxDelayMs);
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    return Math.round(exp / 2 + (exp / 2) * random());
  }

  function expired(n: Notification): boolean {
    return deps.clock.now().getTime() - Date.parse(n.createdAt) >= policy.giveUpAfterMs;
  }

  function supportFor(n: Notification) {
    return deps.support.find((s) => s.channel === n.target);
  }

  function readiness(c: Case, n: Notification): Readiness {
    if (n.kind === 'user' && !deps.users.some((u) => u.channel === c.requester.channel)) return 'dead';
    if (n.kind === 'webhook' && !deps.webhook) return 'dead';
    if (n.kind === 'handoff' && !deps.handoff) return 'dead';
    if (n.kind === 'post' && !supportFor(n)) return 'dead';
    if (!needsPost.has(n.kind)) return 'ready';
    if (!supportFor(n)) return 'dead';
    if (n.target && c.posts[n.target]) return 'ready';
    const post = c.outbox.find((p) => p.kind === 'post' && p.target === n.target);
    return post?.status === 'pending' ? 'wait' : 'dead';
  }

  /**
   * The language of the support channel the case goes to (a workspace's own setting). Not knowing it
   * (storage busy) must not hold the case back: the card then comes in the deployment's language.
   */
  async function supportLocale(c: Case, n: Notification): Promise<Locale | undefined> {
    try {
      return await supportFor(n)?.locale?.(c.requester);
    } catch (error) {
      log.warn('escalation.support-locale-unknown', { caseId: c.id, code: codeOf(error) });
      return undefined;
    }
  }

  async function send(c: Case, n: Notification, maybeSent: boolean): Promise<Sent | undefined> {
    const support = supportFor(n);
    const post = n.target ? c.posts[n.target] : undefined;
    switch (n.kind) {
      case 'post': {
        if (!support) return undefined;
        // An earlier try may have reached the platform even though no answer came back.
        const earlier = maybeSent && support.find ? await support.find(c.id, c.requester) : undefined;
        if (earlier) {
          log.info('escalation.post-found', { caseId: c.id, notification: n.key });
          return { post: earlier };
        }
        const card = deps.render.card(c, await supportLocale(c, n));
        return { post: await support.post(card, c.requester) };
      }
      case 'update':
        if (support && post) await support.update(post, deps.render.card(c, await supportLocale(c, n)));
        return undefined;
      case 'thread':
      case 'remind':
        if (support && post) await support.reply(post, deps.render.thread(c, n, await supportLocale(c, n)));
        return undefined;
      case 'webhook': {
        const { outbox: _outbox, ...rest } = c;
        await deps.webhook?.send({ event: 'case.opened', case: rest }, `${c.id}:${n.key}`);
        return undefined;
      }
      case 'handoff':
        await deps.handoff?.initiate(c);
        return undefined;
      case 'user': {
        const notifier = deps.users.find((u) => u.channel === c.requester.channel);
        const landed = await notifier?.send(c.requester, deps.render.notice(c, n));
        return landed?.conversationKey && landed.conversationKey !== c.requester.conversationKey
          ? { conversationKey: landed.conversationKey }
          : undefined;
      }
    }
  }

  async function attempt(c: Case, n: Notification): Promise<Outcome> {
    // Did an earlier try perhaps get through? A send cut off by a restart, or a failure that may have
    // happened after the platform took the message (timeout, 5xx); a rate limit or a refusal did not.
    let maybeSent = (!!n.startedAt && n.attempts === 0) || (n.error !== undefined && ambiguous.has(n.error));
    for (let tries = 1; ; tries++) {
      try {
        const sent = await send(c, n, maybeSent);
        return { ok: true, tries, ...sent };
      } catch (thrown) {
        const error = asDeliveryError(thrown);
        maybeSent = ambiguous.has(error.code);
        log.warn('escalation.delivery-failed', {
          caseId: c.id,
          notification: n.key,
          code: error.code,
          attempt: n.attempts + tries,
          retryable: error.retryable,
        });
        if (!error.retryable || tries >= policy.inlineAttempts || expired(n))
          return { ok: false, tries, error };
        const delay = backoff(n.attempts + tries - 1, error);
        if (delay > policy.maxInlineDelayMs) return { ok: false, tries, error };
        await sleep(delay);
      }
    }
  }

  /** Applies an outcome to the freshest copy of the case. */
  function record(fresh: Case, snapshot: Case, key: string, outcome: Outcome): void {
    const n = fresh.outbox.find((x) => x.key === key);
    if (n?.status !== 'pending') return;
    const now = deps.clock.now();
    delete n.lease;
    n.attempts += outcome.tries;
    if (outcome.ok) {
      if (outcome.post && n.target) fresh.posts[n.target] = outcome.post;
      if (n.kind === 'update') {
        n.sentRevision = snapshot.cardRevision;
        // The card changed while this update was on its way: leave it pending to send the newer one.
        if (fresh.cardRevision !== snapshot.cardRevision) return;
      }
      n.status = 'sent';
      n.sentAt = now.toISOString();
      delete n.nextAttemptAt;
      delete n.error;
      return;
    }
    const { error } = outcome;
    n.error = error.code;
    if (error.retryable && !expired(n)) {
      n.nextAttemptAt = new Date(now.getTime() + backoff(n.attempts, error)).toISOString();
      return;
    }
    n.status = 'failed';
    delete n.nextAttemptAt;
    log.error('escalation.delivery-gave-up', {
      caseId: fresh.id,
      notification: n.key,
      code: error.code,
      fix: error.adminHint,
    });
    if (n.kind === 'post' && !anyRouteLeft(fresh))
      enqueue(fresh, { kind: 'user', notice: 'undeliverable' }, now);
    if (n.kind === 'user') tellTheTeam(fresh, now);
  }

  /** The requester cannot be reached: the people on the case hear it once, in its thread. */
  function tellTheTeam(c: Case, now: Date): void {
    if (c.outbox.some((x) => x.note === 'user-unreachable')) return;
    for (const ch of cardChannels(c))
      enqueue(c, { kind: 'thread', target: ch, note: 'user-unreachable' }, now);
  }

  /** True while the case can still reach a person: a card posted or pending, or a webhook sent or pending. */
  function anyRouteLeft(c: Case): boolean {
    return (
      Object.keys(c.posts).length > 0 ||
      c.outbox.some((n) => (n.kind === 'post' || n.kind === 'webhook') && n.status !== 'failed')
    );
  }

  function markDead(fresh: Case, key: string): void {
    const n = fresh.outbox.find((x) => x.key === key);
    if (n?.status !== 'pending') return;
    n.status = 'failed';
    n.error = 'no-route';
    log.warn('escalation.delivery-skipped', { caseId: fresh.id, notification: key, code: 'no-route' });
  }

  /**
   * The next notification to send, in outbox order. Relayed lines and notices to the user keep their
   * order: while one waits for a retry, the later ones of the same stream wait behind it.
   */
  function pick(c: Case, tried: Set<string>): { next?: Notification; dead?: Notification } {
    const now = deps.clock.now().getTime();
    const blocked = new Set<string>();
    for (const n of c.outbox) {
      if (n.status !== 'pending') continue;
      const stream = ordered.has(n.kind) ? `${n.kind}:${n.target ?? ''}` : undefined;
      if (stream && blocked.has(stream)) continue;
      const due = !n.nextAttemptAt || Date.parse(n.nextAttemptAt) <= now;
      const state = tried.has(n.key) || !due || leasedElsewhere(n) ? 'wait' : readiness(c, n);
      if (state === 'dead') return { dead: n };
      if (state === 'ready') return { next: n };
      if (stream) blocked.add(stream);
    }
    return {};
  }

  async function run(caseId: string): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      const stored = await deps.repo.get(caseId);
      if (!stored) return;
      const c = stored.value;
      const { next, dead } = pick(c, tried);
      if (dead) {
        await deps.repo.update(caseId, (fresh) => {
          markDead(fresh, dead.key);
          return true;
        });
        continue;
      }
      if (!next) return;
      tried.add(next.key);
      if (!(await take(caseId, next.key))) continue;
      const kinds = { 'bot.notification.kind': next.kind, 'bot.notification.target': next.target };
      const outcome = await telemetry.span(
        spanNames.outboxSend,
        { ...kinds, 'bot.case.id': caseId, 'bot.notification.attempts': next.attempts },
        async (span) => {
          const result = await attempt(c, next);
          span.set({
            'bot.outcome': result.ok ? 'sent' : result.error.code,
            'bot.notification.tries': result.tries,
          });
          return result;
        },
      );
      // Lag: from the moment the case queued it until it reached the platform, retries included.
      if (outcome.ok)
        telemetry.record('outboxLag', deps.clock.now().getTime() - Date.parse(next.createdAt), kinds);
      if (outcome.ok && outcome.post) await deps.repo.linkThread(outcome.post.threadKey, caseId);
      if (outcome.ok && outcome.conversationKey)
        await deps.repo.linkConversation(outcome.conversationKey, caseId);
      await deps.repo.update(caseId, (fresh) => {
        record(fresh, c, next.key, outcome);
        return true;
      });
      if (outcome.ok)
        log.info('escalation.delivered', { caseId, notification: next.key, tries: outcome.tries });
    }
  }

  /** Sends what is due for one case; calls for the same case queue behind each other. */
  function dispatch(caseId: string): Promise<void> {
    return chains
      .run(caseId, () => run(caseId))
      .catch((error: unknown) => {
        log.error('escalation.dispatch-failed', { caseId, code: codeOf(error) });
      });
  }

  async function dispatchAll(ids: string[]): Promise<void> {
    await Promise.all(ids.map((id) => dispatch(id)));
  }

  /** Resolves once nothing is being sent (tests and graceful shutdown). */
  async function idle(): Promise<void> {
    await chains.idle();
  }

  return { dispatch, dispatchAll, idle };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
