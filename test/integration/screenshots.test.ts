import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { createOcrReader, type OcrReader } from '../../src/ocr/ocr-reader.ts';
import { createSlackScreenshotReader } from '../../src/slack/screenshot.ts';
import { createTeamsScreenshotReader } from '../../src/teams/screenshot.ts';
import { createFakeEngine } from '../fakes/fake-engine.ts';
import {
  apiBody,
  BOT_USER,
  SLACK_API,
  sendEvent,
  sendInteraction,
  startSlackServer,
  TEAM,
  usersInfo,
  viewSubmission,
} from '../fakes/slack-harness.ts';
import {
  connectorHost as bfHost,
  connector,
  loopbackOnly,
  realEngine,
  type Sent,
  serviceUrl,
  startTeamsServer,
  type TeamsServer,
  teamsMessage,
  translator,
} from '../fakes/teams-server.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/screenshots/${name}`, import.meta.url));
const { engine, kb } = realEngine();
const t = translator.forLocale('en');
const sharepoint = 'https://contoso-my.sharepoint.com';
const networkError = 'ios/profile-installation-failed-a-network-error-has-occurred';
const titleOf = (id: string) => kb.entries.find((e) => e.id === id)?.locales.en.title ?? '';

// One OCR pool for the whole file: a worker's start costs about a second.
let ocr: OcrReader;
let teams: TeamsServer;

loopbackOnly();
beforeAll(async () => {
  // A generous deadline: a shared test machine must not turn a slow read into a failure.
  ocr = createOcrReader({ workers: 1, timeoutMs: 60_000 });
  await ocr.warm();
  teams = await startTeamsServer({
    screenshots: (logger) => createTeamsScreenshotReader({ reader: ocr, logger }),
  });
}, 60_000);

afterAll(async () => {
  await teams.close();
  await ocr.close();
});

/** Sends one activity through the real server and returns what the bot posted back to the connector. */
async function converse(activity: ReturnType<typeof teamsMessage>): Promise<Sent[]> {
  const { sent } = connector(activity);
  const res = await teams.post(activity);
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
        text: '',
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
        text: '',
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
        text: '',
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
        text: '',
        attachments: [
          { contentType: 'image/jpeg', contentUrl: `${serviceUrl}v3/attachments/bad/views/original` },
        ],
      }),
    );
    expect(sent.map((a) => a.text)).toEqual([expect.stringContaining(t(`screenshot:refused.${reason}`))]);
  });

  it('answers a PDF or WebP file and an inline GIF by naming the pictures it reads, with a log line and no card', async () => {
    const gif = nock(bfHost)
      .get('/amer/v3/attachments/gif/views/original')
      .reply(200, Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
    const documents = nock(sharepoint).get(/.*/).reply(200, 'PDF');
    const file = (fileType: string) => ({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      contentUrl: `${sharepoint}/personal/alex/Documents/error.${fileType}`,
      name: `error.${fileType}`,
      content: { downloadUrl: `${sharepoint}/personal/alex/_layouts/15/download.aspx?UniqueId=2`, fileType },
    });
    const accepted = t('screenshot:refused.unsupported-format');
    for (const attachments of [
      [file('pdf')],
      [file('webp')],
      [{ contentType: 'image/gif', contentUrl: `${serviceUrl}v3/attachments/gif/views/original` }],
    ]) {
      const sent = await converse(teamsMessage({ text: '', attachments }));
      expect(sent.map((a) => a.text)).toEqual([expect.stringContaining(accepted)]);
    }
    gif.done();
    // A file of another kind is not even downloaded.
    expect(documents.isDone()).toBe(false);
    nock.abortPendingRequests();
    nock.cleanAll();
    const logged = teams.logger.lines.map(
      (l) => `${l.msg} ${String(l.fields?.types ?? l.fields?.reason ?? '')}`,
    );
    expect(logged).toEqual(expect.arrayContaining(['input-empty pdf', 'input-empty webp']));
  });
});

