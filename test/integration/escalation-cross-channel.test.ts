import { describe, expect, it } from '@jest/globals';
import {
  type Call,
  mentionsBot,
  recordServices,
  slackCardTs,
  startBot,
  teamsAgent,
  teamsSupportChannel,
  teamsThread,
  teamsUser,
} from '../fakes/cross-channel-bot.ts';
import { buttonPayload, SUPPORT_CHANNEL, sendEvent, sendInteraction } from '../fakes/slack-harness.ts';
import { loopbackOnly } from '../fakes/teams-server.ts';

/**
 * The whole hand-over through the real server: a person on one platform asks for help, the support
 * team on the other platform gets the case, claims it, talks with the person through the bot,
 * resolves it, and the person's answer is recorded. nock stands in for the Slack Web API and the
 * Bot Connector; nothing else is faked.
 */
const text = (c: Call | undefined) => String(c?.body.text ?? '');
const json = (c: Call | undefined) => JSON.stringify(c?.body ?? {});

loopbackOnly();

describe('a Teams user is helped by the Slack support channel', () => {
  it('escalates, is claimed, talks both ways, is resolved and answers', async () => {
    const calls = recordServices();
    const bot = await startBot('slack');
    try {
      // The user presses "Talk to a person" in their Teams chat (French client).
      await bot.teamsSays({ ...teamsUser, value: { ieb: { type: 'escalate' } } });
      const toUser = () => calls.teams.filter((c) => c.path.includes('a:alex-chat'));
      expect(text(toUser()[0])).toMatch(/J’ai ouvert le dossier ENR-1001/);
      const card = calls.slack.find(
        (c) => c.method === 'chat.postMessage' && c.body.channel === SUPPORT_CHANNEL,
      );
      expect(json(card)).toContain('ENR-1001: enrollment help needed');
      expect(json(card)).toContain('Alex Wilber');
      expect(json(card)).toContain('ieb:case-claim:0');

      // While waiting Alex answers the checklist question the bot asked: the Slack card shows it in place.
      expect(toUser().map(json).join()).toContain('"type":"answer","question":"whereSeen"');
      await bot.teamsSays({
        ...teamsUser,
        value: { ieb: { type: 'answer', question: 'usersAffected', value: 'all' } },
      });
      await bot.settle();
      const detailed = calls.slack.filter((c) => c.method === 'chat.update').at(-1);
      expect(detailed?.body).toMatchObject({ channel: SUPPORT_CHANNEL, ts: slackCardTs });
      expect(json(detailed)).toContain('All users');
      calls.slack.splice(calls.slack.indexOf(detailed as (typeof calls.slack)[number]), 1);

      // Ana claims it in Slack: the card changes in place, Alex hears it in French.
      const claim = buttonPayload(
        { action_id: 'ieb:case-claim:0', value: JSON.stringify({ type: 'case-claim', caseId: 'ENR-1001' }) },
        { channel: SUPPORT_CHANNEL, messageTs: slackCardTs, user: 'U0ANA' },
      );
      expect((await sendInteraction(bot.slackUrl, claim)).status).toBe(200);
      await bot.settle();
      const update = calls.slack.find((c) => c.method === 'chat.update');
      expect(update?.body).toMatchObject({ channel: SUPPORT_CHANNEL, ts: slackCardTs });
      expect(json(update)).toContain('Claimed by Ana Lopez');
      expect(text(calls.slack.find((c) => c.method === 'response_url'))).toBe(
        'You have case ENR-1001. Reply in its thread to write to Alex Wilber.',
      );
      expect(text(toUser().at(-1))).toBe(
        'Ana Lopez de l’équipe de support a pris en charge le dossier ENR-1001. Écrivez ici et vos messages lui seront transmis.',
      );

      // Alex writes: it goes to the case thread, not to the engine.
      const before = toUser().length;
      await bot.teamsSays({ ...teamsUser, text: 'C’est un iPad supervisé' });
      expect(toUser()).toHaveLength(before);
      const inThread = calls.slack.filter((c) => c.body.thread_ts === slackCardTs);
      expect(text(inThread.at(-1))).toBe('*Alex Wilber (requester):* C’est un iPad supervisé');

      // Ana answers in the thread: Alex gets it, marked with her name.
      await sendEvent(bot.slackUrl, {
        type: 'message',
        channel: SUPPORT_CHANNEL,
        channel_type: 'channel',
        user: 'U0ANA',
        text: 'Which iPadOS version?',
        ts: '1700000000.000300',
        thread_ts: slackCardTs,
      });
      await bot.settle();
      expect(text(toUser().at(-1))).toBe('**Ana Lopez (support):** Which iPadOS version?');

      // Ana resolves; Alex is asked, says it is not solved; the case is open again in Slack.
      const resolve = buttonPayload(
        {
          action_id: 'ieb:case-resolve:1',
          value: JSON.stringify({ type: 'case-resolve', caseId: 'ENR-1001' }),
        },
        { channel: SUPPORT_CHANNEL, messageTs: slackCardTs, user: 'U0ANA' },
      );
      await sendInteraction(bot.slackUrl, resolve);
      await bot.settle();
      const ask = toUser().at(-1);
      expect(json(ask)).toContain('Ana Lopez a marqué le dossier ENR-1001 comme résolu');
      expect(json(ask)).toContain('"ieb":{"type":"case-satisfied","caseId":"ENR-1001","solved":false}');
      await bot.teamsSays({
        ...teamsUser,
        value: { ieb: { type: 'case-satisfied', caseId: 'ENR-1001', solved: false } },
      });
      expect(text(toUser().at(-1))).toMatch(/J’ai rouvert le dossier ENR-1001/);
      const stored = await bot.escalation.getCase('ENR-1001');
      expect(stored).toMatchObject({ status: 'open', satisfaction: { solved: false } });
      expect(json(calls.slack.filter((c) => c.method === 'chat.update').at(-1))).toContain(
        "Reopened: the user says it isn't solved",
      );
      expect(text(calls.slack.filter((c) => c.body.thread_ts === slackCardTs).at(-1))).toBe(
        'Alex Wilber says the problem is not solved. The case is open again.',
      );
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
      // Names and words stay in the case; the log has ids and codes.
      const logged = JSON.stringify(bot.logger.lines);
      for (const secret of ['Alex Wilber', 'Ana Lopez', 'iPad supervisé', 'iPadOS version']) {
        expect(logged).not.toContain(secret);
      }
    } finally {
      await bot.close();
    }
  });
});

