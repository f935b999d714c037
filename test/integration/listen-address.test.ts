import { jest } from '@jest/globals';
import { type BotProcess, startBotProcess } from '../fakes/bot-process.ts';

jest.setTimeout(90_000);

/** The address the running server bound, as its start-up log reports it from the socket. */
async function boundAddress(env: Record<string, string>): Promise<unknown> {
  let bot: BotProcess | undefined;
  try {
    bot = await startBotProcess({ STORAGE_PATH: ':memory:', OCR_WORKERS: '0', ...env });
    return bot.lines.find((l) => l.msg === 'listening')?.address;
  } finally {
    await bot?.stop();
  }
}

const credentials = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-000000000002',
};

describe('which network interfaces the bot listens on', () => {
  test('local mode (no app id: nothing authenticated) listens on loopback only, an empty HOST included', async () => {
    expect(await boundAddress({ HOST: '' })).toBe('127.0.0.1');
  });

  test('with Teams credentials it listens on every interface, as a deployment behind a public host needs', async () => {
    expect(['::', '0.0.0.0']).toContain(await boundAddress(credentials));
  });
});
