import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { TurnContext } from 'botbuilder';
import nock from 'nock';
import type { ImageTextReader } from '../../../src/core/ports/image-text-reader.ts';
import { checkConnectorAttachment, createTeamsScreenshotReader } from '../../../src/teams/screenshot.ts';
import { recordingLogger } from '../core/escalation/fakes.ts';

const connector = 'https://smba.trafficmanager.net';
const serviceUrl = `${connector}/amer/`;
const conversation = 'a:1xyzPersonalChat';
const attachmentId = '0-eus-d6-e92d3c6069d8c5e73e95c8b8776c512e';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('which Bot Connector URLs a pasted picture may be fetched from with the bot token', () => {
  const check = (url: string, service = serviceUrl) =>
    checkConnectorAttachment(new URL(url), new URL(service), conversation);

  it.each([
    [`${serviceUrl}v3/attachments/${attachmentId}/views/original`, serviceUrl],
    [`${serviceUrl}v3/attachments/${attachmentId}/views/original`, `${serviceUrl}tenant-1/`],
    [`${serviceUrl}tenant-1/v3/attachments/${attachmentId}/views/imgo`, `${serviceUrl}tenant-1/`],
    [
      `${serviceUrl}v3/conversations/${encodeURIComponent(conversation)}/attachments/${attachmentId}`,
      serviceUrl,
    ],
    ['http://localhost:56001/v3/attachments/abc/views/original', 'http://localhost:56001/'],
  ])('accepts the attachment shape %s', (url, service) => {
    expect(check(url, service)).toEqual({ ok: true });
  });

  it.each([
    [
      'another conversation’s attachment',
      `${serviceUrl}v3/conversations/a%3AotherChat/attachments/${attachmentId}`,
      'other-conversation',
    ],
    [
      'another conversation’s members',
      `${serviceUrl}v3/conversations/a:otherChat/members`,
      'other-conversation',
    ],
    [
      'this conversation’s members',
      `${serviceUrl}v3/conversations/${conversation}/members`,
      'not-an-attachment',
    ],
    [
      'a dot-dot walk out of an attachment',
      `${serviceUrl}v3/attachments/x/views/original/../../../../conversations/a:o/members`,
      'other-conversation',
    ],
    ['an escaped slash in the id', `${serviceUrl}v3/attachments/a%2Fb/views/original`, 'not-an-attachment'],
    [
      'another region',
      `${connector}/emea/v3/attachments/${attachmentId}/views/original`,
      'not-an-attachment',
    ],
    ['a path outside the API', `${serviceUrl}admin/attachments/${attachmentId}`, 'not-an-attachment'],
    ['another host', `https://us-api.asm.skype.com/v1/objects/${attachmentId}/views/imgo`, 'other-host'],
  ])('refuses %s', (_name, url, reason) => {
    expect(check(url)).toEqual({ ok: false, reason });
  });
});

describe('a pasted picture in Teams, with the bot’s token', () => {
  const read: Uint8Array[] = [];
  const reader: ImageTextReader = {
    async read(image) {
      read.push(image);
      return { kind: 'text', text: 'Profile Installation Failed', confidence: 90, languages: 'eng' };
    },
  };

  /** A turn as the Teams adapter gives it: the connector client of this turn holds the bot's credentials. */
  function turn(contentUrl: string): TurnContext {
    const key = Symbol('connector');
    const credentials = { appId: 'app-1', getToken: async () => 'bot-token' };
    return {
      activity: {
        type: 'message',
        serviceUrl,
        conversation: { id: conversation },
        attachments: [{ contentType: 'image/png', contentUrl }],
      },
      adapter: { ConnectorClientKey: key },
      turnState: new Map([[key, { credentials }]]),
    } as unknown as TurnContext;
  }

  it('fetches this message’s attachment with the token and reads it', async () => {
    const logger = recordingLogger();
    const scope = nock(connector)
      .matchHeader('authorization', 'Bearer bot-token')
      .get(`/amer/v3/attachments/${attachmentId}/views/original`)
      .reply(200, 'PNG');
    const readShot = createTeamsScreenshotReader({ reader, logger });
    const got = await readShot(turn(`${serviceUrl}v3/attachments/${attachmentId}/views/original`), 'en');
    expect(got).toMatchObject({ kind: 'text' });
    scope.done();
  });

  it.each([
    [
      'another conversation’s attachment',
      `v3/conversations/a%3AotherChat/attachments/${attachmentId}/views/original`,
    ],
    ['the connector’s API', `v3/conversations/${encodeURIComponent(conversation)}/members`],
  ])('refuses %s: no request, a polite refusal and a warning', async (_name, path) => {
    const logger = recordingLogger();
    const anything = nock(connector).get(/.*/).reply(200, 'PNG');
    const readShot = createTeamsScreenshotReader({ reader, logger });
    expect(await readShot(turn(`${serviceUrl}${path}`), 'en')).toEqual({
      kind: 'refused',
      reason: 'not-allowed',
    });
    expect(anything.isDone()).toBe(false);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: 'teams.attachment-refused' }),
    );
  });

  it('follows no redirect from an attachment to another path on the connector, and sends it no token', async () => {
    const logger = recordingLogger();
    nock(connector)
      .get(`/amer/v3/attachments/${attachmentId}/views/original`)
      .reply(302, '', { location: `${serviceUrl}v3/conversations/a:otherChat/activities` });
    const second = nock(connector).get('/amer/v3/conversations/a:otherChat/activities').reply(200, 'PNG');
    const readShot = createTeamsScreenshotReader({ reader, logger });
    const got = await readShot(turn(`${serviceUrl}v3/attachments/${attachmentId}/views/original`), 'en');
    expect(got).toEqual({ kind: 'refused', reason: 'not-allowed' });
    expect(second.isDone()).toBe(false);
  });
});
