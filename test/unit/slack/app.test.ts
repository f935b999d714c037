import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { createTranslator } from '../../../src/i18n/translator.ts';
import { createSlackApp, type SlackConfig } from '../../../src/slack/app.ts';
import { createFakeEngine } from '../../fakes/fake-engine.ts';
import { startFakeSlackApi } from '../../fakes/fake-slack-api.ts';
import { MemoryDocumentStore } from '../../fakes/memory-document-store.ts';

const base: SlackConfig = {
  SLACK_BOT_TOKEN: 'xoxb-1',
  SLACK_SIGNING_SECRET: 'secret',
  SLACK_APP_TOKEN: undefined,
  SLACK_COMMAND: '/intune',
  SLACK_API_URL: undefined,
  SLACK_SUPPORT_CHANNEL: undefined,
  DEFAULT_LOCALE: 'en',
};
const deps = (config: Partial<SlackConfig>) => ({
  config: { ...base, ...config },
  engine: createFakeEngine(),
  store: new MemoryDocumentStore(),
  translator: createTranslator(),
  bot: { botId: 'B1', botUserId: 'U1' },
});

async function status(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, path: string) {
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return (await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: '{}' })).status;
  } finally {
    server.close();
  }
}

describe('createSlackApp', () => {
  it('uses HTTP with the signing secret, and Socket Mode once an app token is set', () => {
    expect(createSlackApp(deps({})).mode).toBe('http');
    expect(
      createSlackApp(deps({ SLACK_APP_TOKEN: 'xapp-1-A1-1-abc', SLACK_SIGNING_SECRET: undefined })).mode,
    ).toBe('socket');
  });

  it('refuses to start without a bot token, or in HTTP mode without the signing secret', () => {
    expect(() => createSlackApp(deps({ SLACK_BOT_TOKEN: undefined }))).toThrow('SLACK_BOT_TOKEN');
    expect(() => createSlackApp(deps({ SLACK_SIGNING_SECRET: undefined }))).toThrow('SLACK_SIGNING_SECRET');
  });

  it('answers 404 on the HTTP route in Socket Mode, and refuses an unsigned post to any path before Bolt reads it', async () => {
    const socket = createSlackApp(deps({ SLACK_APP_TOKEN: 'xapp-1-A1-1-abc' }));
    expect(await status(socket.handle, '/slack/events')).toBe(404);
    const http = createSlackApp(deps({}));
    expect(await status(http.handle, '/slack/other')).toBe(401);
  });

  it('asks Slack who the bot is at start-up, so the first commands after a start do not wait for it before their ack', async () => {
    const api = await startFakeSlackApi();
    try {
      const { bot: _, ...unpinned } = deps({ SLACK_API_URL: api.urlFor('start') });
      const app = createSlackApp({ ...unpinned, clientOptions: { retryConfig: { retries: 0 } } });
      await app.start();
      const deadline = Date.now() + 2_000;
      while (!api.calls.some((c) => c.method === 'auth.test') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      expect(api.calls.filter((c) => c.method === 'auth.test')).toHaveLength(1);
      await app.stop();
    } finally {
      await api.close();
    }
  });

  it('starts even when Slack does not answer who the bot is', async () => {
    const { bot: _, ...unpinned } = deps({ SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    const app = createSlackApp({ ...unpinned, clientOptions: { retryConfig: { retries: 0 } } });
    await expect(app.start()).resolves.toBeUndefined();
    await app.stop();
  });
});
