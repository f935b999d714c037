import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the fake received it, with the instance (`/<instance>/api/…`) that made it. */
export type SlackCall = { instance: string; method: string; body: Record<string, unknown>; ts: string };

/**
 * A loopback stand-in for the Slack Web API, for bot processes that cannot use nock: records every
 * call, keeps posted messages for conversations.history (so the outbox can find a card it posted),
 * and can hold the answer to a card post to catch an instance in the middle of sending.
 */
export async function startFakeSlackApi() {
  const calls: SlackCall[] = [];
  const held: { call: SlackCall; res: ServerResponse }[] = [];
  const holdWaiters: ((call: SlackCall) => void)[] = [];
  let holdCardPosts = false;
  let seq = 0;

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const match = /^\/([^/]+)\/api\/([\w.]+)/.exec(req.url ?? '');
    const instance = match?.[1] ?? '?';
    const method = match?.[2] ?? '?';
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    const call: SlackCall = { instance, method, body, ts: `${1_700_000_000 + ++seq}.000100` };
    calls.push(call);
    const answer = (value: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, ...value }));
    };
    switch (method) {
      case 'auth.test':
        return answer({ user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEAM' });
      case 'users.info': {
        const id = String(body.user ?? 'U0');
        return answer({ user: { id, name: id, real_name: `User ${id}`, locale: 'en-US', profile: {} } });
      }
      case 'chat.postMessage':
        if (holdCardPosts && body.metadata && !body.thread_ts) {
          held.push({ call, res });
          for (const w of holdWaiters.splice(0)) w(call);
          return;
        }
        return answer({ channel: body.channel, ts: call.ts });
      case 'conversations.history': {
        const messages = calls
          .filter(
            (c) => c.method === 'chat.postMessage' && c.body.channel === body.channel && !c.body.thread_ts,
          )
          .map((c) => ({ ts: c.ts, text: c.body.text, metadata: c.body.metadata }))
          .reverse();
        return answer({ messages });
      }
      default:
        return answer({ channel: body.channel, ts: call.ts });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    calls,
    /** The Web API base URL to give one instance. */
    urlFor: (instance: string) => `http://127.0.0.1:${port}/${instance}/api/`,
    /** From now on card posts get no answer; resolves with the first one held. */
    holdCardPosts(): Promise<SlackCall> {
      holdCardPosts = true;
      return new Promise((resolve) => holdWaiters.push(resolve));
    },
    /** Answers the held posts whose caller is still there, and holds no more. */
    releaseCardPosts() {
      holdCardPosts = false;
      for (const h of held.splice(0)) {
        if (h.res.destroyed) continue;
        h.res.writeHead(200, { 'content-type': 'application/json' });
        h.res.end(JSON.stringify({ ok: true, channel: h.call.body.channel, ts: h.call.ts }));
      }
    },
    /** Messages posted to a channel (threads included), in order. */
    posted: (channel: string) =>
      calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel),
    async close() {
      for (const h of held.splice(0)) h.res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The Web API client sends forms with JSON in some fields; both forms and JSON are read back. */
function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'metadata', 'attachments']) {
    if (typeof out[key] === 'string') out[key] = JSON.parse(out[key] as string);
  }
  return out;
}
