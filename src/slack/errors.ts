/** Failures the Slack adapter tells the user about, each with its own localized message. */
export type SlackErrorCode = 'storage-unavailable' | 'stale-button' | 'form-expired' | 'internal';

export class SlackAdapterError extends Error {
  readonly code: SlackErrorCode;
  constructor(code: SlackErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'SlackAdapterError';
  }
}

/** The localized message key for an error code (locales/<lng>/slack.json). */
export function errorMessageKey(code: SlackErrorCode): string {
  switch (code) {
    case 'storage-unavailable':
      return 'slack:errors.storage';
    case 'stale-button':
      return 'slack:errors.staleButton';
    case 'form-expired':
      return 'slack:errors.formExpired';
    case 'internal':
      return 'slack:errors.generic';
  }
}

export function codeOf(err: unknown): SlackErrorCode {
  return err instanceof SlackAdapterError ? err.code : 'internal';
}
