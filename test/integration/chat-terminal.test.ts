import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const chat = fileURLToPath(new URL('../../scripts/chat.ts', import.meta.url));
const logAtPrompt = fileURLToPath(new URL('../fakes/log-at-prompt.ts', import.meta.url));
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

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are what is read
const terminalToken = /\x1b\[[0-9;]*[A-Za-z]|\r|[^\x1b\r]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences are what is read
const clearToEnd = /^\x1b\[0?[JK]$/;

/**
 * The lines a terminal shows for what a program wrote: carriage returns, cursor moves to a column
 * (ESC [n G) and line clears (ESC [2K, ESC [0J, ESC [K) applied; other sequences ignored.
 */
function asShown(output: string): string[] {
  return output.split('\n').map((raw) => {
    let line: string[] = [];
    let col = 0;
    for (const token of raw.match(terminalToken) ?? []) {
      if (token === '\r') col = 0;
      else if (token.endsWith('G')) col = Math.max(0, Number(token.slice(2, -1) || '1') - 1);
      else if (token === '\x1b[2K') line = [];
      else if (clearToEnd.test(token)) line = line.slice(0, col);
      else if (!token.startsWith('\x1b')) line[col++] = token;
    }
    return Array.from(line, (c) => c ?? ' ')
      .join('')
      .trimEnd();
  });
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

  test('a log line that arrives while the user types is written above the prompt, and what was typed stays', async () => {
    // The chat's own prompt and log writer; the warning comes a moment after the first key.
    const t = terminal(`${node} ${logAtPrompt}`);
    try {
      await t.waitFor(/> /, 0);
      t.child.stdin.write('abc');
      await t.waitFor(/storage\.slow[^\n]*\n[\s\S]*> abc/, 0);
      // As a person sees it: the log line alone on its line, then the prompt with what was typed.
      const seen = asShown(t.screen());
      const at = seen.findIndex((line) => line.includes('storage.slow'));
      expect(seen[at]?.startsWith('{"time"')).toBe(true);
      expect(seen[at + 1]).toBe('> abc');
      // Enter sends what was typed before and after the line, whole.
      t.child.stdin.write('d\r');
      await t.waitFor(/typed: abcd/, 0);
      expect(await t.exited).toBe(0);
    } finally {
      t.child.kill();
    }
  }, 60_000);

  test('`npm run --silent chat | head` ends quietly when head has read enough', async () => {
    const t = terminal(`${node} ${chat} | head -n 2`);
    await t.waitFor(/Hi!/, 0);
    t.child.stdin.write('0x80CF0437\r');
    expect(await t.exited).toBe(0);
    expect(t.screen()).not.toMatch(/EPIPE|Error|at .*\.ts:\d+/);
  }, 60_000);
});
