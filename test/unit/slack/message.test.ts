import { describe, expect, it } from '@jest/globals';
import type { types } from '@slack/bolt';
import { createTranslator } from '../../../src/i18n/translator.ts';
import type { SlackAddress } from '../../../src/slack/address.ts';
import { addSlackButtons, sharedCopy } from '../../../src/slack/extras.ts';
import { packMessages, renderReply, type SlackMessage } from '../../../src/slack/message.ts';
import { aQuestion, aResolution } from '../../fakes/replies.ts';

const t = createTranslator().forLocale('en');
const section = (text: string, block_id?: string): types.KnownBlock => ({
  type: 'section',
  ...(block_id ? { block_id } : {}),
  text: { type: 'mrkdwn', text },
});
const ephemeral: SlackAddress = {
  mode: 'ephemeral',
  teamId: 'T',
  channelId: 'C',
  userId: 'U',
  responseUrl: 'x',
};
const dm: SlackAddress = { mode: 'dm', teamId: 'T', channelId: 'D', userId: 'U' };

function buttons(m: SlackMessage) {
  return m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])) as types.Button[];
}

describe('packMessages', () => {
  it('sends short replies of one turn as one message with distinct block ids', () => {
    const packed = packMessages([
      { text: 'a', blocks: [section('a', 'x')] },
      { text: 'b', blocks: [section('b', 'x')] },
    ]);
    expect(packed).toHaveLength(1);
    expect(packed[0]?.text).toBe('a\nb');
    const ids = packed[0]?.blocks.map((b) => b.block_id);
    expect(new Set(ids).size).toBe(2);
  });

  it('starts a new message before 50 blocks or about 11,000 characters', () => {
    const many = { text: 'm', blocks: Array.from({ length: 30 }, (_, i) => section(`s${i}`)) };
    expect(packMessages([many, many])).toHaveLength(2);
    const long = { text: 'l', blocks: [section('y'.repeat(2900)), section('y'.repeat(2900))] };
    expect(packMessages([long, long])).toHaveLength(2);
  });
});

describe('Slack-only buttons', () => {
  it('adds Share in channel and a Learn link button to a private resolution', () => {
    const reply = aResolution({
      entryId: 'ios/device-cap-reached',
      learnUrl: 'https://learn.microsoft.com/x',
    });
    const m = addSlackButtons(reply, renderReply(reply, t), ephemeral, t);
    const b = buttons(m);
    expect(b.find((x) => x.action_id === 'slack:share')).toMatchObject({ value: 'ios/device-cap-reached' });
    expect(b.find((x) => x.url === 'https://learn.microsoft.com/x')?.text.text).toBe(
      'Open in Microsoft Learn',
    );
    expect(m.blocks.length).toBeLessThanOrEqual(50);
  });

  it('does not offer sharing where the card is already visible (a DM)', () => {
    const reply = aResolution();
    const b = buttons(addSlackButtons(reply, renderReply(reply, t), dm, t));
    expect(b.some((x) => x.action_id === 'slack:share')).toBe(false);
  });

  it('offers the form on an interview question', () => {
    const reply = aQuestion();
    const b = buttons(addSlackButtons(reply, renderReply(reply, t), ephemeral, t));
    expect(b.at(-1)).toMatchObject({ action_id: 'slack:open-form', text: { text: 'Answer in a form' } });
  });

  it('an answered question card, rewritten in place, has no form button left on it', () => {
    const reply = { ...aQuestion(), answered: 'Android', replaces: 'question-card' as const };
    expect(buttons(addSlackButtons(reply, renderReply(reply, t), ephemeral, t))).toEqual([]);
  });

  it('shares a copy without the buttons that act on the sharer conversation', () => {
    const reply = aResolution({ learnUrl: 'https://learn.microsoft.com/y' });
    const m = addSlackButtons(reply, renderReply(reply, t), ephemeral, t);
    const copy = sharedCopy(m, 'Shared by <@U>');
    expect(buttons(copy).map((b) => b.url)).toEqual(['https://learn.microsoft.com/y']);
    expect(copy.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Shared by <@U>' }],
    });
    expect(copy.text).toBe(m.text);
  });
});
