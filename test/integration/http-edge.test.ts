import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nock from 'nock';
import restify from 'restify';
import { createConnectionCue, defaultHttpLimits } from '../../src/http-limits.ts';
import type { ServerDeps } from '../../src/server.ts';
import { listenOnLoopback, loopbackOnly, serviceUrl, startTeamsServer } from '../fakes/teams-server.ts';

/** The HTTP edge under attack, through the real server on port 0 on loopback. */
const appId = '11111111-2222-3333-4444-555555555555';
const activity = {
  type: 'message',
  id: '1',
  channelId: 'msteams',
  serviceUrl,
  from: { id: '29:mallory' },
  recipient: { id: '28:bot' },
  conversation: { id: 'a:chat' },
  text: 'hello',
};

/** The server with authentication on and a bot that only counts the turns that reach it. */
async function listen(deps: Partial<ServerDeps> = {}) {
  let turns = 0;
  const edge = await startTeamsServer({
    env: { MicrosoftAppId: appId, MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: 'tenant-1' },
    bot: {
      run: async () => {
        turns++;
      },
    },
    server: { health: { check: async () => {} }, ...deps },
  });
  return { ...edge, turns: () => turns };
}

/** A token that looks like the Bot Framework's, signed with a key that is not theirs. */
function forgedToken(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const head = b64({ alg: 'RS256', kid: 'forged-key', typ: 'JWT' });
  const now = Math.floor(Date.now() / 1000);
  const body = b64({
    iss: 'https://api.botframework.com',
    aud: appId,
    serviceurl: activity.serviceUrl,
    nbf: now - 60,
    exp: now + 3600,
  });
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), privateKey).toString('base64url');
  return `${head}.${body}.${signature}`;
}

/** The Bot Framework's OpenID metadata and keys, served by nock: none of them signed the forged token. */
function botFrameworkKeys() {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  nock('https://login.botframework.com')
    .persist()
    .get('/v1/.well-known/openidconfiguration')
    .reply(200, {
      issuer: 'https://api.botframework.com',
      jwks_uri: 'https://login.botframework.com/v1/.well-known/keys',
    })
    .get('/v1/.well-known/keys')
    .reply(200, { keys: [{ ...jwk, kid: 'real-key', use: 'sig', endorsements: ['msteams'] }] });
}

loopbackOnly();

describe('POST /api/messages', () => {
  test('{} and an activity without a type are a 400, logged as a warning, never a 500', async () => {
    const edge = await listen();
    try {
      for (const body of [{}, { text: 'hi' }, { type: '' }, [activity]]) {
        const res = await fetch(`${edge.base}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(400);
      }
      expect(edge.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
      expect(edge.turns()).toBe(0);
    } finally {
      await edge.close();
    }
  });

  test('an activity without its sender, conversation or service URL, or with text that is not text, is a 400 before any turn', async () => {
    const edge = await listen();
    try {
      const { from: _from, conversation: _conversation, serviceUrl: _serviceUrl, ...rest } = activity;
      for (const body of [
        { ...activity, text: { $gt: '' } },
        { ...activity, text: 12345 },
        { ...rest, conversation: activity.conversation, serviceUrl },
        { ...rest, from: activity.from, serviceUrl },
        { ...rest, from: activity.from, conversation: activity.conversation },
        { ...activity, from: { id: '' } },
      ]) {
        const res = await edge.post(body);
        expect(res.status).toBe(400);
      }
      expect(edge.turns()).toBe(0);
      const refused = edge.logger.lines.filter((l) => l.msg === 'bot-request-invalid');
      expect(refused).toHaveLength(6);
      expect(refused.map((l) => l.level)).toEqual(Array(6).fill('warn'));
      expect(edge.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await edge.close();
    }
  });

  test('a forged or missing token is a 401 that carries no library text, and no turn runs', async () => {
    botFrameworkKeys();
    const edge = await listen();
    try {
      for (const authorization of [`Bearer ${forgedToken()}`, 'Bearer not-a-jwt', undefined]) {
        const res = await fetch(`${edge.base}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify(activity),
        });
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({ error: 'unauthorized' });
      }
      expect(edge.turns()).toBe(0);
      expect(edge.logger.lines.filter((l) => l.msg === 'bot-request-unauthorized')).toHaveLength(3);
    } finally {
      await edge.close();
    }
  });
});

describe('POST /api/messages without an app id (local mode, nothing signed)', () => {
  test('a service URL off this machine and off the Bot Framework is refused: nothing is sent or fetched there', async () => {
    const hit: string[] = [];
    for (const host of ['http://169.254.169.254', 'https://evil.example', 'http://10.0.0.5:8080'])
      nock(host)
        .persist()
        .post(/.*/)
        .reply((uri) => {
          hit.push(`${host}${uri}`);
          return [200, { id: 'x' }];
        })
        .get(/.*/)
        .reply((uri) => {
          hit.push(`${host}${uri}`);
          return [200, 'x'];
        });
    let turns = 0;
    const edge = await startTeamsServer({
      bot: {
        run: async (context) => {
          turns++;
          await context.sendActivity('hello');
        },
      },
      server: { health: { check: async () => {} } },
    });
    try {
      for (const elsewhere of [
        'http://169.254.169.254/latest/',
        'https://evil.example/',
        'http://10.0.0.5:8080/',
        'file:///etc/passwd',
      ]) {
        const res = await edge.post({
          ...activity,
          serviceUrl: elsewhere,
          attachments: [{ contentType: 'image/png', contentUrl: `${elsewhere}a.png` }],
        });
        expect(res.status).toBe(401);
      }
      expect(turns).toBe(0);
      expect(hit).toEqual([]);
      expect(edge.logger.lines.filter((l) => l.msg === 'teams.service-url-refused')).toHaveLength(4);

      // The Agents Playground and the Emulator listen on this machine: they are answered as before.
      const replies: unknown[] = [];
      const playground = restify.createServer();
      playground.use(restify.plugins.bodyParser());
      playground.post('/*', async (req: restify.Request, res: restify.Response) => {
        replies.push(req.body);
        res.send(200, { id: 'r1' });
      });
      const local = await listenOnLoopback(playground);
      try {
        const res = await edge.post({ ...activity, serviceUrl: `${local.base}/` });
        expect(res.status).toBeLessThan(300);
        expect(turns).toBe(1);
        expect(replies).toHaveLength(1);
      } finally {
        await local.close();
      }
    } finally {
      await edge.close();
    }
  });
});

