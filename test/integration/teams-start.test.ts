import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
type Line = { msg?: string; port?: number; [k: string]: unknown };

/** `npm start` as a child process with a clean environment (no .env is read: it runs node directly). */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, [entry], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Line[] = [];
  let stderr = '';
  let buffer = '';
  child.stdout?.on('data', (d: Buffer) => {
    buffer += d.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const p of parts) if (p.trim()) lines.push(JSON.parse(p) as Line);
  });
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, lines, exited, stderr: () => stderr };
}

async function waitFor(lines: Line[], msg: string, child: ChildProcess, ms = 15_000): Promise<Line> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const found = lines.find((l) => l.msg === msg);
    if (found) return found;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no "${msg}" log line`);
}

describe('npm start', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ieb-start-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('serves /healthz, warns about local mode, and stops cleanly on SIGTERM', async () => {
    const run = start({ PORT: '0', STORAGE_PATH: join(dir, 'state', 'bot.sqlite'), NODE_ENV: 'development' });
    try {
      const listening = await waitFor(run.lines, 'listening', run.child);
      expect(run.lines.find((l) => l.msg === 'teams-local-mode')?.level).toBe('warn');
      expect(run.lines.find((l) => l.msg === 'config')).toMatchObject({
        teams: 'local mode (no authentication)',
      });
      const res = await fetch(`http://127.0.0.1:${listening.port}/healthz`);
      expect(res.status).toBe(200);
    } finally {
      run.child.kill('SIGTERM');
    }
    expect(await run.exited).toBe(0);
    expect(run.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutdown', 'stopped']));
  });

  test('on SIGTERM a turn in flight is finished and its reply delivered before the process exits', async () => {
    const delivered: string[] = [];
    // A slow Bot Connector: the reply takes a second to be accepted.
    const connector = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => {
        body += d.toString('utf8');
      });
      req.on('end', () =>
        setTimeout(() => {
          delivered.push(body);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"id":"reply-1"}');
        }, 1000),
      );
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    const run = start({ PORT: '0', STORAGE_PATH: join(dir, 'bot.sqlite') });
    try {
      const { port } = await waitFor(run.lines, 'listening', run.child);
      const activity = {
        type: 'message',
        id: 'm-1',
        text: '0x80CF0437',
        channelId: 'msteams',
        serviceUrl: `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`,
        locale: 'en-US',
        from: { id: '29:u' },
        recipient: { id: '28:bot' },
        conversation: { id: 'a:drain', conversationType: 'personal' },
      };
      const answered = fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      await new Promise((r) => setTimeout(r, 300));
      run.child.kill('SIGTERM');
      expect((await answered).status).toBe(200);
      expect(await run.exited).toBe(0);
      expect(delivered.join('')).toContain('0x80CF0437');
    } finally {
      connector.close();
    }
  });

  test('in production without MicrosoftAppId it refuses to start and names the variable', async () => {
    const run = start({ NODE_ENV: 'production', STORAGE_PATH: join(dir, 'bot.sqlite') });
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/MicrosoftAppId: is required in production/);
    expect(run.stderr()).not.toMatch(/at \w+ \(/);
  });
});
