import { describe, expect, it } from '@jest/globals';
import {
  type Call,
  recordServices,
  slackCardTs,
  startBot,
  teamsAgent,
  teamsThread,
  teamsUser,
} from '../fakes/cross-channel-bot.ts';
import { buttonPayload, SUPPORT_CHANNEL, sendEvent, sendInteraction } from '../fakes/slack-harness.ts';
import { loopbackOnly } from '../fakes/teams-server.ts';

/**
 * "This fixed it" pressed after the conversation was handed to a person closes the case as solved by
 * the requester: the support channel's card and thread show it, so nobody keeps working on it. Pressed
 * by someone else in a shared thread, it changes nothing on the case.
 */
const json = (c: Call | undefined) => JSON.stringify(c?.body ?? {});
const fixed = (entryId: string) => ({ type: 'feedback', entryId, verdict: 'fixed' });

loopbackOnly();

describe('"This fixed it" after the hand-off', () => {
  it('Teams: the requester closes the case; the Slack card and thread say so', async () => {
    const calls = recordServices();
    const bot = await startBot('slack');
    try {
      await bot.teamsSays({ ...teamsUser, text: 'MDM enrollment failed: 0x80CF0437' });
      await bot.teamsSays({ ...teamsUser, value: { ieb: { type: 'escalate' } } });
      const opened = await bot.escalation.getCase('ENR-1001');
      const entryId = opened?.shown[0]?.entryId ?? '';
      expect(entryId).not.toBe('');
      expect(opened?.status).toBe('open');

      await bot.teamsSays({ ...teamsUser, value: { ieb: fixed(entryId) } });
      await bot.settle();
      expect(await bot.escalation.getCase('ENR-1001')).toMatchObject({
        status: 'resolved',
        solvedByRequester: true,
        satisfaction: { solved: true },
        resolvedBy: { channel: 'teams', userId: 'aad-alex' },
      });
      // The card loses its buttons and says who closed it; the thread gets a note.
      const update = calls.slack.filter((c) => c.method === 'chat.update').at(-1);
      expect(update?.body).toMatchObject({ channel: SUPPORT_CHANNEL, ts: slackCardTs });
      expect(json(update)).toContain('Closed: Alex Wilber says it is solved');
      expect(json(update)).not.toContain('ieb:case-claim');
      const note = calls.slack.filter((c) => c.body.thread_ts === slackCardTs).at(-1);
      expect(json(note)).toContain('Alex Wilber says the problem is solved');
      // The user hears that the team was told (French client).
      const toUser = calls.teams.filter((c) => c.path.includes('a:alex-chat'));
      expect(toUser.map(json).join()).toContain('ENR-1001');
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('Slack: in a channel thread only the requester closes the case; the Teams card shows it', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      const thread = '1700000000.000010';
      await sendEvent(bot.slackUrl, {
        type: 'app_mention',
        channel: 'C0HELP',
        user: 'U0SAM',
        text: '<@U0BOT> MDM enrollment failed: 0x80CF0437',
        ts: thread,
      });
      await bot.settle();
      const press = (payload: object, user: string, ts: string) =>
        sendInteraction(
          bot.slackUrl,
          buttonPayload(
            { action_id: 'ieb:x:0', value: JSON.stringify(payload) },
            { channel: 'C0HELP', messageTs: ts, threadTs: thread, user },
          ),
        );
      await press({ type: 'escalate' }, 'U0SAM', '1700000000.000011');
      await bot.settle();
      const opened = await bot.escalation.getCase('ENR-1001');
      const entryId = opened?.shown[0]?.entryId ?? '';
      expect(entryId).not.toBe('');

      // Ana, in the same thread, presses the button: the case stays open, Sam's conversation stays
      // handed off, and only Ana hears why (ephemeral, through the button's response_url).
      const before = calls.slack.length;
      await press(fixed(entryId), 'U0ANA', '1700000000.000012');
      await bot.settle();
      expect((await bot.escalation.getCase('ENR-1001'))?.status).toBe('open');
      const toAna = calls.slack.slice(before);
      expect(toAna.map((c) => c.method)).toEqual(['response_url']);
      expect(toAna[0]?.body).toMatchObject({ response_type: 'ephemeral' });
      // Sam's next message in the thread still reaches the conversation (it would be ignored once idle).
      const heard = calls.slack.length;
      await sendEvent(bot.slackUrl, {
        type: 'message',
        channel: 'C0HELP',
        channel_type: 'channel',
        user: 'U0SAM',
        text: 'is anyone looking at this?',
        ts: '1700000000.000013',
        thread_ts: thread,
      });
      await bot.settle();
      expect(calls.slack.length).toBeGreaterThan(heard);

      await press(fixed(entryId), 'U0SAM', '1700000000.000012');
      await bot.settle();
      expect(await bot.escalation.getCase('ENR-1001')).toMatchObject({
        status: 'resolved',
        solvedByRequester: true,
        resolvedBy: { channel: 'slack', userId: 'U0SAM' },
      });
      const put = calls.teams.filter((c) => c.method === 'PUT').at(-1);
      expect(put?.path).toBe(`/emea/v3/conversations/${teamsThread}/activities/1700000000001`);
      expect(json(put)).toContain('Closed: Sam Berg says it is solved');
      const threadPosts = calls.teams.filter(
        (c) => c.method === 'POST' && c.path === `/emea/v3/conversations/${teamsThread}/activities`,
      );
      expect(json(threadPosts.at(-1))).toContain('Sam Berg says the problem is solved');
    } finally {
      await bot.close();
    }
  });

  it('Teams: the requester typing "ça marche maintenant" closes the case like the button', async () => {
    const calls = recordServices();
    const bot = await startBot('slack');
    try {
      await bot.teamsSays({ ...teamsUser, text: 'MDM enrollment failed: 0x80CF0437' });
      await bot.teamsSays({ ...teamsUser, value: { ieb: { type: 'escalate' } } });
      expect((await bot.escalation.getCase('ENR-1001'))?.status).toBe('open');

      await bot.teamsSays({ ...teamsUser, text: 'ça marche maintenant, merci' });
      await bot.settle();
      expect(await bot.escalation.getCase('ENR-1001')).toMatchObject({
        status: 'resolved',
        solvedByRequester: true,
        resolvedBy: { channel: 'teams', userId: 'aad-alex' },
      });
      const update = calls.slack.filter((c) => c.method === 'chat.update').at(-1);
      expect(update?.body).toMatchObject({ channel: SUPPORT_CHANNEL, ts: slackCardTs });
      expect(json(update)).not.toContain('ieb:case-claim');
      expect(calls.slack.some((c) => c.body.thread_ts === slackCardTs)).toBe(true);
      // Not searched for as an error: the user hears the case is closed.
      const toUser = calls.teams.filter((c) => c.path.includes('a:alex-chat'));
      expect(json(toUser.at(-1))).toContain('ENR-1001');
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('Slack: typed "det fungerar nu" while an agent has the case is relayed and closes it', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      const dm = { channel: 'D0SAM', channel_type: 'im', user: 'U0SAM' };
      await sendEvent(bot.slackUrl, {
        type: 'message',
        ...dm,
        text: 'MDM enrollment failed: 0x80CF0437',
        ts: '1700000001.000001',
      });
      await bot.settle();
      await sendEvent(bot.slackUrl, {
        type: 'message',
        ...dm,
        text: 'talk to a human please',
        ts: '1700000001.000002',
      });
      await bot.settle();
      await bot.teamsSays({ ...teamsAgent, value: { ieb: { type: 'case-claim', caseId: 'ENR-1001' } } });
      expect((await bot.escalation.getCase('ENR-1001'))?.status).toBe('claimed');

      await sendEvent(bot.slackUrl, {
        type: 'message',
        ...dm,
        text: 'det fungerar nu, tack!',
        ts: '1700000001.000003',
      });
      await bot.settle();
      const closed = await bot.escalation.getCase('ENR-1001');
      expect(closed).toMatchObject({ status: 'resolved', solvedByRequester: true });
      // The agent read the words too, in the case thread.
      expect(closed?.messages.map((m) => m.text)).toContain('det fungerar nu, tack!');
      const put = calls.teams.filter((c) => c.method === 'PUT').at(-1);
      expect(json(put)).not.toContain('case-resolve');
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });
});
