import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Web API call as the fake received it: the method, the bearer token and the arguments. */
export type ApiCall = { method: string; token: string | undefined; args: Record<string, string> };

/** What `oauth.v2.access` answers for a code: a workspace install, or an org-wide (Enterprise Grid) one. */
export type FakeInstall = {
  token: string;
  botUserId: string;
  teamId?: string;
  enterpriseId?: string;
};

export type FakeUser = { locale?: string; name?: string; admin?: boolean };

/**
 * A stand-in for Slack's Web API on 127.0.0.1: records every call with the token it carried, answers
 * `oauth.v2.access` for the codes it was given, `auth.test` for live tokens only (a revoked token gets
 * `invalid_auth`), `users.info`, and `chat.postMessage`.
 */
export async function startFakeOAuthSlackApi(options: { installs?: Record<string, FakeInstall> } = {}) {
  const calls: ApiCall[] = [];
  const installs = options.installs ?? {};
  const users: Record<string, FakeUser> = {};
  const revoked = new Set<string>();
  let ts = 1_700_000_000;

  const live = (token: string | undefined) =>
    Object.values(installs).find((i) => i.token === token && !revoked.has(token));

  function answer(call: ApiCall): Record<string, unknown> {
    const { method, token, args } = call;
    if (method === 'oauth.v2.access') {
      const install = installs[args.code ?? ''];
      if (!install || args.client_secret !== 'test-client-secret')
        return { ok: false, error: 'invalid_code' };
      return {
        ok: true,
        app_id: 'A0APP',
        access_token: install.token,
        token_type: 'bot',
        scope: 'commands,chat:write',
        bot_user_id: install.botUserId,
        team: install.teamId ? { id: install.teamId, name: install.teamId } : null,
        enterprise: install.enterpriseId ? { id: install.enterpriseId, name: install.enterpriseId } : null,
        is_enterprise_install: !install.teamId,
        authed_user: { id: 'U0INSTALLER' },
      };
    }
    const install = live(token);
    if (!install) return { ok: false, error: 'invalid_auth' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team_id: install.teamId,
          enterprise_id: install.enterpriseId,
          user_id: install.botUserId,
          bot_id: `B${install.botUserId}`,
        };
      case 'users.info': {
        const u = users[args.user ?? ''] ?? {};
        return {
          ok: true,
          user: {
            id: args.user,
            name: u.name ?? 'someone',
            locale: u.locale ?? 'en-US',
            is_admin: !!u.admin,
            profile: { display_name: u.name ?? 'Someone' },
          },
        };
      }
      case 'chat.postMessage':
        ts += 1;
        return { ok: true, channel: args.channel, ts: `${ts}.000100` };
      default:
        return { ok: true };
    }
  }

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const args = parseArgs(body, req.headers['content-type']);
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : args.token;
    const call = { method, token, args };
    calls.push(call);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer(call)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/`,
    calls,
    users,
    /** Calls other than the OAuth exchange, for one method. */
    callsTo(method: string) {
      return calls.filter((c) => c.method === method);
    },
    revoke(token: string) {
      revoked.add(token);
    },
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(body: string, contentType: string | undefined): Record<string, string> {
  if (contentType?.includes('json')) {
    const parsed = JSON.parse(body || '{}') as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
  }
  return Object.fromEntries(new URLSearchParams(body));
}
