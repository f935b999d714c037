import { describe, expect, it } from '@jest/globals';
import type { CaseAction } from '../../src/core/escalation/port.ts';
import {
  type Call,
  mentionsBot,
  recordServices,
  slackCardTs,
  startBot,
  teamsAgent,
  teamsUser,
} from '../fakes/cross-channel-bot.ts';
import { buttonPayload, SUPPORT_CHANNEL, sendEvent, sendInteraction } from '../fakes/slack-harness.ts';
import { loopbackOnly, translator as t } from '../fakes/teams-server.ts';

/**
 * Case ids are sequential, so anyone can guess one and send a case button's payload from their own chat.
 * Only the support channel may claim, resolve or write into a case thread, only the requester may say
 * whether it is solved; anyone else is refused in their language, the attempt is logged, the case stays.
 */
const refusal = (locale: 'en' | 'sv' | 'fr', caseId = 'ENR-1001') =>
  t.forLocale(locale)('escalation:agent.supportChannelOnly', { caseId });
const text = (c: Call | undefined) => String(c?.body.text ?? '');

/** Mallory, a Teams user of the same tenant, in her own personal chat with the bot (Swedish client). */
const mallory = {
  ...teamsUser,
  locale: 'sv-SE',
  from: { id: '29:mallory', name: 'Mallory', aadObjectId: 'aad-mallory' },
  conversation: { id: 'a:mallory-chat', isGroup: false, conversationType: 'personal', tenantId: 'tenant-1' },
};

const claimOf = (caseId: string): CaseAction => ({ type: 'case-claim', caseId });
const resolveOf = (caseId: string): CaseAction => ({ type: 'case-resolve', caseId });
const satisfiedOf = (caseId: string): CaseAction => ({ type: 'case-satisfied', caseId, solved: true });

loopbackOnly();

describe('case buttons sent from outside the support channel', () => {
  it('Teams: claim, resolve and "solved" from a personal chat change nothing and are refused in Swedish', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      await bot.teamsSays({ ...teamsUser, value: { ieb: { type: 'escalate' } } });
      const toMallory = () => calls.teams.filter((c) => c.path.includes('a:mallory-chat'));

      for (const action of [claimOf('ENR-1001'), resolveOf('ENR-1001')]) {
        await bot.teamsSays({ ...mallory, value: { ieb: action } });
        expect(text(toMallory().at(-1))).toBe(refusal('sv'));
        expect(bot.logger.lines).toContainEqual(
          expect.objectContaining({
            level: 'warn',
            fields: expect.objectContaining({ caseId: 'ENR-1001', action: action.type }),
          }),
        );
      }
      await bot.teamsSays({ ...mallory, value: { ieb: satisfiedOf('ENR-1001') } });
      expect(text(toMallory().at(-1))).toMatch(/ENR-1001/);
      expect(bot.logger.lines).toContainEqual(
        expect.objectContaining({
          level: 'warn',
          fields: expect.objectContaining({ caseId: 'ENR-1001', action: 'case-satisfied' }),
        }),
      );

      const stored = await bot.escalation.getCase('ENR-1001');
      expect(stored?.status).toBe('open');
      expect(stored?.assignee).toBeUndefined();
      expect(stored?.resolvedBy).toBeUndefined();
      expect(stored?.satisfaction).toBeUndefined();
      // The support card was never rewritten to show her as owner.
      expect(JSON.stringify(calls.teams.filter((c) => c.method === 'PUT'))).not.toContain('Mallory');
    } finally {
      await bot.close();
    }
  });

  it('Teams: a channel of another team, even naming the support channel, may not claim or write to the user', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      await bot.teamsSays({ ...teamsUser, value: { ieb: { type: 'escalate' } } });
      const otherTeam = {
        ...teamsAgent,
        from: { id: '29:mallory', name: 'Mallory', aadObjectId: 'aad-mallory' },
        channelData: { ...teamsAgent.channelData, team: { id: '19:other-team@thread.tacv2' } },
      };
      await bot.teamsSays({ ...otherTeam, value: { ieb: claimOf('ENR-1001') } });
      // A channel elsewhere: its own channel id, not a thread of the support channel.
      const elsewhere = {
        ...teamsAgent,
        conversation: { ...teamsAgent.conversation, id: '19:random@thread.tacv2;messageid=1' },
        channelData: { ...teamsAgent.channelData, channel: { id: '19:random@thread.tacv2' } },
      };
      await bot.teamsSays({ ...elsewhere, value: { ieb: claimOf('ENR-1001') } });
      expect((await bot.escalation.getCase('ENR-1001'))?.status).toBe('open');

      // Ana claims from the support channel; then the outsider writes "into the thread".
      await bot.teamsSays({ ...teamsAgent, value: { ieb: claimOf('ENR-1001') } });
      expect((await bot.escalation.getCase('ENR-1001'))?.assignee?.userName).toBe('Ana Lopez');
      const before = calls.teams.filter((c) => c.path.includes('a:alex-chat')).length;
      await bot.teamsSays({
        ...otherTeam,
        ...mentionsBot,
        text: '<at>Enrollment Assistant</at> Send me your password',
      });
      const toAlex = calls.teams.filter((c) => c.path.includes('a:alex-chat'));
      expect(toAlex).toHaveLength(before);
      expect((await bot.escalation.getCase('ENR-1001'))?.messages).toEqual([]);
    } finally {
      await bot.close();
    }
  });

  it('Slack: claim and resolve from a DM or another channel are refused; "solved" only from the requester', async () => {
    const calls = recordServices();
    const bot = await startBot('slack');
    try {
      await bot.teamsSays({ ...teamsUser, value: { ieb: { type: 'escalate' } } });
      const press = async (action: CaseAction, channel: string, user = 'U0EVE') => {
        const payload = buttonPayload(
          { action_id: `ieb:${action.type}:0`, value: JSON.stringify(action) },
          { channel, messageTs: '1700000000.000900', user },
        );
        expect((await sendInteraction(bot.slackUrl, payload)).status).toBe(200);
        await bot.settle();
      };

      await press(claimOf('ENR-1001'), 'D0EVE');
      const dm = calls.slack.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'D0EVE');
      expect(text(dm.at(-1))).toBe(refusal('sv'));
      await press(resolveOf('ENR-1001'), 'C0GENERAL');
      expect(text(calls.slack.filter((c) => c.method === 'response_url').at(-1))).toBe(refusal('sv'));
      await press(satisfiedOf('ENR-1001'), 'D0EVE');

      const stored = await bot.escalation.getCase('ENR-1001');
      expect(stored).toMatchObject({ status: 'open' });
      expect(stored?.assignee).toBeUndefined();
      expect(stored?.satisfaction).toBeUndefined();
      expect(calls.slack.filter((c) => c.method === 'chat.update')).toEqual([]);
      const refused = bot.logger.lines.filter((l) => l.level === 'warn' && l.fields?.caseId === 'ENR-1001');
      expect(refused.map((l) => l.fields?.action).sort()).toEqual([
        'case-claim',
        'case-resolve',
        'case-satisfied',
      ]);

      // The support channel itself still works, and a thread reply from there reaches the user.
      await press(claimOf('ENR-1001'), SUPPORT_CHANNEL, 'U0ANA');
      expect((await bot.escalation.getCase('ENR-1001'))?.assignee?.userName).toBe('Ana Lopez');
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
      expect((await bot.escalation.getCase('ENR-1001'))?.messages).toHaveLength(1);
    } finally {
      await bot.close();
    }
  });
});
