/**
 * The container image without a container engine: the Dockerfile is read as data, its rules are
 * checked the way hadolint would, and its install and start steps run for real in a clean copy of
 * the repository (what `COPY` would take, given .dockerignore).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { waitForHealthy } from '../../scripts/wait-for-healthy.ts';
import { freePort } from '../fakes/free-port.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');

type Instruction = { keyword: string; args: string; stage: number };

/** Instructions in order, continuation lines joined, comments dropped; `stage` counts FROMs from 0. */
function parseDockerfile(text: string): Instruction[] {
  const logical = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  let stage = -1;
  return logical.map((line) => {
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') stage += 1;
    return { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' '), stage };
  });
}

const instructions = parseDockerfile(dockerfile);
const finalStage = Math.max(...instructions.map((i) => i.stage));
const all = (keyword: string, stage?: number) =>
  instructions.filter((i) => i.keyword === keyword && (stage === undefined || i.stage === stage));

/** `ENV A=1 B=2` of the final stage as pairs (values here hold no spaces). */
function finalEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { args } of all('ENV', finalStage)) {
    for (const [, key = '', value = ''] of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=(\S*)/g)) env[key] = value;
  }
  return env;
}

/** The exec form of CMD or HEALTHCHECK … CMD, as Docker would run it (no shell). */
function execForm(args: string): string[] {
  const json = args.slice(args.indexOf('['));
  return JSON.parse(json) as string[];
}

/** Whether `COPY . .` leaves the file out, by .dockerignore (patterns relative to the context root). */
function ignoredByDocker(file: string, patterns: string[]): boolean {
  const parts = file.split('/');
  return patterns.some((pattern) =>
    parts.some((_, i) => matchesGlob(parts.slice(0, i + 1).join('/'), pattern.replace(/^\/+|\/+$/g, ''))),
  );
}
const dockerignore = readFileSync(join(root, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

/** COPY . . into `dir`: what git has (tracked, or new and not ignored), less what .dockerignore keeps out. */
function copyBuildContext(dir: string): void {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((f) => f && existsSync(join(root, f)) && !ignoredByDocker(f, dockerignore));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
}

/**
 * node_modules as the build stage makes it: its RUN steps, as written, in a directory holding only
 * package.json and the lockfile (what the stage copies). That takes a minute or more, so outside CI the
 * tree is kept in the temp folder under a key of every input (package.json, lockfile, the steps, npm's
 * version) and reused while none of them changes; CI always installs afresh.
 */
function productionTree(): string {
  const steps = all('RUN', 0).map((r) => r.args);
  const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  const key = createHash('sha256')
    .update(readFileSync(join(root, 'package.json')))
    .update(readFileSync(join(root, 'package-lock.json')))
    .update(JSON.stringify([steps, npmVersion]))
    .digest('hex')
    .slice(0, 16);
  const cacheRoot = join(tmpdir(), 'ieb-image-tree');
  const kept = join(cacheRoot, key);
  if (!process.env.CI && existsSync(join(kept, 'node_modules/.package-lock.json'))) {
    return join(kept, 'node_modules');
  }
  mkdirSync(cacheRoot, { recursive: true });
  const build = mkdtempSync(join(cacheRoot, `${key}-building-`));
  cpSync(join(root, 'package.json'), join(build, 'package.json'));
  cpSync(join(root, 'package-lock.json'), join(build, 'package-lock.json'));
  for (const step of steps) {
    const result = spawnSync('sh', ['-c', step], { cwd: build, encoding: 'utf8', env: process.env });
    if (result.status !== 0) throw new Error(`RUN ${step} failed:\n${result.stderr.slice(-3000)}`);
  }
  rmSync(kept, { recursive: true, force: true });
  try {
    renameSync(build, kept);
  } catch {
    // Another run kept the same tree a moment ago: use that one.
    rmSync(build, { recursive: true, force: true });
  }
  // Trees nobody has made for a day are of no further use (others' runs may be reading newer ones).
  for (const old of readdirSync(cacheRoot)) {
    const path = join(cacheRoot, old);
    if (old !== key && Date.now() - statSync(path).mtimeMs > 86_400_000)
      rmSync(path, { recursive: true, force: true });
  }
  return join(kept, 'node_modules');
}

describe('Dockerfile rules', () => {
  test('every base image is pinned by a version tag, never latest', () => {
    const bases = all('FROM').map((i) => i.args.split(' ')[0] ?? '');
    expect(bases.length).toBeGreaterThan(0);
    for (const image of bases)
      expect(image).toMatch(/^[a-z0-9./-]+:\d+(\.\d+)+(-[a-z0-9.-]+)?(@sha256:[0-9a-f]{64})?$/);
    expect(dockerfile).not.toMatch(/:latest\b/);
  });

  test('the bot runs as a non-root user that the image creates, with a numeric id', () => {
    const users = all('USER', finalStage);
    expect(users).toHaveLength(1);
    const [uid = '', gid = ''] = (users[0]?.args ?? '').split(':');
    expect(uid).toMatch(/^\d+$/);
    expect(Number(uid)).toBeGreaterThan(0);
    expect(Number(gid || uid)).toBeGreaterThan(0);
    expect(
      all('RUN', finalStage)
        .map((r) => r.args)
        .join(' '),
    ).toMatch(new RegExp(`useradd .*--uid ${uid}\\b`));
    const order = instructions.map((i) => i.keyword);
    expect(order.lastIndexOf('USER')).toBeLessThan(order.lastIndexOf('CMD'));
  });

  test('Node itself is the command, in exec form, so SIGTERM reaches the bot, with the options of npm start', () => {
    expect(all('CMD')).toHaveLength(1);
    const cmd = execForm(all('CMD')[0]?.args ?? '');
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('src/index.ts');
    // The heap budget the load figures were measured with.
    const start = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }
    ).scripts.start;
    expect(cmd).toEqual(start.split(/\s+/));
    expect(all('ENTRYPOINT')).toHaveLength(0);
  });

  test('HEALTHCHECK asks /healthz; data sits under a declared volume', () => {
    const health = all('HEALTHCHECK', finalStage);
    expect(health).toHaveLength(1);
    expect(health[0]?.args).toContain('/healthz');
    const volumes = all('VOLUME', finalStage).flatMap((v) => JSON.parse(v.args) as string[]);
    expect(volumes.some((v) => finalEnv().STORAGE_PATH?.startsWith(`${v}/`))).toBe(true);
  });

  test('no secret is baked in: no secret-looking ENV or ARG, and .env and local state stay out of the context', () => {
    const secretName = /(PASSWORD|SECRET|TOKEN|KEY|CONNECTION_STRING|DATABASE_URL|MicrosoftApp|SLACK_)/i;
    for (const i of [...all('ENV'), ...all('ARG')]) {
      for (const [, name] of i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=/g))
        expect(name).not.toMatch(secretName);
    }
    for (const file of [
      '.env',
      '.env.production',
      'data/bot.sqlite',
      'node_modules/x/index.js',
      '.git/config',
    ]) {
      expect([file, ignoredByDocker(file, dockerignore)]).toEqual([file, true]);
    }
    expect(ignoredByDocker('src/index.ts', dockerignore)).toBe(false);
  });

  test('installs production dependencies only, from the lockfile', () => {
    const runs = all('RUN').map((r) => r.args);
    expect(runs.some((r) => /\bnpm ci\b.*--omit=dev/.test(r))).toBe(true);
    expect(runs.join(' ')).not.toMatch(/\bnpm install\b/);
  });
});

