// Loopback stand-ins for what the bot calls during a load run: the Bot Connector (Teams replies), the
// Slack Web API (users.info, chat.postMessage) and Slack's response_url. They answer at once and count
// what reached them, so a run can tell which turns got their reply. Dev-only: used by scripts/load.ts.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeServices = {
  base: string;
  /** Replies seen, by Teams conversation id, Slack channel (a DM is the user id) or response_url path. */
  replies: Map<string, number>;
  /** Resolves true when a reply for `key` arrives (or has), false after `ms`. */
  waitForReply(key: string, ms: number): Promise<boolean>;
  close(): Promise<void>;
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `port` 0 (the default) picks a free one. */
export async function startFakeServices(port = 0): Promise<FakeServices> {
  const replies = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const seen = (key: string) => {
    replies.set(key, (replies.get(key) ?? 0) + 1);
    waiters.get(key)?.();
  };
  let ts = 0;
  const server: Server = createServer(async (req, res) => {
    const url = req.url ?? '';
    const body = await readBody(req);
    res.setHeader('content-type', 'application/json');
    // Bot Connector: POST /v3/conversations/{id}/activities[/{replyTo}]
    const teams = /^\/v3\/conversations\/([^/]+)\/activities/.exec(url);
    if (teams) {
      seen(decodeURIComponent(teams[1] ?? ''));
      res.end(JSON.stringify({ id: `reply-${++ts}` }));
      return;
    }
    if (url.startsWith('/api/users.info')) {
      res.end(
        JSON.stringify({
          ok: true,
          user: { id: 'U', name: 'load', real_name: 'Load Test', locale: 'en-US', profile: {} },
        }),
      );
      return;
    }
    if (url.startsWith('/api/chat.postMessage')) {
      // The Web API client sends a form; the channel of an answer to a slash command is the user's DM.
      const target = new URLSearchParams(body).get('channel') ?? tryJson(body)?.channel;
      if (typeof target === 'string') seen(target);
    }
    if (url.startsWith('/api/')) {
      res.end(
        JSON.stringify({ ok: true, channel: 'D0LOAD', ts: `1700000000.${String(++ts).padStart(6, '0')}` }),
      );
      return;
    }
    // Slack response_url: /respond/{key} (the bot accepts Slack's own hosts only and falls back to a DM)
    const respond = /^\/respond\/(.+)$/.exec(url);
    if (respond) {
      seen(respond[1] ?? '');
      res.end('ok');
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    replies,
    waitForReply: (key, ms) =>
      replies.has(key)
        ? Promise.resolve(true)
        : new Promise<boolean>((resolve) => {
            const timer = setTimeout(() => {
              waiters.delete(key);
              resolve(false);
            }, ms);
            waiters.set(key, () => {
              clearTimeout(timer);
              waiters.delete(key);
              resolve(true);
            });
          }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tryJson(text: string): { channel?: unknown } | undefined {
  try {
    return JSON.parse(text) as { channel?: unknown };
  } catch {
    return undefined;
  }
}
