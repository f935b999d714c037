/**
 * The one base of the errors this project throws on purpose. `code` is stable and machine-readable:
 * it goes into log lines and chooses the message a user sees, so it never changes with wording.
 */
export class AppError<Code extends string = string> extends Error {
  readonly code: Code;
  constructor(code: Code, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/**
 * A short code for any thrown value, for log lines: ours carry `code`; Node and SQLite errors carry
 * one too (`ECONNRESET`, `SQLITE_BUSY`); an HTTP client error its status; anything else its name.
 */
export function codeOf(error: unknown): string {
  const e = error as { code?: unknown; statusCode?: unknown; name?: unknown } | null;
  if (typeof e?.code === 'string') return e.code;
  if (typeof e?.statusCode === 'number') return `http-${e.statusCode}`;
  return typeof e?.name === 'string' ? e.name : 'unknown';
}
