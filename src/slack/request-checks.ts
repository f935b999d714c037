import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HTTPModuleFunctions } from '@slack/bolt';
import { codeOf } from '../core/errors.ts';
import type { Clock } from '../core/ports/clock.ts';
import type { SeenKeys } from '../core/ports/document-store.ts';
import type { Logger } from '../core/ports/logger.ts';

/** Slack signs the time of each request; anything further from ours than this, either way, is refused. */
export const maxClockSkewMs = 5 * 60_000;
/** A signature is valid while its timestamp is within the window on either side, so remember it that long. */
const signatureTtlMs = 2 * maxClockSkewMs + 60_000;
/** Slack retries an event for about an hour at most. */
export const eventTtlMs = 60 * 60_000;

export const seenKeyOf = {
  signature: (signature: string) => `slack/signature/${signature}`,
  event: (eventId: string) => `slack/event/${eventId}`,
};

/** Slack's scheme: `v0=` and the hex HMAC-SHA256 of `v0:{timestamp}:{body}`. */
function signedBy(secret: string, stamp: number, body: string, signature: string): boolean {
  if (!secret || !signature.startsWith('v0=')) return false;
  const expected = createHmac('sha256', secret).update(`v0:${stamp}:${body}`).digest();
  const given = Buffer.from(signature.slice(3), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export type RequestVerdict =
  | { ok: true }
  | { ok: false; status: 401 | 413; reason: 'future' | 'replay' | 'body-too-large' };

/**
 * What Bolt's own check leaves open: a signed request replayed (also with X-Slack-Retry-Num, which
 * marks genuine retries but is not signed and so proves nothing) and a timestamp in the future.
 * The signature is checked here before anything is remembered, so unsigned junk never reaches the
 * store; whatever fails that check goes on to Bolt, which refuses it. The buffered body is left on
 * the request for Bolt.
 */
export function createRequestChecks(deps: {
  signingSecret: string;
  seen: SeenKeys;
  clock: Clock;
  logger: Logger;
  bodyLimit?: number;
}) {
  const { logger } = deps;
  return async function check(req: IncomingMessage): Promise<RequestVerdict> {
    const signature = req.headers['x-slack-signature'];
    const stamp = Number(req.headers['x-slack-request-timestamp']);
    if (typeof signature !== 'string' || !Number.isFinite(stamp)) return { ok: true };
    const nowMs = deps.clock.now().getTime();
    // Bolt refuses what is too old; a stamp from the future would keep a captured request valid.
    if (stamp * 1000 - nowMs > maxClockSkewMs) return { ok: false, status: 401, reason: 'future' };
    let body: string;
    try {
      const limit = deps.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit;
      body = (await HTTPModuleFunctions.bufferIncomingMessage(req, limit)).rawBody.toString();
    } catch {
      // The stream is spent: Bolt could not read it again, so answer here.
      return { ok: false, status: 413, reason: 'body-too-large' };
    }
    // Bolt verifies the request again (and refuses it) after this: here only a correctly signed one
    // is worth remembering. A plain HMAC and timingSafeEqual, since Bolt's helper compares with
    // tsscmp, which draws a random key and computes two more HMACs on each call.
    const stale = nowMs - stamp * 1000 > maxClockSkewMs;
    if (stale || !signedBy(deps.signingSecret, stamp, body, signature)) return { ok: true };
    try {
      if (!(await deps.seen.firstSeen(seenKeyOf.signature(signature), signatureTtlMs)))
        return { ok: false, status: 401, reason: 'replay' };
    } catch (error) {
      // The store is down: the turn itself will fail to store and say so to the user; refusing here
      // would only leave Slack without an answer.
      logger.error('slack.replay-check-failed', { code: codeOf(error) });
    }
    return { ok: true };
  };
}
