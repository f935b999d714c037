import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createConversationRetention } from '../../../src/core/retention/conversation-retention.ts';
import { SqliteStorage } from '../../../src/storage/sqlite-storage.ts';
import { createFakeEngine } from '../../fakes/fake-engine.ts';
import { FakeEscalation } from '../../fakes/fake-escalation.ts';
import { MemoryDocumentStore } from '../../fakes/memory-document-store.ts';
import { createTestBot } from '../../fakes/teams-test-bot.ts';

const submit = (data: unknown) => ({ type: 'message', value: data });

describe('MainDialog with the Teams bot', () => {
  test('greets in the client language when the bot is added to a chat', async () => {
    const { say } = createTestBot({ engine: createFakeEngine() });
    const replies = await say({
      type: 'conversationUpdate',
      locale: 'fr-FR',
      membersAdded: [{ id: '28:bot', name: 'bot' }],
    });
    expect(replies).toEqual(['hello [fr]']);
  });

  test('does not greet when someone else joins', async () => {
    const { say } = createTestBot({ engine: createFakeEngine() });
    expect(await say({ type: 'conversationUpdate', membersAdded: [{ id: '29:other', name: 'x' }] })).toEqual(
      [],
    );
  });

  test('reads the clientInfo entity when the activity has no locale', async () => {
    const { say } = createTestBot({ engine: createFakeEngine() });
    const replies = await say({
      type: 'message',
      text: 'hi there',
      locale: undefined,
      entities: [{ type: 'clientInfo', locale: 'sv-SE', platform: 'web' }],
    });
    expect(replies).toEqual(['error=hi there len=8 [sv]']);
  });

  test('strips the @mention Teams puts in channel messages', async () => {
    const { say } = createTestBot({ engine: createFakeEngine() });
    expect(await say('<at>Enrollment Assistant</at> 0x80CF0437')).toEqual(['error=0x80CF0437 len=10 [en]']);
  });

  test('a card submitted mid-interview continues the interview', async () => {
    const { say } = createTestBot({ engine: createFakeEngine(), locale: 'fr-FR' });
    await say('Profile installation failed');
    const replies = await say(submit({ ieb: { type: 'answer', question: 'platform', value: 'ios' } }));
    expect(replies).toEqual(['answer platform=ios [fr]']);
  });

  test('a messageBack submit (display text plus our value) is read as the button, not as typed text', async () => {
    const { say } = createTestBot({ engine: createFakeEngine() });
    const replies = await say({
      type: 'message',
      text: 'iOS/iPadOS',
      value: { ieb: { type: 'answer', question: 'platform', value: 'ios' } },
    });
    expect(replies).toEqual(['answer platform=ios [en]']);
  });

  test('a value from some other card is ignored when there is text to read', async () => {
    const { say } = createTestBot({ engine: createFakeEngine() });
    expect(await say({ type: 'message', text: '0x80CF0437', value: { other: 'app' } })).toEqual([
      'error=0x80CF0437 len=10 [en]',
    ]);
  });

  test('an unknown or garbled card value gets a polite message in the user language and a log line', async () => {
    const { say, logger } = createTestBot({ engine: createFakeEngine(), locale: 'sv-SE' });
    for (const value of [
      { ieb: { type: 'answer', question: 'colour', value: 'x' } },
      'junk',
      42,
      { foo: 1 },
    ]) {
      expect(await say(submit(value))).toEqual([expect.stringContaining('Den knappen gäller inte längre')]);
    }
    expect(logger.lines.filter((l) => l.msg === 'card-value-invalid')).toHaveLength(4);
  });

  test('a language chosen in one chat is used in the next chat of the same user', async () => {
    const storage = new MemoryDocumentStore();
    const first = createTestBot({ engine: createFakeEngine(), storage, conversationId: 'a:one' });
    expect(await first.say('lang sv')).toEqual(['now sv']);
    const second = createTestBot({ engine: createFakeEngine(), storage, conversationId: 'a:two' });
    expect(await second.say('0x87D1FDE8')).toEqual(['error=0x87D1FDE8 len=10 [sv]']);
  });

  test('a huge paste is cut to the lines that look like errors, and the user is told', async () => {
    const { say, logger } = createTestBot({ engine: createFakeEngine() });
    const noise = 'lorem ipsum dolor sit amet '.repeat(8000);
    const replies = await say(`${noise}\nEnrollment failed with 0x80CF0437\n${noise}`);
    expect(replies[0]).toMatch(/^Your message was long \(\d{6} characters\)/);
    expect(replies[1]).toMatch(/^error=Enrollment failed with 0x80CF0437/);
    expect(Number(/len=(\d+)/.exec(replies[1] ?? '')?.[1])).toBeLessThanOrEqual(100_000);
    expect(logger.has('input-truncated')).toBe(true);
  });

  test('a picture without text is answered with what the bot can read', async () => {
    const { say } = createTestBot({ engine: createFakeEngine() });
    const replies = await say({
      type: 'message',
      text: '',
      attachments: [{ contentType: 'image/png', contentUrl: 'https://example.invalid/a.png' }],
    });
    expect(replies).toEqual([expect.stringContaining("I can't read images")]);
  });

  test('asking for a person without a support channel says plainly that nobody is notified', async () => {
    const { say, logger } = createTestBot({ engine: createFakeEngine() });
    expect(await say('human')).toEqual(['handing over', expect.stringContaining('nobody has been notified')]);
    expect(logger.has('escalation-not-configured')).toBe(true);
  });

  test('an escalation opens a case with the Teams address of the user', async () => {
    const escalation = new FakeEscalation();
    const { say } = createTestBot({ engine: createFakeEngine(), escalation });
    expect(await say('human')).toEqual(['handing over', 'case opened for aad-user-1']);
    const requester = escalation.opened[0]?.requester;
    expect(requester).toMatchObject({
      channel: 'teams',
      userName: 'Alex Admin',
      conversationKey: 'msteams/a:conv-1',
    });
    expect(requester?.address).toMatchObject({
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      conversation: { id: 'a:conv-1' },
    });
  });

  test('when the support channel cannot be reached the user gets a reference to quote', async () => {
    const escalation = new FakeEscalation();
    escalation.failOpen = true;
    const { say, logger } = createTestBot({ engine: createFakeEngine(), escalation, locale: 'fr-FR' });
    const replies = await say('human');
    const ref = logger.lines.find((l) => l.msg === 'escalation-open-failed')?.fields?.ref;
    expect(replies[1]).toContain(`référence ${ref}`);
  });

  test('while a person handles the case, user messages go to them and not to the bot', async () => {
    const escalation = new FakeEscalation();
    escalation.claimed.add('aad-user-1');
    const { say } = createTestBot({ engine: createFakeEngine(), escalation });
    expect(await say('it still fails')).toEqual([]);
    expect(escalation.relayedFromUser.map((r) => r.text)).toEqual(['it still fails']);
  });

  test('case buttons and support-thread replies go to escalation', async () => {
    const escalation = new FakeEscalation();
    const { say } = createTestBot({
      engine: createFakeEngine(),
      escalation,
      supportChannelId: '19:support@thread.tacv2',
    });
    const inThread = {
      conversation: {
        id: '19:support@thread.tacv2;messageid=1',
        conversationType: 'channel',
        isGroup: true,
        name: '',
      },
      channelData: { tenant: { id: 'tenant-1' }, channel: { id: '19:support@thread.tacv2' } },
    };
    expect(await say({ ...inThread, ...submit({ ieb: { type: 'case-claim', caseId: 'C-1' } }) })).toEqual([
      'case-claim by aad-user-1',
    ]);
    expect(await say({ ...inThread, type: 'message', text: '<at>Bot</at> Try a new token' })).toEqual([]);
    expect(escalation.relayedFromAgent[0]).toMatchObject({
      threadKey: '19:support@thread.tacv2;messageid=1',
      text: 'Try a new token',
    });
  });

  test('two messages arriving at once are handled one after the other, neither is lost', async () => {
    const { say } = createTestBot({ engine: createFakeEngine() });
    const [a, b] = await Promise.all([say('first error'), say('second message')]);
    expect([...(a ?? []), ...(b ?? [])].sort()).toEqual([
      'error=first error len=11 [en]',
      'error=first error len=14 [en]',
    ]);
  });

  test('a new bot instance on the same storage file continues the conversation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ieb-resume-'));
    try {
      const path = join(dir, 'bot.sqlite');
      const before = new SqliteStorage(path);
      await createTestBot({ engine: createFakeEngine(), storage: before }).say('Profile installation failed');
      before.close();
      const after = new SqliteStorage(path);
      const replies = await createTestBot({ engine: createFakeEngine(), storage: after }).say('more detail');
      expect(replies).toEqual(['error=Profile installation failed len=11 [en]']);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a conversation swept for retention starts afresh: the next message is read as a first one', async () => {
    const storage = new SqliteStorage(':memory:');
    const bot = createTestBot({ engine: createFakeEngine(), storage });
    await bot.say('Profile installation failed');
    const retention = createConversationRetention({
      store: storage,
      days: 30,
      logger: silentLogger,
      clock: { now: () => new Date(Date.now() + 31 * 24 * 60 * 60 * 1000) },
    });
    expect(await retention.sweep()).toBeGreaterThanOrEqual(1);
    // Without the sweep this would still be the first error text (see the restart test above).
    expect(await bot.say('more detail')).toEqual(['error=more detail len=11 [en]']);
    storage.close();
  });

  test('a storage outage gets a localized word that nothing was acted on, with a reference, never the raw error', async () => {
    const storage = new MemoryDocumentStore();
    const { say, logger } = createTestBot({ engine: createFakeEngine(), storage, locale: 'zh-CN' });
    storage.failing = true;
    const replies = await say('0x80CF0437');
    expect(replies).toEqual([expect.stringMatching(/^我现在无法保存任何内容.*参考编号 \w+/)]);
    expect(replies[0]).not.toContain('storage unavailable');
    expect(logger.lines.find((l) => l.msg === 'turn-failed')?.fields).toMatchObject({
      code: 'storage-unavailable',
      conversationId: 'a:conv-1',
    });
  });
});
