import { AppError } from '../errors.ts';
/**
 * Why a notification could not be delivered, as the notifiers translate their platform's errors.
 * `retryable` failures stay in the outbox and are tried again with backoff; the others are recorded
 * as failed with `adminHint`, the fix an administrator has to make.
 */
export type DeliveryErrorCode =
  | 'rate-limited'
  | 'unavailable'
  | 'network'
  | 'forbidden'
  | 'not-found'
  | 'unauthorized'
  | 'invalid'
  | 'unknown';

export class DeliveryError extends AppError<DeliveryErrorCode> {
  readonly retryable: boolean;
  /** Delay the service asked for (Retry-After), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  readonly adminHint: string | undefined;
  constructor(
    code: DeliveryErrorCode,
    options: { retryable?: boolean; retryAfterMs?: number; adminHint?: string; cause?: unknown } = {},
  ) {
    super(code, `Delivery failed: ${code}`, { cause: options.cause });
    this.retryable =
      options.retryable ?? (code === 'rate-limited' || code === 'unavailable' || code === 'network');
    this.retryAfterMs = options.retryAfterMs;
    this.adminHint = options.adminHint;
  }
}

/** Anything thrown by a notifier, seen as a DeliveryError (unknown errors are retried). */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  return new DeliveryError('unknown', { retryable: true, cause: error });
}
