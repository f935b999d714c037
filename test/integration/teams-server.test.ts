import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from '../../src/server.ts';
import {
  connector,
  listenOnLoopback,
  loopbackOnly,
  type Sent,
  startTeamsServer,
  type TeamsServer,
  teamsMessage,
  walk,
} from '../fakes/teams-server.ts';

let teams: TeamsServer;
let base: string;

loopbackOnly();
beforeAll(async () => {
  teams = await startTeamsServer();
  base = teams.base;
});
afterAll(() => teams.close());

const post = (body: unknown, contentType?: string) => teams.post(body, contentType);

describe('POST /api/messages from Teams (local mode)', () => {
  test('a French error message is answered with a French resolution card', async () => {
    const activity = teamsMessage({
      locale: 'fr-FR',
      text: "Échec de l’installation du profil. Une erreur réseau s'est produite.",
    });
    const { sent, scope } = connector(activity);
    const res = await post(activity);
    expect(res.status).toBe(200);
    expect(scope.isDone()).toBe(true);

    const card = sent.find((a) => a.attachments?.length)?.attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const nodes = walk(card?.content);
    const texts = nodes.filter((n) => n.type === 'TextBlock').map((n) => String(n.text));
    expect(texts[0]).toBe("Échec de l’installation du profil. Une erreur réseau s'est produite.");
    expect(texts.some((t) => /mode de récupération/.test(t))).toBe(true);
    const buttons = nodes.filter((n) => n.type === 'Action.Submit').map((n) => n.title);
    expect(buttons).toEqual(
      expect.arrayContaining(['Problème résolu', 'Ça n’a pas aidé', 'Parler à une personne']),
    );
    const learn = nodes.find((n) => n.type === 'Action.OpenUrl');
    expect(String(learn?.url)).toMatch(/^https:\/\/learn\.microsoft\.com\/fr-fr\//);
    expect(sent[0]?.locale).toBe('fr');
  });

  test('pressing a card button in Teams (a message with only a value) is understood', async () => {
    const first = teamsMessage({ text: '0x80CF0437' });
    const conversation = first.conversation;
    connector(first);
    await post(first);
    const press = teamsMessage({
      conversation,
      text: undefined,
      value: { ieb: { type: 'feedback', entryId: 'general/error-code-0x80cf0437', verdict: 'fixed' } },
    });
    const { sent } = connector(press);
    expect((await post(press)).status).toBe(200);
    expect(sent.map((a) => a.text).join(' ')).toMatch(/glad that fixed it/);
  });

  test('a question answered by typing is rewritten in place, as a pressed one is', async () => {
    const first = teamsMessage({ text: 'Device Cap Reached' });
    const { conversation } = first;
    const asked = connector(first);
    await post(first);
    // The platform question card, and the id the connector gave it.
    const at = asked.sent.findIndex((a) => JSON.stringify(a.attachments ?? []).includes('"Action.Submit"'));
    expect(at).toBeGreaterThanOrEqual(0);
    const cardId = `reply-${first.id}-${at + 1}`;

    const typed = teamsMessage({ conversation, text: 'iOS' });
    connector(typed);
    expect((await post(typed)).status).toBe(200);
    // Updates of the conversation's messages reach the connector mocked first for it.
    expect(asked.updated.map((u) => u.id)).toEqual([cardId]);
    // The card now shows the answer and has no buttons left to press.
    const card = walk(asked.updated[0]?.attachments?.[0]?.content);
    expect(card.some((n) => n.type === 'TextBlock' && /✓ iOS/.test(String(n.text)))).toBe(true);
    expect(card.some((n) => String(n.type).startsWith('Action.'))).toBe(false);
  });

  test('a 200 KB paste gets a polite answer, not a failure', async () => {
    const huge = `${'x'.repeat(100_000)}\nProfile Installation Failed. A Network Error Has Occurred.\n${'y'.repeat(100_000)}`;
    const activity = teamsMessage({ text: huge });
    const { sent } = connector(activity);
    const res = await post(activity);
    expect(res.status).toBe(200);
    expect(sent[0]?.text).toMatch(/^Your message was long \(200\d{3} characters\)/);
    expect(sent.length).toBeGreaterThan(1);
    expect(teams.logger.has('turn-failed')).toBe(false);
  });

  test('a malformed body is a 400 and the server keeps serving', async () => {
    expect((await post('{"type":"message",', 'application/json')).status).toBe(400);
    expect((await post('"just a string"')).status).toBe(400);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  test('an Action.Execute with an unknown verb gets a polite message; other invokes a 501 and a log line', async () => {
    const execute = teamsMessage({
      type: 'invoke',
      name: 'adaptiveCard/action',
      locale: 'sv-SE',
      value: { action: { type: 'Action.Execute', verb: 'case-claim', data: { caseId: 'ENR-1001' } } },
    });
    const res = await post(execute);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.activity.message');
    expect(String(body.value)).toMatch(/knappen/i);
    expect(teams.logger.has('teams.card-action-unsupported')).toBe(true);

    const query = teamsMessage({ type: 'invoke', name: 'composeExtension/query', value: {} });
    expect((await post(query)).status).toBe(501);
    expect(teams.logger.has('teams.invoke-unsupported')).toBe(true);
  });
});

describe('conversationUpdate from Teams', () => {
  test('the bot added to a personal chat greets in the language of the client', async () => {
    const activity = teamsMessage({
      type: 'conversationUpdate',
      text: undefined,
      locale: 'sv-SE',
      membersAdded: [{ id: '28:bot-id' }],
    });
    const { sent } = connector(activity);
    expect((await post(activity)).status).toBe(200);
    expect(sent.map((a) => a.text).join(' ')).toMatch(/^Hej/);
  });
});

describe('the Bot Framework Emulator in local mode', () => {
  test('opening a chat greets, and a message is answered at the Emulator own service URL', async () => {
    const received: Sent[] = [];
    const emulator = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => {
        body += d.toString('utf8');
      });
      req.on('end', () => {
        received.push(JSON.parse(body) as Sent);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `e-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => emulator.listen(0, '127.0.0.1', resolve));
    try {
      const common = {
        channelId: 'emulator',
        serviceUrl: `http://127.0.0.1:${(emulator.address() as AddressInfo).port}`,
        from: { id: 'emulator-user', name: 'User', role: 'user' },
        recipient: { id: 'emulator-bot', name: 'Bot', role: 'bot' },
        conversation: { id: 'emulator-conv-1' },
        locale: 'fr-FR',
      };
      const opened = await post({
        ...common,
        type: 'conversationUpdate',
        id: 'e1',
        membersAdded: [common.from, common.recipient],
      });
      expect(opened.status).toBe(200);
      expect((await post({ ...common, type: 'message', id: 'e2', text: '0x80CF0437' })).status).toBe(200);
      expect(received[0]?.text).toMatch(/^Bonjour/);
      expect(
        received.some((a) => a.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive'),
      ).toBe(true);
    } finally {
      await new Promise<void>((resolve) => emulator.close(() => resolve()));
    }
  });
});

describe('POST /slack/events', () => {
  test('reaches the Slack mount with the raw body, byte for byte, so its signature can be checked', async () => {
    const body = '{"type":"event_callback","event":{"text":"Åtkomst nekad 0x80CF0437  "}}';
    const slackServer = createServer({
      teams: { adapter: { process: async () => {} }, bot: { run: async () => {} } },
      health: { check: async () => {} },
      logger: teams.logger,
      slack: {
        async handle(req, res) {
          const chunks: Buffer[] = [];
          for await (const chunk of req) chunks.push(chunk as Buffer);
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end(Buffer.concat(chunks).toString('utf8'));
        },
      },
    });
    const served = await listenOnLoopback(slackServer);
    try {
      const res = await fetch(`${served.base}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(await res.text()).toBe(body);
    } finally {
      await served.close();
    }
  });

  test('is not there when Slack is off', async () => {
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});

describe('GET /healthz', () => {
  test('reports ok while storage answers', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', storage: 'ok' });
  });

  test('reports 503 when storage does not answer', async () => {
    const broken = createServer({
      teams: { adapter: { process: async () => {} }, bot: { run: async () => {} } },
      health: { check: async () => Promise.reject(new Error('disk I/O error')) },
      logger: teams.logger,
    });
    const served = await listenOnLoopback(broken);
    try {
      const res = await fetch(`${served.base}/healthz`);
      expect(res.status).toBe(503);
      expect(JSON.stringify(await res.json())).not.toContain('disk I/O');
    } finally {
      await served.close();
    }
  });
});
