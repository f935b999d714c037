import { describe, expect, it } from '@jest/globals';
import type { webApi } from '@slack/bolt';
import { createUserDirectory } from '../../../src/slack/user-directory.ts';
import { RecordingLogger } from '../../fakes/teams-test-bot.ts';

/** A users.info stand-in: answers with the given locale after `delayMs`, counting calls. */
function fakeClient(locale: string | Error, delayMs = 0) {
  const calls: unknown[] = [];
  const client = {
    users: {
      async info(args: unknown) {
        calls.push(args);
        await new Promise((r) => setTimeout(r, delayMs));
        if (locale instanceof Error)
          throw Object.assign(locale, {
            code: 'slack_webapi_platform_error',
            data: { error: 'user_not_found' },
          });
        return {
          ok: true,
          user: { id: 'U1', name: 'alex', real_name: 'Alex Admin', locale, profile: { display_name: '' } },
        };
      },
    },
  } as unknown as webApi.WebClient;
  return { client, calls };
}

describe('user directory', () => {
  it('maps the Slack locale and asks Slack once per user', async () => {
    const users = createUserDirectory(new RecordingLogger());
    const { client, calls } = fakeClient('zh-CN');
    expect(await users.lookup(client, 'T', 'U1')).toEqual({ locale: 'zh-CN', name: 'Alex Admin' });
    await users.lookup(client, 'T', 'U1');
    expect(calls).toEqual([{ user: 'U1', include_locale: true }]);
  });

  it('leaves the language open for a locale the bot does not speak', async () => {
    const users = createUserDirectory(new RecordingLogger());
    expect((await users.lookup(fakeClient('zh-TW').client, 'T', 'U1')).locale).toBeUndefined();
  });

  it('gives up waiting after the budget (the modal must open) but keeps the answer for next time', async () => {
    const users = createUserDirectory(new RecordingLogger());
    const { client, calls } = fakeClient('sv-SE', 200);
    expect(await users.lookup(client, 'T', 'U1', 20)).toEqual({ name: 'U1' });
    await new Promise((r) => setTimeout(r, 250));
    expect(await users.lookup(client, 'T', 'U1', 20)).toEqual({ locale: 'sv', name: 'Alex Admin' });
    expect(calls).toHaveLength(1);
  });

  it('logs a users.info failure with its code and carries on', async () => {
    const logger = new RecordingLogger();
    const users = createUserDirectory(logger);
    expect(await users.lookup(fakeClient(new Error('nope')).client, 'T', 'U1')).toEqual({ name: 'U1' });
    expect(logger.lines[0]).toMatchObject({
      msg: 'slack.users-info-failed',
      fields: { code: 'user_not_found' },
    });
  });
});
