import { describe, expect, it } from '@jest/globals';
import { recordServices, startBot } from '../fakes/cross-channel-bot.ts';
import { sendEvent } from '../fakes/slack-harness.ts';
import { loopbackOnly, translator } from '../fakes/teams-server.ts';

/**
 * After the bot answered a mention with a card in a channel thread, the one who asked replies in the
 * thread without mentioning it again. What is plainly for the bot (a verdict, a request for a person,
 * a platform) is answered; people talking among themselves in the thread are left alone.
 */
loopbackOnly();

const root = '1700000000.000001';

/**
 * A channel thread started by Sam's mention. In the fake Slack, Sam's client is Swedish and Ana's
 * English. `say` returns what the bot posted in the thread after that message, as JSON.
 */
async function threadStartedBySam(
  calls: ReturnType<typeof recordServices>,
  bot: Awaited<ReturnType<typeof startBot>>,
) {
  let ts = 10;
  const inThread = () => calls.slack.filter((c) => c.body.channel === 'C0HELP' && c.body.thread_ts === root);
  await sendEvent(bot.slackUrl, {
    type: 'app_mention',
    channel: 'C0HELP',
    user: 'U0SAM',
    text: '<@U0BOT> Device cap reached',
    ts: root,
  });
  await bot.settle();
  const say = async (user: string, text: string, type: 'message' | 'app_mention' = 'message') => {
    const before = inThread().length;
    await sendEvent(bot.slackUrl, {
      type,
      channel: 'C0HELP',
      ...(type === 'message' ? { channel_type: 'channel' } : {}),
      user,
      text,
      ts: `1700000000.0001${ts++}`,
      thread_ts: root,
    });
    await bot.settle();
    return inThread()
      .slice(before)
      .map((c) => JSON.stringify(c.body))
      .join(' ');
  };
  return { inThread, say };
}

describe('a channel thread after the card', () => {
  it('answers "didnt help" and "talk to a human" without a fresh mention, and not the chat around it', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      const { inThread, say } = await threadStartedBySam(calls, bot);
      expect(inThread().length).toBeGreaterThan(0);
      expect(await say('U0ANA', 'Bob, can you check the tenant settings first?')).toBe('');
      expect(await say('U0SAM', 'didnt help')).not.toBe('');
      expect(await bot.escalation.getCase('ENR-1001')).toBeUndefined();
      expect(await say('U0SAM', 'talk to a human please')).not.toBe('');
      expect((await bot.escalation.getCase('ENR-1001'))?.requester.userId).toBe('U0SAM');
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('answers each person in the thread in their language; the case keeps its requester’s', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      const { say } = await threadStartedBySam(calls, bot);
      // Ana's Slack is in English, but she writes in French.
      const ana = await say(
        'U0ANA',
        '<@U0BOT> bonjour, je voudrais parler à quelqu’un du support pour mon équipe',
        'app_mention',
      );
      expect(ana).toContain('ENR-1001');
      expect((await bot.escalation.getCase('ENR-1001'))?.requester).toMatchObject({
        userId: 'U0ANA',
        locale: 'fr',
      });
      // Sam, who wrote before her, is still answered in Swedish.
      const sam = await say('U0SAM', '<@U0BOT> hjälp', 'app_mention');
      expect(sam).toContain(translator.forLocale('sv')('common:help').slice(0, 20));
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });
});
