import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/chat.ts', import.meta.url));

/** Runs `npm run chat` with piped input, as a README transcript is made. */
function chat(args: string[], input: string): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ out, err, code }));
    child.stdin.end(input);
  });
}

describe('npm run chat', () => {
  test('greets, answers a pasted error with the card as text, and a typed number presses its button', async () => {
    const { out, code } = await chat(['--locale', 'sv'], '0x80CF0437\n1\n');
    expect(code).toBe(0);
    const [greeting = '', card = '', afterPress = ''] = out.split(/\n> .*\n/);
    expect(greeting).toMatch(/Hej/);
    expect(card).toMatch(/0x80CF0437/);
    expect(card).toMatch(/1\) .+ {3}2\) .+ {3}3\) /);
    expect(afterPress.trim().length).toBeGreaterThan(0);
    expect(afterPress).toMatch(/löste sig/);
  });

  test('an unknown --locale is refused with the choices named', async () => {
    const { err, code } = await chat(['--locale', 'de'], '');
    expect(code).toBe(2);
    expect(err).toMatch(/en, sv, fr or zh-CN/);
  });
});