describe('a screenshot in Slack', () => {
  const fileUrl = (id: string) => `https://files.slack.com/files-pri/T0TEAM-${id}/alert.png`;
  const sharedFile = (id: string) => ({
    id,
    mimetype: 'image/png',
    filetype: 'png',
    url_private: fileUrl(id),
  });
  /** Slack's file host, answering only with the bot token. */
  const fileHost = (id: string, picture = 'ios-alert-en.png') =>
    nock('https://files.slack.com')
      .matchHeader('authorization', 'Bearer xoxb-test-token')
      .get(`/files-pri/T0TEAM-${id}/alert.png`)
      .reply(200, fixture(picture));
  /** The Web API: who the user is, and every message the bot posts. */
  function slackApi(): Record<string, unknown>[] {
    const posted: Record<string, unknown>[] = [];
    const api = nock(SLACK_API).matchHeader('authorization', 'Bearer xoxb-test-token').persist();
    api.post('/api/users.info').reply(200, usersInfo());
    api
      .post('/api/chat.postMessage', (b) => {
        posted.push(apiBody(b));
        return true;
      })
      .reply(200, { ok: true, ts: '9.9' });
    return posted;
  }
  /** A file shared alone in the DM. */
  const fileInDm = (ts: string, file: object) => ({
    type: 'message',
    subtype: 'file_share',
    channel_type: 'im',
    channel: 'D0DM',
    user: 'U0ALEX',
    text: '',
    ts,
    files: [file],
  });
  const readNotice = (posted: Record<string, unknown>[]) =>
    posted.find((p) => /Profile Installation Failed/.test(String(p.text)));

  it('reads a file shared in the DM from Slack’s file host with the bot token, then answers with the card', async () => {
    const h = await startSlackServer({ engine, screenshots: createSlackScreenshotReader({ reader: ocr }) });
    try {
      const posted = slackApi();
      const file = fileHost('F1');
      await sendEvent(h.url, fileInDm('9.1', sharedFile('F1')));
      await h.slack.idle();
      file.done();
      expect(String(posted[0]?.text)).toMatch(/Profile Installation Failed/);
      // The notice and the card arrive together, the notice first.
      expect(JSON.stringify(posted)).toContain(titleOf(networkError));
      expect(JSON.stringify(posted)).toContain(networkError);
      // The read text joins the conversation; the picture itself is neither stored nor logged.
      const stored = JSON.stringify((h.store.inner as unknown as { memory: object }).memory);
      const png = fixture('ios-alert-en.png');
      expect(stored).toMatch(/Profile Installation Failed/);
      for (const trace of [stored, JSON.stringify(h.logger.lines)]) {
        expect(trace).not.toContain(png.toString('base64').slice(0, 40));
        expect(trace).not.toContain([...png.subarray(0, 16)].join(','));
      }
    } finally {
      await h.close();
    }
  });

  it('answers a PDF shared in the DM by naming the pictures it reads, with a log line, fetching nothing', async () => {
    const h = await startSlackServer({ engine, screenshots: createSlackScreenshotReader({ reader: ocr }) });
    try {
      const posted = slackApi();
      const host = nock('https://files.slack.com').get(/.*/).reply(200, 'PDF');
      await sendEvent(
        h.url,
        fileInDm('9.5', {
          id: 'F5',
          mimetype: 'application/pdf',
          filetype: 'pdf',
          url_private: fileUrl('F5'),
        }),
      );
      await h.slack.idle();
      expect(posted.map((p) => p.text)).toEqual([t('screenshot:refused.unsupported-format')]);
      expect(host.isDone()).toBe(false);
      expect(h.logger.lines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ msg: 'screenshot.not-a-picture', fields: { types: 'pdf' } }),
        ]),
      );
      nock.cleanAll();
    } finally {
      await h.close();
    }
  });

  it('reads a file shared with a mention, and one shared later in the thread the bot works in, but not in a thread it never joined', async () => {
    const h = await startSlackServer({
      engine: createFakeEngine(),
      screenshots: createSlackScreenshotReader({ reader: ocr }),
    });
    try {
      const posted = slackApi();
      const mentioned = fileHost('F2');
      await sendEvent(h.url, {
        type: 'app_mention',
        user: 'U0ALEX',
        text: `<@${BOT_USER}>`,
        ts: '3000.1',
        channel: 'C0GENERAL',
        files: [sharedFile('F2')],
      });
      await h.slack.idle();
      mentioned.done();
      // What was read went into the conversation as the question (the test engine echoes it).
      expect(readNotice(posted)?.thread_ts).toBe('3000.1');
      expect(posted.map((p) => String(p.text))).toContainEqual(
        expect.stringMatching(/^error=Profile Installation Failed/m),
      );

      const inThread = fileHost('F3');
      posted.length = 0;
      const share = {
        type: 'message',
        subtype: 'file_share',
        channel_type: 'channel',
        channel: 'C0GENERAL',
        user: 'U0ALEX',
        text: '',
      };
      await sendEvent(h.url, { ...share, ts: '3000.2', thread_ts: '3000.1', files: [sharedFile('F3')] });
      await h.slack.idle();
      inThread.done();
      expect(readNotice(posted)?.thread_ts).toBe('3000.1');

      const elsewhere = fileHost('F4');
      posted.length = 0;
      await sendEvent(h.url, { ...share, ts: '3100.2', thread_ts: '3100.1', files: [sharedFile('F4')] });
      await h.slack.idle();
      expect(elsewhere.isDone()).toBe(false);
      expect(posted).toEqual([]);
    } finally {
      await h.close();
    }
  });

  /** The interview modal submitted with a screenshot in its picture field, from the DM. */
  function submission(typed: string, fileId: string) {
    return viewSubmission(
      {
        errorText: { errorText: { value: typed } },
        screenshot: { screenshot: { files: [sharedFile(fileId)] } },
      },
      JSON.stringify({ m: 'dm', t: TEAM, c: 'D0DM', u: 'U0ALEX', l: 'en' }),
    );
  }

  it('reads a screenshot given in the interview form, closes the form at once, then answers with what it read', async () => {
    const h = await startSlackServer({ engine, screenshots: createSlackScreenshotReader({ reader: ocr }) });
    try {
      const posted = slackApi();
      const file = fileHost('F5');
      const res = await sendInteraction(h.url, submission('', 'F5'));
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      await h.slack.idle();
      file.done();
      expect(readNotice(posted)?.channel).toBe('D0DM');
      expect(JSON.stringify(posted)).toContain(networkError);
    } finally {
      await h.close();
    }
  });

  it('answers a form whose only input is a picture with no text by asking for the text, with no card', async () => {
    const h = await startSlackServer({ engine, screenshots: createSlackScreenshotReader({ reader: ocr }) });
    try {
      const posted = slackApi();
      const file = fileHost('F6', 'no-text.jpg');
      await sendInteraction(h.url, submission('', 'F6'));
      await h.slack.idle();
      file.done();
      expect(posted.map((p) => p.text)).toEqual([expect.stringContaining(t('screenshot:refused.no-text'))]);
      expect(posted.some((p) => p.blocks && JSON.stringify(p.blocks).includes('ios/'))).toBe(false);
    } finally {
      await h.close();
    }
  });
});