describe('a Slack user is helped by the Teams support channel', () => {
  it('escalates, is claimed, talks both ways, is resolved and answers', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      // Sam presses "Talk to a person" in the app's DM (Swedish Slack client).
      const escalate = buttonPayload(
        { action_id: 'ieb:escalate:0', value: JSON.stringify({ type: 'escalate' }) },
        { channel: 'D0SAM', messageTs: '1700000000.000001', user: 'U0SAM' },
      );
      await sendInteraction(bot.slackUrl, escalate);
      await bot.settle();
      const toSam = () =>
        calls.slack.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'D0SAM');
      expect(text(toSam()[0])).toMatch(/Jag har öppnat ärende ENR-1001/);
      const card = calls.teams.find((c) => c.path === '/emea/v3/conversations');
      expect(card?.body).toMatchObject({
        isGroup: true,
        channelData: { channel: { id: teamsSupportChannel } },
      });
      expect(json(card)).toContain('Sam Berg');

      // Sam answers the checklist question asked after the hand-off: the Teams card is rewritten with it.
      const answer = buttonPayload(
        {
          action_id: 'ieb:answer:0',
          value: JSON.stringify({ type: 'answer', question: 'devicesAffected', value: 'one' }),
        },
        { channel: 'D0SAM', messageTs: '1700000000.000002', user: 'U0SAM' },
      );
      await sendInteraction(bot.slackUrl, answer);
      await bot.settle();
      const detailsPut = calls.teams.filter((c) => c.method === 'PUT').at(-1);
      expect(detailsPut?.path).toBe(`/emea/v3/conversations/${teamsThread}/activities/1700000000001`);
      expect(json(detailsPut)).toContain('One device');

      // Writing in the thread before claiming: Ana is told why it does not reach Sam.
      const samBefore = toSam().length;
      await bot.teamsSays({
        ...teamsAgent,
        ...mentionsBot,
        text: '<at>Enrollment Assistant</at> Looking at it',
      });
      const hint = calls.teams.filter((c) =>
        c.path.startsWith(`/emea/v3/conversations/${teamsThread}/activities/`),
      );
      expect(text(hint.at(-1))).toBe(
        "Case ENR-1001 isn't claimed yet: press Claim on the card, then what you write here reaches Sam Berg.",
      );
      expect(toSam()).toHaveLength(samBefore);

      // Ana claims it in Teams.
      await bot.teamsSays({ ...teamsAgent, value: { ieb: { type: 'case-claim', caseId: 'ENR-1001' } } });
      const put = calls.teams.filter((c) => c.method === 'PUT').at(-1);
      expect(put?.path).toBe(`/emea/v3/conversations/${teamsThread}/activities/1700000000001`);
      expect(json(put)).toContain('Claimed by Ana Lopez');
      expect(text(toSam().at(-1))).toBe(
        'Ana Lopez i supportteamet har tagit ärende ENR-1001. Skriv här så går dina meddelanden till hen.',
      );

      // Sam writes in the DM: it lands in the Teams thread.
      await sendEvent(bot.slackUrl, {
        type: 'message',
        channel: 'D0SAM',
        channel_type: 'im',
        user: 'U0SAM',
        text: 'Det är en iPhone 15',
        ts: '1700000000.000400',
      });
      await bot.settle();
      const threadPosts = calls.teams.filter(
        (c) => c.method === 'POST' && c.path === `/emea/v3/conversations/${teamsThread}/activities`,
      );
      expect(text(threadPosts.at(-1))).toBe('**Sam Berg (requester):** Det är en iPhone 15');

      // Ana answers in the thread (mentioning the bot): Sam gets it, marked with her name.
      await bot.teamsSays({
        ...teamsAgent,
        ...mentionsBot,
        text: '<at>Enrollment Assistant</at> Is it supervised?',
      });
      expect(text(toSam().at(-1))).toBe('*Ana Lopez (support):* Is it supervised?');

      // Ana resolves; Sam says it is solved; the answer is recorded and shown on the card.
      await bot.teamsSays({ ...teamsAgent, value: { ieb: { type: 'case-resolve', caseId: 'ENR-1001' } } });
      expect(json(toSam().at(-1))).toContain('ieb:case-satisfied:0');
      const yes = buttonPayload(
        {
          action_id: 'ieb:case-satisfied:0',
          value: JSON.stringify({ type: 'case-satisfied', caseId: 'ENR-1001', solved: true }),
        },
        { channel: 'D0SAM', messageTs: '1700000000.000500', user: 'U0SAM' },
      );
      await sendInteraction(bot.slackUrl, yes);
      await bot.settle();
      expect(text(toSam().at(-1))).toBe('Vad bra att det fungerar. Tack för att du meddelade oss.');
      expect(await bot.escalation.getCase('ENR-1001')).toMatchObject({
        status: 'resolved',
        satisfaction: { solved: true },
        assignee: { channel: 'teams', userName: 'Ana Lopez' },
      });
      expect(json(calls.teams.filter((c) => c.method === 'PUT').at(-1))).toContain('Solved');

      // A stale button (a case that does not exist) gets a polite answer, not a crash.
      await bot.teamsSays({ ...teamsAgent, value: { ieb: { type: 'case-claim', caseId: 'ENR-4242' } } });
      const last = calls.teams
        .filter((c) => c.path.startsWith(`/emea/v3/conversations/${teamsThread}/activities/`))
        .at(-1);
      expect(text(last)).toMatch(/can't find case ENR-4242/);
      expect(bot.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    } finally {
      await bot.close();
    }
  });
});
