import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const chat = fileURLToPath(new URL('../../scripts/chat.ts', import.meta.url));
const node = process.execPath;

/**
 * `npm run chat` in a real terminal: util-linux `script` gives it a pseudo-terminal, as a person's
 * shell would, and relays what is typed. Each step waits for the prompt before typing, like a person.
 */
function terminal(command: string) {
  const child = spawn('script', ['-qfec', command, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, TERM: 'xterm', COLUMNS: '120', LINES: '40' },
  });
  let screen = '';
  let waiters: (() => void)[] = [];
  const onData = (d: Buffer) => {
    screen += d.toString('utf8');
    for (const w of waiters) w();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  // Typing after the program ended (it may end first, as with `| head`) is no error of the program's.
  child.stdin.on('error', () => {});
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  /** Resolves once `pattern` shows up after `from` (a position on the screen). */
  const waitFor = (pattern: RegExp, from: number, ms = 20_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${screen.slice(from)}`)), ms);
      const check = () => {
        if (pattern.test(screen.slice(from))) {
          clearTimeout(timer);
          waiters = waiters.filter((w) => w !== check);
          resolve();
        }
      };
      waiters.push(check);
      check();
    });
  return {
    child,
    exited,
    screen: () => screen,
    waitFor,
    /** Types text (\r is Enter) and waits for the next prompt. */
    async type(text: string) {
      const from = screen.length;
      child.stdin.write(text);
      // readline draws the prompt after clearing the line (ESC [0J).
      await waitFor(/\[0J> |\n> /, from);
      return screen.slice(from);
    },
  };
}

describe('npm run chat in a terminal', () => {
  test('echoes, takes a pasted log as one message, gives the case id on hand-off, and /quit returns to the shell', async () => {
    const t = terminal(`${node} ${chat}`);
    await t.waitFor(/> /, 0);
    const typed = await t.type('0x80CF0437\r');
    // What was typed is echoed on the prompt line.
    expect(typed).toContain('0x80CF0437');
    // Three lines pasted at once: one message, matched on its error line, answered once.
    const pasted = await t.type('Starting enrollment\rMDM enrollment failed: 0x80CF0437\rEnrollment ended\r');
    expect(pasted.match(/Matched error code 0x80CF0437/g)).toHaveLength(1);
    expect(pasted).not.toMatch(/couldn't match/i);
    // No support channel here: the hand-off is saved as a case whose id is given.
    const handedOff = await t.type('3\r');
    expect(handedOff).toMatch(/ENR-\d+/);
    expect(handedOff).not.toMatch(/while you wait/i);
    t.child.stdin.write('/quit\r');
    expect(await t.exited).toBe(0);
  }, 60_000);

  test('`npm run --silent chat | head` ends quietly when head has read enough', async () => {
    const t = terminal(`${node} ${chat} | head -n 2`);
    await t.waitFor(/Hi!/, 0);
    t.child.stdin.write('0x80CF0437\r');
    expect(await t.exited).toBe(0);
    expect(t.screen()).not.toMatch(/EPIPE|Error|at .*\.ts:\d+/);
  }, 60_000);
});
