import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import type { Server } from 'restify';
import { loadConfig } from '../../src/config.ts';
import { loadConversationEngine } from '../../src/content/load-engine.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { createOcrReader, type OcrReader } from '../../src/ocr/ocr-reader.ts';
import { createServer } from '../../src/server.ts';
import { createSlackScreenshotReader } from '../../src/slack/screenshot.ts';
import { SqliteStorage } from '../../src/storage/sqlite-storage.ts';
import { createTeamsAdapter } from '../../src/teams/adapter.ts';
import { createTeamsBot } from '../../src/teams/create-bot.ts';
import { createTeamsScreenshotReader } from '../../src/teams/screenshot.ts';
import { apiBody, SLACK_API, sendEvent, startSlackServer, usersInfo } from '../fakes/slack-harness.ts';
import { RecordingLogger } from '../fakes/teams-test-bot.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/screenshots/${name}`, import.meta.url));
const translator = createTranslator();
const { engine, kb } = loadConversationEngine({ translator });
const t = translator.forLocale('en');
const serviceUrl = 'https://smba.trafficmanager.net/amer/';
const bfHost = 'https://smba.trafficmanager.net';
const sharepoint = 'https://contoso-my.sharepoint.com';
const networkError = 'ios/profile-installation-failed-a-network-error-has-occurred';
const titleOf = (id: string) => kb.entries.find((e) => e.id === id)?.locales.en.title ?? '';

type Sent = { type: string; text?: string; attachments?: { contentType: string; content: unknown }[] };

// One OCR pool for the whole file: a worker's start costs about a second.
let ocr: OcrReader;
let server: Server;
let base: string;
let storage: SqliteStorage;

