/**
 * Structured logger port. Adapters and the core log ids and codes, never message text or names:
 * personal data stays in stored cases.
 */
export type LogFields = Record<string, string | number | boolean | undefined>;
export type Logger = {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
};

/** A logger that drops everything: the default for tests and for library callers. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
