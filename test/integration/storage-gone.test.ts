import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStorage } from '../../src/storage/sqlite-storage.ts';
import { serviceUrl, startTeamsServer, type TeamsServer, translator } from '../fakes/teams-server.ts';

// The database file removed under a running bot: health must say so, and turns must not be
// "stored" into the unlinked file that the next start would never see.
let teams: TeamsServer;
let base: string;
let storage: SqliteStorage;
let dir: string;
let path: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ieb-gone-'));
  path = join(dir, 'bot.sqlite');
  storage = new SqliteStorage(path);
  teams = await startTeamsServer({ storage, env: { STORAGE_PATH: path } });
  base = teams.base;
});

afterAll(async () => {
  await teams.close();
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
      serviceUrl,
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
    teams.logger.lines.some((l) => l.msg === 'health-check-failed' && l.fields?.code === 'storage-file-gone'),
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
