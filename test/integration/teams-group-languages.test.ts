import { describe, expect, test } from '@jest/globals';
import type { Activity } from 'botbuilder';
import { engine } from '../fakes/real-conversation.ts';
import { createTestBot, translator } from '../fakes/teams-test-bot.ts';

/**
 * A Teams group chat where people write in different languages: each is answered in their own, not in
 * the language of whoever wrote last.
 */
function groupMessage(text: string, who: { id: string; name: string; locale: string }): Partial<Activity> {
  return {
    type: 'message',
    text: `<at>Enrollment Assistant</at> ${text}`,
    locale: who.locale,
    from: { id: `29:${who.id}`, name: who.name, aadObjectId: `aad-${who.id}` },
    conversation: { id: '19:helpdesk@thread.v2', conversationType: 'groupChat', isGroup: true, name: '' },
    entities: [
      {
        type: 'mention',
        text: '<at>Enrollment Assistant</at>',
        mentioned: { id: '28:bot', name: 'Enrollment Assistant' },
      },
    ],
  };
}

const alex = { id: 'alex', name: 'Alex Admin', locale: 'en-US' };
const bjorn = { id: 'bjorn', name: 'Björn Berg', locale: 'sv-SE' };

describe('a Teams group chat in two languages', () => {
  test('each person is answered in their own language', async () => {
    const { say } = createTestBot({ engine });
    // Alex's Teams is in English, but he writes in French: he is answered in French.
    await say(groupMessage('Bonjour, mon iPhone ne s’inscrit pas et je ne sais pas pourquoi', alex));
    expect(await say(groupMessage('?', alex))).toContain(translator.forLocale('fr')('common:help'));
    // Björn, whose Teams is in Swedish, writes next: Swedish for him, not Alex's French.
    expect(await say(groupMessage('hjälp', bjorn))).toContain(translator.forLocale('sv')('common:help'));
    // And Alex is still answered in French.
    expect(await say(groupMessage('?', alex))).toContain(translator.forLocale('fr')('common:help'));
  });
});

describe('a screenshot in another language', () => {
  test('the words typed beside it decide the language, not the text read from it', async () => {
    // Alex (English Teams) shares a Swedish device screen and asks in English.
    const swedishScreen =
      'Det gick inte att registrera enheten\nKontakta din IT-avdelning om problemet kvarstår och försök igen senare';
    const { say } = createTestBot({
      engine,
      screenshots: async (context) =>
        context.activity.attachments?.length
          ? { kind: 'text', text: swedishScreen, confidence: 90, languages: 'eng+swe+fra' }
          : undefined,
    });
    const picture = {
      attachments: [
        { contentType: 'image/png', contentUrl: 'https://smba.trafficmanager.net/amer/v3/attachments/1' },
      ],
    };
    const read = await say({ type: 'message', text: 'what does this mean?', ...picture });
    expect(read).toContain(translator.forLocale('en')('common:noMatch.retry'));
    expect(await say('?')).toContain(translator.forLocale('en')('common:help'));
  });
});