describe('HEAD /api/messages', () => {
  test('is answered quietly: a 2xx, no body, nothing in the log', async () => {
    const edge = await listen();
    try {
      const res = await fetch(`${edge.base}/api/messages`, { method: 'HEAD' });
      expect(res.status).toBeGreaterThanOrEqual(200);
      expect(res.status).toBeLessThan(300);
      expect(edge.logger.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
    } finally {
      await edge.close();
    }
  });
});

/** Opens a connection that sends `head` and then one byte every `everyMs`; resolves when the server closes it. */
function slowClient(port: number, head: string, everyMs: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  const opened = Date.now();
  socket.on('error', () => {});
  // Read whatever the server answers, so its closing the connection is seen.
  socket.resume();
  socket.on('connect', () => socket.write(head));
  const drip = setInterval(() => {
    if (!socket.destroyed) socket.write('x');
  }, everyMs);
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => {
      clearInterval(drip);
      resolve(Date.now() - opened);
    }),
  );
  return { socket, closed };
}

describe('slow clients', () => {
  test('the defaults close a client that is too slow within 15 s and cap connections', () => {
    expect(defaultHttpLimits.requestMs).toBeLessThanOrEqual(15_000);
    expect(defaultHttpLimits.keepAliveMs).toBeLessThanOrEqual(15_000);
    expect(defaultHttpLimits.maxConnections).toBeGreaterThanOrEqual(200);
    expect(defaultHttpLimits.maxConnections).toBeLessThanOrEqual(10_000);
  });

  test('headers or a body sent one byte at a time are cut off at the request deadline', async () => {
    const edge = await listen({ limits: { requestMs: 800, keepAliveMs: 400 } });
    try {
      const clients = [
        ...Array.from({ length: 10 }, () =>
          slowClient(edge.port, 'POST /api/messages HTTP/1.1\r\nHost: x\r\nX-Slow: ', 150),
        ),
        ...Array.from({ length: 10 }, () =>
          slowClient(
            edge.port,
            'POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"type":"',
            150,
          ),
        ),
      ];
      const lifetimes = await Promise.all(clients.map((c) => c.closed));
      for (const ms of lifetimes) expect(ms).toBeLessThan(3_000);
      // The server still serves everyone else.
      expect((await fetch(`${edge.base}/healthz`)).status).toBe(200);
    } finally {
      await edge.close();
    }
  });

  test('an idle kept-alive connection is closed, and connections beyond the cap are refused', async () => {
    const edge = await listen({ limits: { requestMs: 800, keepAliveMs: 400, maxConnections: 5 } });
    try {
      const idle = slowClient(edge.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', 60_000);
      expect(await idle.closed).toBeLessThan(3_000);
      const held = Array.from({ length: 5 }, () =>
        slowClient(edge.port, 'GET /healthz HTTP/1.1\r\n', 60_000),
      );
      await new Promise((r) => setTimeout(r, 200));
      const extra = slowClient(edge.port, '', 60_000);
      expect(await extra.closed).toBeLessThan(500);
      for (const h of held) h.socket.destroy();
    } finally {
      await edge.close();
    }
  });
});

describe('a burst of new connections', () => {
  test('each accepted connection is told to the cue the turn work gives way to, once', async () => {
    const connections = createConnectionCue();
    const edge = await listen({ connections });
    try {
      connections.acceptedSinceAsked();
      const socket = connect(edge.port, '127.0.0.1');
      const deadline = Date.now() + 2_000;
      let told = false;
      while (!told && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 10));
        told = connections.acceptedSinceAsked();
      }
      expect(told).toBe(true);
      // Asked again with no new connection: nothing to give way to.
      expect(connections.acceptedSinceAsked()).toBe(false);
      socket.destroy();
    } finally {
      await edge.close();
    }
  });
});

describe('the log of the running bot', () => {
  test('every line on stdout is one JSON object, also when the SDK refuses a request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ieb-edge-'));
    const child = spawn(process.execPath, [fileURLToPath(new URL('../../src/index.ts', import.meta.url))], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        NODE_ENV: 'test',
        STORAGE_PATH: join(dir, 'bot.sqlite'),
        MicrosoftAppId: appId,
        MicrosoftAppPassword: 'secret',
        MicrosoftAppTenantId: 'tenant-1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    try {
      const until = Date.now() + 50_000;
      let port: number | undefined;
      while (!port && Date.now() < until) {
        port = /"msg":"listening"[^\n]*"port":(\d+)/.exec(stdout)?.[1] as unknown as number | undefined;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(port).toBeDefined();
      // An unsigned token is refused before the SDK would fetch any key: nothing leaves loopback.
      for (const authorization of ['Bearer not-a-jwt', '']) {
        const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: JSON.stringify(activity),
        });
        expect(res.status).toBe(401);
      }
      await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'HEAD' });
      await new Promise((r) => setTimeout(r, 200));
      const lines = stdout.split('\n').filter((l) => l.trim());
      for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(stdout).not.toMatch(/\\n\s+at /);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('close', r));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
