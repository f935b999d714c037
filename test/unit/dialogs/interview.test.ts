import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { loadConversationEngine } from '../../../src/content/load-engine.ts';
import type { ConversationEngine } from '../../../src/core/conversation/turn.ts';
import type { DocumentStore } from '../../../src/core/ports/document-store.ts';
import { type ActionPayload, parseActionPayload } from '../../../src/core/reply/actions.ts';
import { SqliteStorage } from '../../../src/storage/sqlite-storage.ts';
import { createTeamsRenderer } from '../../../src/teams/reply-activities.ts';
import { createTestBot, translator } from '../../fakes/teams-test-bot.ts';

/**
 * The Teams bot with the real engine and the real Adaptive Card renderer: the tests read the cards a
 * user would see and press their buttons by sending back the card's own submit data.
 */
let engine: ConversationEngine;
beforeAll(() => {
  engine = loadConversationEngine({ translator }).engine;
});

type Node = Record<string, unknown>;
type Button = { title: string; data: unknown; payload: ActionPayload | null };

function nodes(value: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(value)) for (const v of value) nodes(v, out);
  else if (value && typeof value === 'object') {
    out.push(value as Node);
    for (const v of Object.values(value)) nodes(v, out);
  }
  return out;
}

/** What one turn showed: plain texts, card texts and card buttons. */
function view(activities: Partial<Activity>[]) {
  const cards = activities.flatMap((a) => a.attachments ?? []).map((a) => a.content as unknown);
  const all = nodes(cards);
  const buttons: Button[] = all
    .filter((n) => n.type === 'Action.Submit')
    .map((n) => ({ title: String(n.title), data: n.data, payload: parseActionPayload(n.data) }));
  return {
    texts: activities.map((a) => a.text ?? '').filter(Boolean),
    cardTexts: all.filter((n) => n.type === 'TextBlock').map((n) => String(n.text)),
    buttons,
    question: buttons.find((b) => b.payload?.type === 'answer')?.payload as
      | Extract<ActionPayload, { type: 'answer' }>
      | undefined,
  };
}

function teamsBot(locale = 'en-US', storage?: DocumentStore) {
  const bot = createTestBot({
    engine,
    locale,
    render: createTeamsRenderer(translator),
    ...(storage ? { storage } : {}),
  });
  const turn = async (activity: Partial<Activity> | string) => view(await bot.send(activity));
  /** Presses a button of the card exactly as Teams posts it: a message whose value is the submit data. */
  const press = (button: Button | undefined) => {
    if (!button) throw new Error('no such button on the card');
    return turn({ type: 'message', value: button.data });
  };
  return { ...bot, turn, press };
}

const connectionError =
  'All our users get "Connection to the server could not be established" on their iPhone';

