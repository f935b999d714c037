import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../fakes/free-port.ts';

const script = fileURLToPath(new URL('../../scripts/playground.ts', import.meta.url));

/**
 * `npm run playground` as a child, on a box without a desktop (no DISPLAY): resolves with the
 * Playground's address once it prints it.
 */
async function startPlayground(): Promise<{
  child: ChildProcess;
  url: string;
  botPort: number;
  output: () => string;
}> {
  const botPort = await freePort();
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, STORAGE_PATH: ':memory:' };
  const child = spawn(
    process.execPath,
    [script, '--port', String(botPort), '--playground-port', String(await freePort())],
    {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no Playground address within 60 s:\n${output}`)),
      60_000,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const found = /Agents Playground: (http:\/\/localhost:\d+)/.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => reject(new Error(`playground exited with ${code}:\n${output}`)));
  });
  return { child, url, botPort, output: () => output };
}

async function stopPlayground(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return false;
  } catch {
    return true;
  }
}

describe('npm run playground', () => {
  test('without a desktop, serves the Playground against the bot in local mode, and Ctrl+C stops both', async () => {
    const run = await startPlayground();
    try {
      const page = await fetch(run.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect((await fetch(`http://127.0.0.1:${run.botPort}/healthz`)).status).toBe(200);
      expect(run.output()).toContain('"teams":"local mode (no authentication)"');
    } finally {
      expect(await stopPlayground(run.child)).toBe(0);
    }
    expect(await refused(run.url)).toBe(true);
    expect(await refused(`http://127.0.0.1:${run.botPort}/healthz`)).toBe(true);
  }, 90_000);
});
