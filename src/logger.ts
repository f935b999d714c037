import { format } from 'node:util';
import type { LogFields, Logger } from './core/ports/logger.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type JsonLoggerOptions = {
  level?: LogLevel;
  /** Where lines go; stdout by default so container platforms collect them. */
  write?: (line: string) => void;
  now?: () => Date;
  /** Fields added to every line (service name, instance). */
  base?: LogFields;
  /** Fields of the moment each line is written: the trace and span ids of the work running. */
  context?: (() => LogFields | undefined) | undefined;
};

/**
 * What JSON leaves raw but a log viewer or shipper may take for the end of a line (NEL, the Unicode
 * line and paragraph separators): escaped too, so a value a client sent (an app id claim, a library's
 * message quoting it) cannot start a forged line. JSON itself escapes CR, LF and ESC.
 */
const lineBreakers = /[\u0085\u2028\u2029]/g;

/**
 * One JSON object per line: `{"time","level","msg",...fields}`. Fields never hold message text or
 * user names (see the Logger port); undefined fields are dropped.
 */
export function createJsonLogger(options: JsonLoggerOptions = {}): Logger {
  const min = rank[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const now = options.now ?? (() => new Date());
  const emit = (level: LogLevel, msg: string, fields?: LogFields) => {
    if (rank[level] < min) return;
    const record: Record<string, unknown> = { time: now().toISOString(), level, msg };
    for (const [k, v] of Object.entries({ ...options.base, ...options.context?.(), ...fields })) {
      if (v !== undefined && !(k in record)) record[k] = v;
    }
    write(
      `${JSON.stringify(record).replace(lineBreakers, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`,
    );
  };
  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
}

/** A logger that adds the same fields (correlation ids) to every line. */
export function withFields(logger: Logger, fields: LogFields): Logger {
  return {
    debug: (msg, f) => logger.debug(msg, { ...fields, ...f }),
    info: (msg, f) => logger.info(msg, { ...fields, ...f }),
    warn: (msg, f) => logger.warn(msg, { ...fields, ...f }),
    error: (msg, f) => logger.error(msg, { ...fields, ...f }),
  };
}

/**
 * What libraries write to the console (the Bot Framework SDK logs a failed request's error with its
 * stack) goes into the JSON log instead: one line, the first line of the text only, so stdout holds
 * nothing but JSON objects and no stack trace.
 */
export function routeConsoleTo(logger: Logger): void {
  const detail = (args: unknown[]) => (format(...args).split('\n', 1)[0] ?? '').slice(0, 300);
  console.log = (...args: unknown[]) => logger.info('console', { detail: detail(args) });
  console.info = console.log;
  console.debug = (...args: unknown[]) => logger.debug('console', { detail: detail(args) });
  console.warn = (...args: unknown[]) => logger.warn('console', { detail: detail(args) });
  console.error = (...args: unknown[]) => logger.error('console', { detail: detail(args) });
}