describe('compose.yaml', () => {
  type Service = {
    build?: unknown;
    image?: string;
    environment?: Record<string, string>;
    depends_on?: Record<string, { condition?: string }>;
    healthcheck?: unknown;
  };
  const compose = parseYaml(readFileSync(join(root, 'compose.yaml'), 'utf8')) as {
    services: Record<string, Service>;
  };

  test('runs the image built here against PostgreSQL once that answers, with no password written in', () => {
    const { bot, postgres } = compose.services;
    expect(bot?.build).toBe('.');
    expect(bot?.environment?.DATABASE_URL).toMatch(
      /^postgres:\/\/[^:]+:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432\//,
    );
    expect(bot?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(postgres?.image).toMatch(/^postgres:\d+\.\d+/);
    expect(postgres?.healthcheck).toBeDefined();
    expect(postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });
});

describe('the image, built and started without a container engine', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'ieb-image-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('its install step gives a production tree whose start command serves /healthz, passes its HEALTHCHECK and drains on SIGTERM', async () => {
    const app = join(work, 'app');
    const data = join(work, 'data');
    mkdirSync(app);
    mkdirSync(data);
    copyBuildContext(app);
    symlinkSync(productionTree(), join(app, 'node_modules'));
    expect(existsSync(join(app, 'node_modules/restify'))).toBe(true);
    expect(existsSync(join(app, 'node_modules/jest'))).toBe(false);

    // The final stage's environment with /app and the /data volume mapped here, plus what `docker run -e` adds.
    const port = await freePort();
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(finalEnv())) {
      env[key] = value
        .replace(/\$PATH|\$\{PATH\}/, process.env.PATH ?? '')
        .replaceAll('/app', app)
        .replace(/^\/data(?=\/)/, data);
    }
    Object.assign(env, {
      PORT: String(port),
      MicrosoftAppId: '8f0e5f5e-3c4b-4a2e-9d7a-1b2c3d4e5f60',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9',
    });
    expect(env.NODE_ENV).toBe('production');

    // `node` on the image's PATH is the release package.json pins, not whatever the host has.
    const pinned = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    ).dependencies.node;
    expect(execFileSync('node', ['--version'], { env, encoding: 'utf8' }).trim()).toBe(`v${pinned}`);

    const [command = '', ...args] = execForm(all('CMD')[0]?.args ?? '');
    const bot = spawn(command, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    bot.stdout.on('data', (d: Buffer) => {
      log += d.toString('utf8');
    });
    bot.stderr.on('data', (d: Buffer) => {
      log += d.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => bot.on('exit', (code) => resolve(code)));
    const healthcheck = () => {
      const [hc = '', ...hcArgs] = execForm(all('HEALTHCHECK', finalStage)[0]?.args ?? '');
      return spawnSync(hc, hcArgs, { cwd: app, env, timeout: 10_000 }).status;
    };
    try {
      await waitForHealthy(`http://127.0.0.1:${port}/healthz`, 30_000, () => bot.exitCode === null).catch(
        (e) => {
          throw new Error(`${(e as Error).message}\n${log}`);
        },
      );
      expect(healthcheck()).toBe(0);
      expect(log).toContain('"env":"production"');
      expect(existsSync(join(data, 'bot.sqlite'))).toBe(true);
    } finally {
      bot.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(log).toContain('"msg":"stopped"');
    expect(healthcheck()).not.toBe(0);
  }, 240_000);
});
