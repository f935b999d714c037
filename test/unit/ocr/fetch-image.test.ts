import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import nock from 'nock';
import { fetchImage } from '../../../src/ocr/fetch-image.ts';

const files = 'https://files.example.test';
const options = {
  isAllowedHost: (url: URL) => url.protocol === 'https:' && url.host === 'files.example.test',
  headersFor: (url: URL): Record<string, string> =>
    url.host === 'files.example.test' ? { authorization: 'Bearer secret' } : {},
  maxBytes: 1000,
};

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('downloading an attached picture', () => {
  it('fetches from the allowed host with its token', async () => {
    const scope = nock(files)
      .matchHeader('authorization', 'Bearer secret')
      .get('/a.png')
      .reply(200, 'PNGDATA');
    const got = await fetchImage(`${files}/a.png`, options);
    expect(got.ok && new TextDecoder().decode(got.bytes)).toBe('PNGDATA');
    scope.done();
  });

  it('never contacts another host, plain http or a redirect target elsewhere', async () => {
    const elsewhere = nock('https://evil.example.test').get(/.*/).reply(200, 'x');
    expect(await fetchImage('https://evil.example.test/a.png', options)).toMatchObject({
      ok: false,
      reason: 'not-allowed',
    });
    expect(await fetchImage('http://files.example.test/a.png', options)).toMatchObject({
      ok: false,
      reason: 'not-allowed',
    });
    nock(files).get('/moved.png').reply(302, '', { location: 'https://evil.example.test/a.png' });
    expect(await fetchImage(`${files}/moved.png`, options)).toMatchObject({
      ok: false,
      reason: 'not-allowed',
    });
    expect(elsewhere.isDone()).toBe(false);
  });

  it('stops reading past the byte limit, whatever Content-Length says', async () => {
    nock(files).get('/big.png').reply(200, 'x'.repeat(5000), { 'content-length': '10' });
    expect(await fetchImage(`${files}/big.png`, options)).toMatchObject({ ok: false, reason: 'too-large' });
    nock(files).get('/declared.png').reply(200, 'x', { 'content-length': '5000' });
    expect(await fetchImage(`${files}/declared.png`, options)).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });
});
