/**
 * `npm run playground`: the bot in local mode (no credentials, no Slack, no support channel; .env is
 * not read) and Microsoft 365 Agents Playground, Microsoft's local Teams stand-in, pointed at it.
 * Open the printed address in a browser. Options: `--port <bot port>` (3978), `--playground-port <port>`
 * (56150; the Playground takes a free one when it is busy). Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForHealthy } from './wait-for-healthy.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    process.stderr.write(`${name} must be a port number\n`);
    process.exit(2);
  }
  return value;
}

/** Variables that would make the bot leave this machine or demand credentials: local mode drops them. */
const outsideWorld = /^(Microsoft|SLACK_|TEAMS_SUPPORT_|ESCALATION_WEBHOOK_|DATABASE_URL$)/;

const botPort = option('--port', 3978);
const playgroundPort = option('--playground-port', 56150);

const botEnv: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !outsideWorld.test(key)),
);
botEnv.NODE_ENV = 'development';
botEnv.PORT = String(botPort);

// The Playground opens a browser when it starts and exits when it cannot (a server or a container has
// none): a do-nothing xdg-open first on PATH keeps it running where no desktop session exists.
const noDesktop = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const shimDir = noDesktop ? mkdtempSync(join(tmpdir(), 'playground-')) : undefined;
if (shimDir) {
  writeFileSync(join(shimDir, 'xdg-open'), '#!/bin/sh\nexit 0\n');
  chmodSync(join(shimDir, 'xdg-open'), 0o755);
}

const bot = spawn(process.execPath, [join(root, 'src/index.ts')], {
  cwd: root,
  env: botEnv,
  stdio: 'inherit',
});
const children = [bot];
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  if (shimDir) rmSync(shimDir, { recursive: true, force: true });
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
bot.on('exit', (code) => stop(code ?? 1));

async function startPlayground(): Promise<void> {
  await waitForHealthy(`http://127.0.0.1:${botPort}/healthz`, 60_000, () => bot.exitCode === null);
  if (stopping) return;
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const playground = spawn(
    process.execPath,
    [
      cli,
      '--app-endpoint',
      `http://127.0.0.1:${botPort}/api/messages`,
      '--channel-id',
      'msteams',
      '--port',
      String(playgroundPort),
      // Nothing about this run leaves the machine.
      '--disable-telemetry',
    ],
    {
      cwd: root,
      env: shimDir
        ? { ...process.env, PATH: `${shimDir}${delimiter}${process.env.PATH ?? ''}` }
        : process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(playground);
  playground.on('exit', (code) => stop(code ?? 1));
  playground.stdout.setEncoding('utf8');
  playground.stdout.on('data', (chunk: string) => {
    process.stdout.write(chunk);
    const port = /Listening on (\d+)/.exec(chunk)?.[1];
    if (port)
      process.stdout.write(`\nAgents Playground: http://localhost:${port} (Ctrl+C stops it and the bot)\n`);
  });
}

startPlayground().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  stop(1);
});