describe('the interview in Teams, real engine and cards', () => {
  test('shows the card, asks only what is unknown by card buttons, then puts the likely cause first', async () => {
    const { turn, press } = teamsBot();
    let shown = await turn(connectionError);
    expect(shown.cardTexts[0]).toMatch(/Connection to the server could not be established/i);
    const planned: Record<string, string> = {
      history: 'never-worked',
      devicesAffected: 'all',
      enrollmentMethod: 'byod',
    };
    const asked: string[] = [];
    for (let i = 0; i < 10 && shown.question; i++) {
      const question = shown.question.question;
      asked.push(question);
      const wanted = planned[question] ?? 'unknown';
      shown = await press(
        shown.buttons.find((b) => b.payload?.type === 'answer' && b.payload.value === wanted) ??
          shown.buttons.find((b) => b.payload?.type === 'answer' && b.payload.value === 'unknown'),
      );
    }
    expect(asked).toEqual(expect.arrayContaining(['history', 'enrollmentMethod']));
    expect(asked).not.toContain('platform');
    expect(asked).not.toContain('usersAffected');
    expect(shown.cardTexts.join('\n')).toMatch(/Likely cause/);
    expect(shown.cardTexts.join('\n')).toMatch(/only allow corporate-owned devices/);
    expect(shown.buttons.map((b) => b.title)).toEqual(
      expect.arrayContaining(['This fixed it', "Didn't help", 'Talk to a person']),
    );
  });

  test('the folded form answers all eight questions at once, prefilled, and ranks the causes', async () => {
    const bot = teamsBot();
    const activities = await bot.send(connectionError);
    const form = nodes(activities.flatMap((a) => a.attachments ?? []).map((a) => a.content as unknown)).find(
      (n) => n.type === 'Action.ShowCard' && nodes(n).some((m) => m.type === 'Input.Text'),
    );
    expect(form?.title).toBe('Answer all questions at once');
    const inputs = nodes(form).filter((n) => String(n.type).startsWith('Input.'));
    expect(inputs.map((n) => n.id)).toEqual([
      'iebq_errorText',
      'iebq_whereSeen',
      'iebq_history',
      'iebq_platform',
      'iebq_usersAffected',
      'iebq_devicesAffected',
      'iebq_mdmAuthority',
      'iebq_enrollmentMethod',
    ]);
    // What the first message said is already filled in.
    expect(inputs.find((n) => n.id === 'iebq_platform')?.value).toBe('ios');
    expect(inputs.find((n) => n.id === 'iebq_usersAffected')?.value).toBe('all');
    const submit = nodes(form).find((n) => n.type === 'Action.Submit');
    // Teams posts the submit data with every input's value beside it; a value that is no choice is dropped.
    const shown = await bot.turn({
      type: 'message',
      value: {
        ...(submit?.data as object),
        iebq_errorText: 'Connection to the server could not be established',
        iebq_platform: 'ios',
        iebq_usersAffected: 'one',
        iebq_devicesAffected: 'one',
        iebq_history: 'reused-device',
        iebq_mdmAuthority: 'not-a-choice',
      },
    });
    expect(shown.question).toBeUndefined();
    expect(shown.cardTexts.join('\n')).toMatch(/Likely cause/);
    expect(shown.cardTexts.join('\n')).toMatch(/previously enrolled with a different user account/);
  });

  test('skip moves on to the next question', async () => {
    const { turn, press } = teamsBot();
    const first = await turn('Connection to the server could not be established');
    const pending = first.question?.question;
    expect(pending).toBeDefined();
    const next = await press(
      first.buttons.find((b) => b.payload?.type === 'answer' && b.payload.value === 'unknown'),
    );
    expect(next.question?.question).not.toBe(pending);
  });

  test('cancel drops the interview', async () => {
    const { turn } = teamsBot();
    await turn('Connection to the server could not be established');
    const cancelled = await turn('cancel');
    expect(cancelled.texts.join(' ')).toMatch(/dropped that/);
    expect(cancelled.question).toBeUndefined();
  });

  test('a typed choice in French is understood and the next question comes in French', async () => {
    const { turn } = teamsBot('fr-FR');
    const first = await turn('Connection to the server could not be established');
    expect(first.question?.question).toBe('history');
    expect(first.cardTexts.join('\n')).toMatch(/L’inscription a-t-elle déjà fonctionné/);
    const next = await turn('Cela n’a jamais fonctionné');
    expect(next.question?.question).not.toBe('history');
    expect(next.cardTexts.join('\n')).toMatch(/\?/);
    expect(next.buttons.map((b) => b.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/sais pas|Passer/i)]),
    );
  });

  test('a garbled card value gets a polite answer and leaves the interview where it was', async () => {
    const { turn, press, logger } = teamsBot();
    const first = await turn('Connection to the server could not be established');
    const stale = await turn({
      type: 'message',
      value: { ieb: { type: 'answer', question: 'history', value: 'x'.repeat(500) } },
    });
    expect(stale.cardTexts).toEqual([expect.stringMatching(/no longer valid/)]);
    expect(stale.buttons.map((b) => b.title)).toEqual(['Start over']);
    expect(logger.has('card-value-invalid')).toBe(true);
    const resumed = await press(
      first.buttons.find((b) => b.payload?.type === 'answer' && b.payload.value === 'never-worked'),
    );
    expect(resumed.question?.question).not.toBe('history');
  });

  test('binary junk pasted as text is recognised and the user is told, in their language', async () => {
    const { turn } = teamsBot('fr-FR');
    const junk = Array.from({ length: 400 }, (_, i) =>
      String.fromCharCode((i * 37) % 32, 65 + (i % 26)),
    ).join('');
    const shown = await turn(`PK\u0003\u0004${junk}\uFFFD\uFFFD`);
    expect(shown.texts.join(' ')).toMatch(/binaire/);
  });

  test('a new bot instance on the same storage continues the interview after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ieb-interview-'));
    try {
      const path = join(dir, 'bot.sqlite');
      const before = new SqliteStorage(path);
      const first = await teamsBot('en-US', before).turn('Connection to the server could not be established');
      before.close();
      const after = new SqliteStorage(path);
      const resumed = await teamsBot('en-US', after).press(
        first.buttons.find((b) => b.payload?.type === 'answer' && b.payload.value === 'stopped-working'),
      );
      expect(resumed.question).toBeDefined();
      expect(resumed.question?.question).not.toBe('history');
      expect(resumed.texts.join(' ')).not.toMatch(/no longer valid|Hi!/);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
