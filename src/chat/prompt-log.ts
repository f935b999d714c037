import readline, { type Interface } from 'node:readline';
import type { Logger } from '../core/ports/logger.ts';
import { createJsonLogger } from '../logger.ts';

/**
 * The terminal chat's logger: warnings and up, as JSON lines on stderr (`2>` still separates them).
 * At a terminal a line that arrives while the prompt is shown (the user may be typing) must not land on
 * the prompt line: the line is cleared, the log line written, and the prompt drawn again with what was
 * typed so far. Otherwise lines are written as they come.
 */
export function createChatLogger(
  lines: Interface,
  /** True while the prompt is shown at a terminal and waits for the user. */
  prompting: () => boolean,
): Logger {
  return createJsonLogger({
    level: 'warn',
    write: (line) => {
      if (!prompting()) return void process.stderr.write(line);
      readline.clearLine(process.stdout, 0);
      readline.cursorTo(process.stdout, 0);
      process.stderr.write(line);
      lines.prompt(true);
    },
  });
}
