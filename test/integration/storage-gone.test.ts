import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config.ts';
import { loadConversationEngine } from '../../src/content/load-engine.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { createServer } from '../../src/server.ts';
import { SqliteStorage } from '../../src/storage/sqlite-storage.ts';
import { createTeamsAdapter } from '../../src/teams/adapter.ts';
import { createTeamsBot } from '../../src/teams/create-bot.ts';
import { RecordingLogger } from '../fakes/teams-test-bot.ts';

// The database file removed under a running bot: health must say so, and turns must not be
// "stored" into the unlinked file that the next start would never see.
let server: Server;
let base: string;
let storage: SqliteStorage;
let dir: string;
let path: string;
const logger = new RecordingLogger();
const translator = createTranslator();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ieb-gone-'));
  path = join(dir, 'bot.sqlite');
  const config = loadConfig({ NODE_ENV: 'test', STORAGE_PATH: path });
  storage = new SqliteStorage(path);
  const { engine } = loadConversationEngine({ translator });
  const teams = createTeamsBot({ engine, translator, storage, logger, defaultLocale: 'en' });
  const adapter = createTeamsAdapter(config, {
    logger,
    translator,
    defaultLocale: 'en',
    conversationState: teams.conversationState,
  });
  server = createServer({ teams: { adapter, bot: teams.bot }, health: storage, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  storage.close();
  rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
/** A Teams message answered in the HTTP response (expectReplies), so no connector is needed. */
async function say(text: string, conversation = 'a:1gone') {
  seq += 1;
  const res = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `gone-${seq}`,
      text,
      deliveryMode: 'expectReplies',
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      from: { id: '29:1abc', name: 'Alex Admin' },
      recipient: { id: '28:bot-id', name: 'Enrollment Assistant' },
      conversation: { id: conversation, conversationType: 'personal', tenantId: 'tenant-1' },
      locale: 'en-US',
    }),
  });
  const body = (await res.json()) as { activities?: { text?: string }[] };
  return body.activities ?? [];
}

const health = async () => (await fetch(`${base}/healthz`)).status;

test('with the file in place the bot answers and is healthy', async () => {
  expect(await health()).toBe(200);
  const replies = await say('Profile installation failed');
  expect(replies.length).toBeGreaterThan(0);
});

test('after the file is deleted, /healthz is 503 with a log line, and a turn is refused with a message saying so', async () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });

  expect(await health()).toBe(503);
  expect(
    logger.lines.some((l) => l.msg === 'health-check-failed' && l.fields?.code === 'storage-file-gone'),
  ).toBe(true);

  const replies = await say('Profile installation failed', 'a:1gone-later');
  const storageDown =
    translator.forLocale('en')('teams:errors.storageDown', { ref: '§' }).split('§')[0] ?? '';
  expect(replies).toHaveLength(1);
  expect(replies[0]?.text?.startsWith(storageDown)).toBe(true);
});

test('a file put back in its place is not mistaken for the one the bot opened', async () => {
  const other = new SqliteStorage(path);
  await other.write({ k: { v: 1 } });
  expect(await health()).toBe(503);
  other.close();
});
