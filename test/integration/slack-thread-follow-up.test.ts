import { describe, expect, it } from '@jest/globals';
import { recordServices, startBot } from '../fakes/cross-channel-bot.ts';
import { sendEvent } from '../fakes/slack-harness.ts';
import { loopbackOnly } from '../fakes/teams-server.ts';

/**
 * After the bot answered a mention with a card in a channel thread, the one who asked replies in the
 * thread without mentioning it again. What is plainly for the bot (a verdict, a request for a person,
 * a platform) is answered; people talking among themselves in the thread are left alone.
 */
loopbackOnly();

describe('a channel thread after the card', () => {
  it('answers "didnt help" and "talk to a human" without a fresh mention, and not the chat around it', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      const root = '1700000000.000001';
      let ts = 10;
      const inThread = () =>
        calls.slack.filter((c) => c.body.channel === 'C0HELP' && c.body.thread_ts === root);
      await sendEvent(bot.slackUrl, {
        type: 'app_mention',
        channel: 'C0HELP',
        user: 'U0SAM',
        text: '<@U0BOT> Device cap reached',
        ts: root,
      });
      await bot.settle();
      const say = async (user: string, text: string) => {
        const before = inThread().length;
        await sendEvent(bot.slackUrl, {
          type: 'message',
          channel: 'C0HELP',
          channel_type: 'channel',
          user,
          text,
          ts: `1700000000.0001${ts++}`,
          thread_ts: root,
        });
        await bot.settle();
        return inThread().length - before;
      };
      expect(inThread().length).toBeGreaterThan(0);
      expect(await say('U0ANA', 'Bob, can you check the tenant settings first?')).toBe(0);
      expect(await say('U0SAM', 'didnt help')).toBeGreaterThan(0);
      expect(await bot.escalation.getCase('ENR-1001')).toBeUndefined();
      expect(await say('U0SAM', 'talk to a human please')).toBeGreaterThan(0);
      expect((await bot.escalation.getCase('ENR-1001'))?.requester.userId).toBe('U0SAM');
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });
});
