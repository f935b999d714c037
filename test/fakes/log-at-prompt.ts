/**
 * For the pseudo-terminal test of the terminal chat's log lines: the chat's prompt and logger, and a
 * warning that arrives while the user is typing (a moment after the first key). Enter ends it, printing
 * what was typed.
 */
import { createInterface } from 'node:readline';
import { createChatLogger } from '../../src/chat/prompt-log.ts';

const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
lines.setPrompt('> ');
let prompting = true;
const logger = createChatLogger(lines, () => prompting);
process.stdin.once('data', () => setTimeout(() => logger.warn('storage.slow', { ms: 1200 }), 200));
lines.once('line', (line) => {
  prompting = false;
  process.stdout.write(`typed: ${line}\n`);
  lines.close();
});
lines.prompt();
