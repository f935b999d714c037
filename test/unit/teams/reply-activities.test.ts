import type { Activity } from 'botbuilder';
import { loadConversationEngine } from '../../../src/content/load-engine.ts';
import type { ConversationEngine } from '../../../src/core/conversation/turn.ts';
import { createTeamsRenderer } from '../../../src/teams/reply-activities.ts';
import { MemoryDocumentStore } from '../../fakes/memory-document-store.ts';
import { createTestBot, translator } from '../../fakes/teams-test-bot.ts';

let engine: ConversationEngine;
beforeAll(() => {
  engine = loadConversationEngine({ translator }).engine;
});

type Submit = { type: string; title: string; data: unknown };
function buttons(activities: Partial<Activity>[]): Submit[] {
  const out: Submit[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ((v as Submit).type === 'Action.Submit') out.push(v as Submit);
      Object.values(v).forEach(walk);
    }
  };
  walk(activities.map((a) => a.attachments));
  return out;
}

const render = createTeamsRenderer(translator);

describe('Teams replies', () => {
  test('plain text goes as a markdown message, in the conversation language', () => {
    const [activity] = render([{ kind: 'text', text: 'Paste the *exact* error' }], 'fr');
    expect(activity).toMatchObject({ type: 'message', locale: 'fr', textFormat: 'markdown' });
    expect(activity?.attachments ?? []).toEqual([]);
    expect(activity?.text).toContain('exact');
  });

  test('a text with buttons becomes a card whose buttons carry the payloads', () => {
    const [activity] = render(
      [
        {
          kind: 'text',
          text: 'Nothing documented.',
          actions: [{ label: 'Talk to a person', payload: { type: 'escalate' } }],
        },
      ],
      'en',
    );
    expect(activity?.attachments?.[0]?.content).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(buttons([activity ?? {}])).toEqual([
      expect.objectContaining({ title: 'Talk to a person', data: { ieb: { type: 'escalate' } } }),
    ]);
  });

  test('the language list can be pressed, and the choice is kept for the next chat', async () => {
    const storage = new MemoryDocumentStore();
    const first = createTestBot({ engine, storage, render, conversationId: 'a:one' });
    const list = buttons(await first.send('language'));
    expect(list.map((b) => b.title)).toEqual(
      expect.arrayContaining(['English', 'Svenska', '简体中文', 'Français']),
    );
    const chosen = await first.send({
      type: 'message',
      value: list.find((b) => b.title === 'Svenska')?.data,
    });
    expect(chosen[0]?.text).toMatch(/svenska/i);
    const next = createTestBot({ engine, storage, render, conversationId: 'a:two' });
    const greeting = await next.send({
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:bot', name: 'bot' }],
    });
    expect(greeting[0]?.text).toMatch(/^Hej/);
  });

  test('after the honest no-match, "Talk to a person" is a button that works', async () => {
    const { send } = createTestBot({ engine, render });
    await send('my printer is on fire');
    const final = await send('the printer is still on fire and smoking');
    const talk = buttons(final).find((b) => b.title === 'Talk to a person');
    expect(talk).toBeDefined();
    const pressed = await send({ type: 'message', value: talk?.data });
    expect(pressed.map((a) => a.text).join(' ')).toMatch(/nobody has been notified/);
  });
});
