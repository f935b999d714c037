import { describe, expect, it } from '@jest/globals';
import {
  type Call,
  recordServices,
  slackCardTs,
  startBot,
  teamsAgent,
  teamsUser,
} from '../fakes/cross-channel-bot.ts';
import { buttonPayload, SUPPORT_CHANNEL, sendInteraction } from '../fakes/slack-harness.ts';
import { loopbackOnly } from '../fakes/teams-server.ts';

/**
 * What a requester writes reaches the support team's channel, and the support team trusts what the bot
 * posts there. A display name and a message built as markup must arrive as the words they are: no link
 * under a made-up label, no picture loaded from elsewhere, no line dressed up as the card's own status.
 */
const mallory = {
  ...teamsUser,
  locale: 'en-US',
  from: { id: '29:alex', name: 'Alex <img src="https://evil.example/p.png">', aadObjectId: 'aad-alex' },
};
const phishing =
  'still failing <a href="https://evil.example/login">Intune admin center</a>\n*Claimed by Ana Lopez* @here';

const textOf = (c: Call) => String(c.body.text ?? '');
/** An HTML tag or a Slack link/mention as written: `<a`, `<img`, `<!here>`, `<https://…>`. */
const rawMarkup = /<\s*[a-z!@#/]/i;

loopbackOnly();

describe('markup written by a requester, relayed to the support team', () => {
  it('Teams: the thread line shows the tags as text, nothing Teams would turn into a link or a picture', async () => {
    const calls = recordServices();
    const bot = await startBot('teams');
    try {
      await bot.teamsSays({ ...mallory, value: { ieb: { type: 'escalate' } } });
      await bot.teamsSays({ ...teamsAgent, value: { ieb: { type: 'case-claim', caseId: 'ENR-1001' } } });
      await bot.teamsSays({ ...mallory, text: phishing });

      const toSupport = calls.teams.filter((c) => c.path.includes('19:support') && c.body.text);
      const line = toSupport.find((c) => textOf(c).includes('still failing'));
      expect(line).toBeDefined();
      // Every message the team gets as text, the "you have the case, write to …" note included.
      for (const c of toSupport) expect(textOf(c)).not.toMatch(rawMarkup);
      expect(textOf(line as Call)).toContain('Intune admin center');
      expect(textOf(line as Call).replaceAll('\u2060', '')).toContain('evil.example/login');
    } finally {
      await bot.close();
    }
  });

  it('Slack: the case card and the thread line keep the words but neither formatting nor a mention', async () => {
    const calls = recordServices();
    const bot = await startBot('slack');
    try {
      await bot.teamsSays({ ...mallory, value: { ieb: { type: 'escalate' } } });
      const claim = buttonPayload(
        { action_id: 'ieb:case-claim:0', value: JSON.stringify({ type: 'case-claim', caseId: 'ENR-1001' }) },
        { channel: SUPPORT_CHANNEL, messageTs: slackCardTs, user: 'U0ANA' },
      );
      expect((await sendInteraction(bot.slackUrl, claim)).status).toBe(200);
      await bot.settle();
      await bot.teamsSays({ ...mallory, text: phishing });
      await bot.settle();

      const line = calls.slack.find(
        (c) => c.body.thread_ts === slackCardTs && textOf(c).includes('still failing'),
      );
      expect(line).toBeDefined();
      const blocks = JSON.stringify(line?.body.blocks);
      expect(blocks).toContain('Claimed by Ana Lopez');
      // A fake status line in bold, and a broadcast typed as text, stay plain words.
      expect(blocks).not.toContain('*Claimed by Ana Lopez*');
      expect(blocks).not.toMatch(/(^|[^\u2060])@here/);
      for (const c of calls.slack) expect(JSON.stringify(c.body)).not.toMatch(rawMarkup);
    } finally {
      await bot.close();
    }
  });
});
