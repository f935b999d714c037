import { type Activity, ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { loadConfig } from '../../../src/config.ts';
import {
  createBotAuthentication,
  createTeamsAdapter,
  createTurnErrorHandler,
} from '../../../src/teams/adapter.ts';
import { botStorage } from '../../../src/teams/bot-storage.ts';
import { createTeamsIdentity } from '../../../src/teams/identity.ts';
import { MemoryDocumentStore } from '../../fakes/memory-document-store.ts';
import { RecordingLogger, translator } from '../../fakes/teams-test-bot.ts';

async function failingTurn(activity: Partial<Activity>, error: Error) {
  const logger = new RecordingLogger();
  const storage = new MemoryDocumentStore();
  const conversationState = new ConversationState(botStorage(storage));
  let key = '';
  let savedBeforeError = false;
  const adapter = new TestAdapter(
    async (context) => {
      await conversationState.createProperty('x').set(context, { step: 3 });
      await conversationState.saveChanges(context);
      key = conversationState.getStorageKey(context) ?? '';
      savedBeforeError = key in (await storage.read([key]));
      throw error;
    },
    undefined,
    true,
  );
  adapter.onTurnError = createTurnErrorHandler({
    logger,
    translator,
    defaultLocale: 'en',
    conversationState,
  });
  await adapter.receiveActivity({ type: 'message', text: 'hi', ...activity });
  return { sent: adapter.activeQueue.splice(0), logger, storage, key, savedBeforeError };
}

describe('the Teams turn error handler', () => {
  test('tells the user in their language with a reference and logs the same reference, never the error text', async () => {
    const { sent, logger } = await failingTurn(
      { locale: 'sv-SE', channelId: 'msteams' },
      Object.assign(new Error('SQLITE_BUSY: secret path /var/lib/x'), { code: 'SQLITE_BUSY' }),
    );
    const messages = sent.filter((a) => a.type === 'message').map((a) => a.text ?? '');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Något gick fel hos mig \(referens (\w{7})\)/);
    expect(messages[0]).not.toContain('SQLITE');
    const line = logger.lines.find((l) => l.msg === 'turn-failed');
    expect(line?.fields).toMatchObject({ code: 'SQLITE_BUSY', activityType: 'message' });
    expect(messages[0]).toContain(String(line?.fields?.ref));
    expect(sent.some((a) => a.type === 'trace')).toBe(false);
  });

  test('in the Emulator the developer also gets the error as a trace', async () => {
    const { sent } = await failingTurn({ channelId: 'emulator' }, new Error('boom'));
    expect(sent.find((a) => a.type === 'trace')).toMatchObject({ label: 'TurnError', value: 'Error: boom' });
  });

  test('drops the conversation state so the next message starts clean', async () => {
    const { storage, key, savedBeforeError } = await failingTurn(
      { channelId: 'msteams' },
      new Error('bad state'),
    );
    expect(savedBeforeError).toBe(true);
    expect(await storage.read([key])).toEqual({});
  });

  test('keeps the conversation state when only the delivery or storage failed, so the user can resend', async () => {
    for (const error of [
      Object.assign(new Error('Too Many Requests'), { statusCode: 429 }),
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }),
    ]) {
      const { storage, key } = await failingTurn({ channelId: 'msteams' }, error);
      expect(Object.keys(await storage.read([key]))).toEqual([key]);
    }
  });
});

describe('Bot Framework authentication from config', () => {
  test('without an app id it runs in local mode even though SingleTenant is the default type', () => {
    expect(() => createBotAuthentication(loadConfig({}))).not.toThrow();
  });

  test('a SingleTenant registration is accepted with its three variables', () => {
    const config = loadConfig({
      MicrosoftAppId: '8f0e5f5e-3c4b-4a2e-9d7a-1b2c3d4e5f60',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: '11111111-2222-3333-4444-555555555555',
    });
    expect(() => createBotAuthentication(config)).not.toThrow();
  });
});

describe('Bot Connector clients', () => {
  /** The connector client a turn of `activity` is given, through the adapter as the server runs it. */
  async function clientOfTurn(adapter: ReturnType<typeof createTeamsAdapter>, serviceUrl: string) {
    let client: unknown;
    const activity = {
      type: 'message',
      id: 'm1',
      channelId: 'msteams',
      serviceUrl,
      from: { id: '29:u' },
      recipient: { id: '28:bot' },
      conversation: { id: 'a:c' },
      text: 'hi',
    } as Activity;
    // The path `adapter.process` takes once it has read the HTTP request (no token: local mode).
    const run = adapter as unknown as {
      processActivity(
        auth: string,
        activity: Activity,
        logic: (context: TurnContext) => Promise<void>,
      ): Promise<void>;
    };
    await run.processActivity('', activity, async (context) => {
      client = context.turnState.get(adapter.ConnectorClientKey);
    });
    return client as { baseUri?: string } | undefined;
  }

  test('are made once per service URL and used again by later turns, each turn with its own URL', async () => {
    const adapter = createTeamsAdapter(loadConfig({}), {
      logger: new RecordingLogger(),
      translator,
      defaultLocale: 'en',
    });
    const amer = await clientOfTurn(adapter, 'https://smba.trafficmanager.net/amer/');
    const again = await clientOfTurn(adapter, 'https://smba.trafficmanager.net/amer/');
    const emea = await clientOfTurn(adapter, 'https://smba.trafficmanager.net/emea/');
    expect(amer).toBeDefined();
    expect(again).toBe(amer);
    expect(emea).not.toBe(amer);
    expect(emea?.baseUri).toBe('https://smba.trafficmanager.net/emea/');
    expect(amer?.baseUri).toBe('https://smba.trafficmanager.net/amer/');
  });
});

describe('Teams identity', () => {
  const activity = {
    type: 'message',
    id: 'm1',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:x', name: 'Kim', aadObjectId: 'aad-kim' },
    recipient: { id: '28:bot', name: 'bot' },
    conversation: {
      id: '19:support@thread.tacv2;messageid=42',
      conversationType: 'channel',
      isGroup: true,
      name: '',
    },
    channelData: { channel: { id: '19:support@thread.tacv2' }, tenant: { id: 't' } },
  } as Activity;

  test('a requester carries the conversation reference a proactive message needs', () => {
    const requester = createTeamsIdentity().requester(activity, 'fr');
    expect(requester).toMatchObject({ channel: 'teams', userId: 'aad-kim', userName: 'Kim', locale: 'fr' });
    expect(requester.address).toEqual(TurnContext.getConversationReference(activity));
  });

  test('only messages in the configured support channel are support threads', () => {
    expect(
      createTeamsIdentity({ supportChannelId: '19:support@thread.tacv2' }).supportThread?.(activity),
    ).toBe('19:support@thread.tacv2;messageid=42');
    expect(
      createTeamsIdentity({ supportChannelId: '19:other@thread.tacv2' }).supportThread?.(activity),
    ).toBeUndefined();
    expect(createTeamsIdentity().supportThread?.(activity)).toBeUndefined();
  });
});
