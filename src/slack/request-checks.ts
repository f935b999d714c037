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
  /** Slack's unsigned connectivity probe (`ssl_check=1`): a plain 200, nothing else read from it. */
  | { ok: false; status: 200; reason: 'ssl-check' }
  | {
      ok: false;
      status: 401 | 413;
      reason: 'unsigned' | 'signature' | 'stale' | 'future' | 'replay' | 'body-too-large';
    };

const form = 'application/x-www-form-urlencoded';

/** Slack checks the TLS of a command URL with an unsigned form post `ssl_check=1`; it carries nothing to act on. */
function isSslCheck(req: IncomingMessage, body: string): boolean {
  return (
    !!req.headers['content-type']?.startsWith(form) && new URLSearchParams(body).get('ssl_check') === '1'
  );
}

/**
 * The one check of a request to the events URL, before Bolt reads it (Bolt's own check is off: it
 * compared with tsscmp, which draws a random key and computes two more HMACs each call, all before the
 * ack). Refused with 401: no or a wrong signature, a timestamp more than five minutes away either way
 * (Bolt refused only the past: a stamp from the future would keep a captured request valid), and a
 * signed request seen before (also with X-Slack-Retry-Num, which marks genuine retries but is not signed
 * and so proves nothing). Only a correctly signed request is remembered, so unsigned junk never reaches
 * the store. Anything not posted is the OAuth install pages, which carry no signature. The buffered
 * body is left on the request for Bolt.
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
    // Every POST is checked, whatever its target says: the router and Bolt each normalise the path
    // (an absolute-form target, dot segments, a backslash all reach the events URL), so a comparison
    // of the raw target here would let an unsigned request past a check Bolt no longer makes.
    if (req.method !== 'POST') return { ok: true };
    const signature = req.headers['x-slack-signature'];
    const stampHeader = req.headers['x-slack-request-timestamp'];
    const stamp = Number(stampHeader);
    const signed = typeof signature === 'string' && typeof stampHeader === 'string' && Number.isFinite(stamp);
    const nowMs = deps.clock.now().getTime();
    if (signed && stamp * 1000 - nowMs > maxClockSkewMs) return { ok: false, status: 401, reason: 'future' };
    let body: string;
    try {
      const limit = deps.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit;
      body = (await HTTPModuleFunctions.bufferIncomingMessage(req, limit)).rawBody.toString();
    } catch {
      // The stream is spent: Bolt could not read it again, so answer here.
      return { ok: false, status: 413, reason: 'body-too-large' };
    }
    if (isSslCheck(req, body)) return { ok: false, status: 200, reason: 'ssl-check' };
    if (!signed) return { ok: false, status: 401, reason: 'unsigned' };
    if (nowMs - stamp * 1000 > maxClockSkewMs) return { ok: false, status: 401, reason: 'stale' };
    if (!signedBy(deps.signingSecret, stamp, body, signature))
      return { ok: false, status: 401, reason: 'signature' };
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
