import { AppError, codeOf } from '../core/errors.ts';
/** Failures the Slack adapter tells the user about, each with its own localized message. */
export type SlackErrorCode = 'storage-unavailable' | 'stale-button' | 'form-expired' | 'internal';

export class SlackAdapterError extends AppError<SlackErrorCode> {}

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

const userFacing = new Set<string>(['storage-unavailable', 'stale-button', 'form-expired']);

/** The user-facing code of a failed turn: storage trouble and stale buttons as such, anything else internal. */
export function slackCodeOf(err: unknown): SlackErrorCode {
  const code = codeOf(err);
  return userFacing.has(code) ? (code as SlackErrorCode) : 'internal';
}
