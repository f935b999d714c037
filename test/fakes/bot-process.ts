import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export type LogLine = { level?: string; msg?: string; [field: string]: unknown };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * `src/index.ts` as its own process, as `npm start` runs it, with the given environment; its JSON log
 * lines are kept for assertions. Loopback only: every URL given to it must be local.
 */
export async function startBotProcess(env: Record<string, string>) {
  const port = await freePort();
  const lines: LogLine[] = [];
  const child: ChildProcess = spawn(process.execPath, [join(process.cwd(), 'src/index.ts')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  let partial = '';
  child.stdout?.on('data', (d: Buffer) => {
    partial += d.toString();
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    for (const p of parts) {
      try {
        lines.push(JSON.parse(p) as LogLine);
      } catch {
        lines.push({ msg: 'raw', text: p });
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 30_000;
  while (!lines.some((l) => l.msg === 'listening')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`bot process did not start: ${stderr.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    lines,
    count: (msg: string) => lines.filter((l) => l.msg === msg).length,
    kill(signal: NodeJS.Signals = 'SIGKILL') {
      child.kill(signal);
      return exited;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export type BotProcess = Awaited<ReturnType<typeof startBotProcess>>;

/** Polls until `check` holds (or fails after `ms`). */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
