import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../core/ports/logger.ts';

const order = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

function line(parts: unknown[]): string {
  return parts
    .map((p) =>
      p instanceof Error ? `${p.name}: ${p.message}` : typeof p === 'string' ? p : JSON.stringify(p),
    )
    .join(' ')
    .slice(0, 500);
}

/**
 * Bolt and the Web API client log through our structured logger. Their debug output contains request
 * bodies (user text), so it is dropped unless the level is explicitly debug.
 */
export function toBoltLogger(logger: Logger, initial: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initial;
  let name = 'bolt';
  const enabled = (l: LogLevel) => order.indexOf(l) >= order.indexOf(level);
  return {
    debug: (...m: unknown[]) =>
      enabled(LogLevel.DEBUG) && logger.debug('slack.sdk', { source: name, detail: line(m) }),
    info: (...m: unknown[]) =>
      enabled(LogLevel.INFO) && logger.info('slack.sdk', { source: name, detail: line(m) }),
    warn: (...m: unknown[]) =>
      enabled(LogLevel.WARN) && logger.warn('slack.sdk', { source: name, detail: line(m) }),
    error: (...m: unknown[]) => logger.error('slack.sdk', { source: name, detail: line(m) }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: (n: string) => {
      name = n;
    },
  };
}
