import nock from 'nock';
import { createEscalationService } from '../../../src/core/escalation/service.ts';
import { createTranslator } from '../../../src/i18n/translator.ts';
import { createCaseWebhook, verifyWebhook } from '../../../src/webhook/case-webhook.ts';
import { MemoryDocumentStore } from '../../fakes/memory-document-store.ts';
import { anEffect, aRequester, manualClock, recordingLogger } from '../core/escalation/fakes.ts';

const secret = 'whsec-test';
const clock = manualClock();

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function setUp() {
  return createEscalationService({
    store: new MemoryDocumentStore(),
    translator: createTranslator(),
    clock,
    logger: recordingLogger(),
    webhook: createCaseWebhook({
      url: 'https://tickets.example/hooks/intune',
      secret,
      now: () => clock.now(),
    }),
    sleep: async () => {},
  });
}

test('each case is posted once as signed JSON, retried after a 503', async () => {
  const received: { body: string; headers: Record<string, string> }[] = [];
  const scope = nock('https://tickets.example')
    .post('/hooks/intune')
    .reply(503)
    .post('/hooks/intune')
    .reply(function (_uri, body) {
      received.push({ body: JSON.stringify(body), headers: this.req.headers as Record<string, string> });
      return [202];
    });
  const service = setUp();
  const replies = await service.open(anEffect(), aRequester());
  await service.idle();
  scope.done();
  expect(replies[0]?.kind === 'text' && replies[0].text).toMatch(/passed it to the support team/);
  expect(received).toHaveLength(1);
  const [delivery] = received;
  const payload = JSON.parse(delivery?.body ?? '{}');
  expect(payload).toMatchObject({ event: 'case.opened', case: { id: 'ENR-1001', status: 'open' } });
  expect(payload.case.outbox).toBeUndefined();
  expect(delivery?.headers['idempotency-key']).toBe('ENR-1001:webhook');
  const ok = verifyWebhook(
    secret,
    {
      signature: delivery?.headers['x-signature-256'],
      timestamp: delivery?.headers['x-signature-timestamp'],
    },
    delivery?.body ?? '',
    clock.now().getTime() / 1000,
  );
  expect(ok).toBe(true);
  expect(
    verifyWebhook('wrong', { signature: delivery?.headers['x-signature-256'], timestamp: '1' }, '{}', 1),
  ).toBe(false);
});
