import { createJsonLogger, withFields } from '../../src/logger.ts';

function capture(level?: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const logger = createJsonLogger({
    ...(level ? { level } : {}),
    write: (line) => lines.push(line),
    now: () => new Date('2026-01-02T03:04:05Z'),
  });
  return { logger, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('JSON-lines logger', () => {
  test('writes one JSON object per line with time, level, message and fields', () => {
    const { logger, lines, parsed } = capture();
    logger.info('turn-failed', { ref: 'ABC', conversationId: 'a:1', dropped: undefined });
    expect(lines[0]?.endsWith('\n')).toBe(true);
    expect(parsed()).toEqual([
      {
        time: '2026-01-02T03:04:05.000Z',
        level: 'info',
        msg: 'turn-failed',
        ref: 'ABC',
        conversationId: 'a:1',
      },
    ]);
  });

  test('drops lines below the configured level', () => {
    const { logger, parsed } = capture('warn');
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    expect(parsed().map((l) => l.msg)).toEqual(['c', 'd']);
  });

  test('a field cannot overwrite time, level or message, and text with newlines stays on one line', () => {
    const { logger, lines, parsed } = capture();
    logger.error('real', { msg: 'fake', level: 'debug', detail: 'two\nlines' });
    expect(lines).toHaveLength(1);
    expect(parsed()[0]).toMatchObject({ msg: 'real', level: 'error', detail: 'two\nlines' });
  });

  test('a value built to forge a line (CR, LF, NEL, line separators, ANSI escapes) stays inside one line', () => {
    const { logger, lines, parsed } = capture();
    const forged = 'x\r\n{"level":"info","msg":"admin-login"}\u0085\u2028\u2029\u001b[2K\u001b[1A';
    logger.warn('bot-request-unauthorized', { detail: forged });
    expect(lines).toHaveLength(1);
    for (const raw of ['\r', '\u0085', '\u2028', '\u2029', '\u001b']) expect(lines[0]).not.toContain(raw);
    expect(lines[0]?.trimEnd()).not.toContain('\n');
    expect(parsed()[0]?.detail).toBe(forged);
  });

  test('withFields adds correlation ids to every line', () => {
    const { logger, parsed } = capture();
    withFields(logger, { conversationId: 'a:1' }).warn('x', { ref: 'R' });
    expect(parsed()[0]).toMatchObject({ conversationId: 'a:1', ref: 'R' });
  });
});
