import { describe, expect, it } from '@jest/globals';
import { type Call, recordServices, slackCardTs, startBot, teamsUser } from '../fakes/cross-channel-bot.ts';
import { buttonPayload, SUPPORT_CHANNEL, sendEvent, sendInteraction } from '../fakes/slack-harness.ts';
import { loopbackOnly } from '../fakes/teams-server.ts';

/**
 * A user who corrects a mistyped error code by editing the message gets the answer to the corrected
 * text, in both channels. Only an edit of the user's latest message that changes its text counts: an
 * older message, the same text, the bot's own edit and a deletion change nothing and leave a debug line.
 */
const json = (c: Call | undefined) => JSON.stringify(c?.body ?? {});
const wrong = 'Enrollment failed with 0x80C00000';
const corrected = 'MDM enrollment failed: 0x80CF0437';
const ignoredReasons = (lines: { msg: string; fields?: Record<string, unknown> | undefined }[]) =>
  lines.filter((l) => l.msg === 'turn.message-change-ignored').map((l) => l.fields?.reason);

loopbackOnly();

describe('an edited message', () => {
  it('Teams: the edit of the latest message is answered; other changes are not', async () => {
    const calls = recordServices();
    const bot = await startBot('slack');
    try {
      const toUser = () => calls.teams.filter((c) => c.path.includes('a:alex-chat'));
      const edit = (id: string, text: string) =>
        bot.teamsSays({
          ...teamsUser,
          type: 'messageUpdate',
          id,
          text,
          channelData: { ...teamsUser.channelData, eventType: 'editMessage' },
        });
      await bot.teamsSays({ ...teamsUser, id: 'msg-1', text: wrong });
      const first = toUser().length;
      expect(toUser().map(json).join()).not.toContain('0x80CF0437');

      await edit('msg-1', corrected);
      expect(toUser().length).toBeGreaterThan(first);
      expect(toUser().slice(first).map(json).join()).toContain('0x80CF0437');

      // The same text again (Teams re-sends an edit), an older message, a deletion: nothing is said.
      const answered = toUser().length;
      await edit('msg-1', corrected);
      await bot.teamsSays({ ...teamsUser, id: 'msg-2', text: 'Is there a log file for this?' });
      const afterSecond = toUser().length;
      await edit('msg-1', 'Enrollment failed with 0x80180026');
      await bot.teamsSays({
        ...teamsUser,
        type: 'messageDelete',
        id: 'msg-2',
        channelData: { ...teamsUser.channelData, eventType: 'softDeleteMessage' },
      });
      expect(toUser()).toHaveLength(afterSecond);
      expect(afterSecond).toBeGreaterThan(answered);
      expect(ignoredReasons(bot.logger.lines)).toEqual(['unchanged', 'not-latest', 'deleted']);
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('Slack: the edit of the latest DM message is answered; other changes are not', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      const toSam = () =>
        calls.slack.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'D0SAM');
      const dm = { channel: 'D0SAM', channel_type: 'im' };
      const say = async (ts: string, text: string) => {
        await sendEvent(bot.slackUrl, { type: 'message', ...dm, user: 'U0SAM', text, ts });
        await bot.settle();
      };
      const changed = async (message: Record<string, unknown>, subtype = 'message_changed') => {
        const key = subtype === 'message_changed' ? 'message' : 'previous_message';
        await sendEvent(bot.slackUrl, {
          type: 'message',
          subtype,
          hidden: true,
          ...dm,
          ts: '1700000009.000000',
          [key]: { type: 'message', ...message },
        });
        await bot.settle();
      };
      await say('1700000001.000100', wrong);
      const first = toSam().length;
      expect(toSam().map(json).join()).not.toContain('0x80CF0437');

      await changed({ user: 'U0SAM', text: corrected, ts: '1700000001.000100', edited: { user: 'U0SAM' } });
      expect(toSam().length).toBeGreaterThan(first);
      expect(toSam().slice(first).map(json).join()).toContain('0x80CF0437');

      // A link preview (same text), the bot rewriting its own card, an older message, a deletion: silence.
      await changed({ user: 'U0SAM', text: corrected, ts: '1700000001.000100' });
      await changed({ user: 'U0BOT', bot_id: 'B0BOT', text: 'Answered', ts: '1700000001.000200' });
      await say('1700000002.000100', 'Is there a log file for this?');
      const afterSecond = toSam().length;
      await changed({ user: 'U0SAM', text: 'Enrollment failed with 0x80180026', ts: '1700000001.000100' });
      await changed(
        { user: 'U0SAM', text: 'Is there a log file for this?', ts: '1700000002.000100' },
        'message_deleted',
      );
      expect(toSam()).toHaveLength(afterSecond);
      expect(ignoredReasons(bot.logger.lines)).toEqual(['unchanged', 'by-bot', 'not-latest', 'deleted']);
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('Slack: a corrected mention in a channel thread is answered in that thread', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      const root = '1700000003.000100';
      const inThread = () =>
        calls.slack.filter((c) => c.body.channel === 'C0HELP' && c.body.thread_ts === root);
      await sendEvent(bot.slackUrl, {
        type: 'app_mention',
        channel: 'C0HELP',
        user: 'U0SAM',
        text: `<@U0BOT> ${wrong}`,
        ts: root,
      });
      await bot.settle();
      const first = inThread().length;
      expect(first).toBeGreaterThan(0);
      await sendEvent(bot.slackUrl, {
        type: 'message',
        subtype: 'message_changed',
        hidden: true,
        channel: 'C0HELP',
        channel_type: 'channel',
        ts: '1700000009.000000',
        message: { type: 'message', user: 'U0SAM', text: `<@U0BOT> ${corrected}`, ts: root, thread_ts: root },
      });
      await bot.settle();
      expect(inThread().slice(first).map(json).join()).toContain('0x80CF0437');
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('Teams: while a person has the case, an edit of a message older than the last relayed one is not answered', async () => {
    const calls = recordServices();
    const bot = await startBot('slack');
    try {
      await bot.teamsSays({ ...teamsUser, id: 'msg-1', text: wrong });
      await bot.teamsSays({ ...teamsUser, value: { ieb: { type: 'escalate' } } });
      await sendInteraction(
        bot.slackUrl,
        buttonPayload(
          {
            action_id: 'ieb:case-claim:0',
            value: JSON.stringify({ type: 'case-claim', caseId: 'ENR-1001' }),
          },
          { channel: SUPPORT_CHANNEL, messageTs: slackCardTs, user: 'U0ANA' },
        ),
      );
      await bot.settle();
      await bot.teamsSays({ ...teamsUser, id: 'msg-2', text: 'It is a supervised iPad' });
      const relayed = () => calls.slack.filter((c) => c.body.thread_ts === slackCardTs).length;
      const before = { user: calls.teams.length, thread: relayed() };
      await bot.teamsSays({
        ...teamsUser,
        type: 'messageUpdate',
        id: 'msg-1',
        text: corrected,
        channelData: { ...teamsUser.channelData, eventType: 'editMessage' },
      });
      await bot.settle();
      expect({ user: calls.teams.length, thread: relayed() }).toEqual(before);
      expect(ignoredReasons(bot.logger.lines)).toEqual(['not-latest']);
    } finally {
      await bot.close();
    }
  });

  it('Teams: an edit in a group chat or a channel is let go with a debug line saying why', async () => {
    const calls = recordServices();
    const bot = await startBot('slack');
    try {
      for (const conversationType of ['groupChat', 'channel']) {
        await bot.teamsSays({
          ...teamsUser,
          type: 'messageUpdate',
          id: `msg-${conversationType}`,
          text: corrected,
          conversation: { id: `19:${conversationType}@thread.v2`, isGroup: true, conversationType },
          channelData: { ...teamsUser.channelData, eventType: 'editMessage' },
        });
      }
      await bot.settle();
      expect(calls.teams).toEqual([]);
      const dropped = bot.logger.lines.filter((l) => l.msg === 'turn.message-change-ignored');
      expect(dropped.map((l) => [l.level, l.fields?.reason, l.fields?.conversationId])).toEqual([
        ['debug', 'not-personal', '19:groupChat@thread.v2'],
        ['debug', 'not-personal', '19:channel@thread.v2'],
      ]);
      // The same fields as the other dropped-edit lines: ids, never the text.
      expect(Object.keys(dropped[0]?.fields ?? {}).sort()).toEqual([
        'activityId',
        'channelId',
        'conversationId',
        'reason',
      ]);
    } finally {
      await bot.close();
    }
  });
});