beforeAll(async () => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  // A generous deadline: a shared test machine must not turn a slow read into a failure.
  ocr = createOcrReader({ workers: 1, timeoutMs: 60_000 });
  await ocr.warm();
  const logger = new RecordingLogger();
  storage = new SqliteStorage(':memory:');
  const teams = createTeamsBot({
    engine,
    translator,
    storage,
    logger,
    defaultLocale: 'en',
    screenshots: createTeamsScreenshotReader({ reader: ocr, logger }),
  });
  const config = loadConfig({ NODE_ENV: 'test', STORAGE_PATH: ':memory:' });
  const adapter = createTeamsAdapter(config, {
    logger,
    translator,
    defaultLocale: 'en',
    conversationState: teams.conversationState,
  });
  server = createServer({ teams: { adapter, bot: teams.bot }, health: storage, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  storage.close();
  await ocr.close();
  nock.enableNetConnect();
});

afterEach(() => nock.cleanAll());

let seq = 0;
function teamsMessage(fields: Record<string, unknown>) {
  seq += 1;
  return {
    type: 'message',
    id: `1700000000${seq}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:1abc', name: 'Alex Admin', aadObjectId: '6f1c0f4e-aaaa-bbbb-cccc-000000000001' },
    recipient: { id: '28:bot-id', name: 'Enrollment Assistant' },
    conversation: { id: `a:1shots-${seq}`, conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    locale: 'en-US',
    text: '',
    ...fields,
  };
}

/** Sends one activity through the real server and returns what the bot posted back to the connector. */
async function converse(activity: ReturnType<typeof teamsMessage>): Promise<Sent[]> {
  const sent: Sent[] = [];
  const path = `/amer/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${activity.id}`;
  nock(bfHost)
    .post(path, (body: Sent) => {
      sent.push(body);
      return true;
    })
    .reply(200, () => ({ id: `reply-${sent.length}` }))
    .persist();
  const res = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  expect(res.status).toBe(200);
  return sent;
}

const cardTitle = (sent: Sent[]) =>
  JSON.stringify(sent.find((a) => a.attachments?.length)?.attachments?.[0]?.content);

describe('a screenshot in Teams', () => {
  it('reads an inline image from the Bot Connector, says what it read, then answers with the card', async () => {
    const image = nock(bfHost)
      .get('/amer/v3/attachments/0-img/views/original')
      .reply(200, fixture('ios-alert-en.png'));
    const sent = await converse(
      teamsMessage({
        attachments: [
          { contentType: 'image/png', contentUrl: `${serviceUrl}v3/attachments/0-img/views/original` },
        ],
      }),
    );
    image.done();
    expect(sent[0]?.text).toMatch(/Profile Installation Failed/);
    expect(cardTitle(sent)).toContain(titleOf(networkError));
  });

  it('reads a file from the SharePoint download URL Teams gives, without sending it the bot token', async () => {
    const file = nock(sharepoint, { badheaders: ['authorization'] })
      .get('/personal/alex/_layouts/15/download.aspx')
      .query(true)
      .reply(200, fixture('windows-dialog-en.jpg'));
    const sent = await converse(
      teamsMessage({
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            contentUrl: `${sharepoint}/personal/alex/Documents/error.jpg`,
            name: 'error.jpg',
            content: {
              downloadUrl: `${sharepoint}/personal/alex/_layouts/15/download.aspx?UniqueId=1&tempauth=x`,
              uniqueId: '1',
              fileType: 'jpg',
            },
          },
        ],
      }),
    );
    file.done();
    expect(sent[0]?.text).toMatch(/0x80CF0437/);
    expect(cardTitle(sent)).toMatch(/0x80CF0437/);
  });

  it('refuses a picture on a host that is not the channel’s, and a URL the user typed, fetching nothing', async () => {
    const elsewhere = nock('https://attacker.example.com').get(/.*/).reply(200, fixture('ios-alert-en.png'));
    const sent = await converse(
      teamsMessage({
        attachments: [{ contentType: 'image/png', contentUrl: 'https://attacker.example.com/alert.png' }],
      }),
    );
    expect(sent.map((a) => a.text)).toEqual([expect.stringContaining(t('screenshot:refused.not-allowed'))]);
    await converse(teamsMessage({ text: 'https://attacker.example.com/alert.png' }));
    expect(elsewhere.isDone()).toBe(false);
  });

  it.each([
    ['an oversized file', Buffer.alloc(10 * 1024 * 1024 + 1), 'too-large'],
    ['a damaged file', Buffer.concat([fixture('ios-alert-en.png').subarray(0, 4000)]), 'corrupt'],
    ['a picture with no text', fixture('no-text.jpg'), 'no-text'],
  ])('answers %s politely, with no card', async (_name, body, reason) => {
    nock(bfHost).get('/amer/v3/attachments/bad/views/original').reply(200, body);
    const sent = await converse(
      teamsMessage({
        attachments: [
          { contentType: 'image/jpeg', contentUrl: `${serviceUrl}v3/attachments/bad/views/original` },
        ],
      }),
    );
    expect(sent.map((a) => a.text)).toEqual([expect.stringContaining(t(`screenshot:refused.${reason}`))]);
  });
});

describe('a screenshot in Slack', () => {
  it('reads a file shared in the DM from Slack’s file host with the bot token, then answers with the card', async () => {
    const h = await startSlackServer({ engine, screenshots: createSlackScreenshotReader({ reader: ocr }) });
    try {
      const api = nock(SLACK_API).matchHeader('authorization', 'Bearer xoxb-test-token');
      api.post('/api/users.info').reply(200, usersInfo());
      const posted: Record<string, unknown>[] = [];
      api
        .post('/api/chat.postMessage', (b) => {
          posted.push(apiBody(b));
          return true;
        })
        .times(5)
        .reply(200, { ok: true, ts: '9.9' });
      const file = nock('https://files.slack.com')
        .matchHeader('authorization', 'Bearer xoxb-test-token')
        .get('/files-pri/T0TEAM-F1/alert.png')
        .reply(200, fixture('ios-alert-en.png'));
      await sendEvent(h.url, {
        type: 'message',
        subtype: 'file_share',
        channel_type: 'im',
        channel: 'D0DM',
        user: 'U0ALEX',
        text: '',
        ts: '9.1',
        files: [
          {
            id: 'F1',
            mimetype: 'image/png',
            filetype: 'png',
            url_private: 'https://files.slack.com/files-pri/T0TEAM-F1/alert.png',
          },
        ],
      });
      await h.slack.idle();
      file.done();
      expect(String(posted[0]?.text)).toMatch(/Profile Installation Failed/);
      // The notice and the card arrive together, the notice first.
      expect(JSON.stringify(posted)).toContain(titleOf(networkError));
      expect(JSON.stringify(posted)).toContain(networkError);
    } finally {
      await h.close();
    }
  });
});
