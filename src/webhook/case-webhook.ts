import { createHmac, timingSafeEqual } from 'node:crypto';
import { DeliveryError } from '../core/escalation/errors.ts';
import type { CaseWebhook, CaseWebhookPayload } from '../core/escalation/notifier.ts';

export const signatureHeader = 'X-Signature-256';
export const timestampHeader = 'X-Signature-Timestamp';
export const idempotencyHeader = 'Idempotency-Key';

/**
 * `sha256=<hex>` of HMAC-SHA256 over `<timestamp>.<body>` with the shared secret. Signing the
 * timestamp with the body lets the receiver refuse replays of an old delivery.
 */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): checks the signature and that the timestamp is recent. */
export function verifyWebhook(
  secret: string,
  headers: { signature?: string | null; timestamp?: string | null },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export type WebhookOptions = {
  url: string;
  secret: string;
  now?: () => Date;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

/**
 * Posts each case as JSON to a ticket system (ESCALATION_WEBHOOK_URL). 5xx, 429 and network
 * failures are retried by the outbox; the Idempotency-Key (case id + notification) lets the receiver
 * drop a delivery it already has.
 */
export function createCaseWebhook(options: WebhookOptions): CaseWebhook {
  const now = options.now ?? (() => new Date());
  const doFetch = options.fetch ?? fetch;
  return {
    async send(payload: CaseWebhookPayload, idempotencyKey: string) {
      const body = JSON.stringify(payload);
      const timestamp = String(Math.floor(now().getTime() / 1000));
      let res: Response;
      try {
        res = await doFetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            [signatureHeader]: signWebhook(options.secret, timestamp, body),
            [timestampHeader]: timestamp,
            [idempotencyHeader]: idempotencyKey,
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (error) {
        throw new DeliveryError('network', { cause: error });
      }
      await res.body?.cancel().catch(() => undefined);
      if (res.ok) return;
      const retryAfter = Number(res.headers.get('retry-after'));
      const retryAfterMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : undefined;
      if (res.status === 429) {
        throw new DeliveryError('rate-limited', retryAfterMs !== undefined ? { retryAfterMs } : {});
      }
      if (res.status >= 500 || res.status === 408) throw new DeliveryError('unavailable');
      if (res.status === 401 || res.status === 403) {
        throw new DeliveryError('unauthorized', {
          adminHint:
            'The webhook receiver refused the signature: check ESCALATION_WEBHOOK_SECRET on both sides.',
        });
      }
      if (res.status === 404 || res.status === 410) {
        throw new DeliveryError('not-found', {
          adminHint: 'ESCALATION_WEBHOOK_URL answers 404: check the URL.',
        });
      }
      throw new DeliveryError('invalid');
    },
  };
}
