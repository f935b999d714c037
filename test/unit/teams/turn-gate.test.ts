import { describe, expect, it } from '@jest/globals';
import type { TurnContext } from 'botbuilder';
import { createWorkLimiter } from '../../../src/core/async/work-limiter.ts';
import { createTranslator } from '../../../src/i18n/translator.ts';
import { gateTurns } from '../../../src/teams/turn-gate.ts';
import { RecordingLogger } from '../../fakes/teams-test-bot.ts';

const translator = createTranslator();

function contextOf(activity: Record<string, unknown>) {
  const sent: Record<string, unknown>[] = [];
  const context = {
    activity: { channelId: 'msteams', conversation: { id: 'a:1' }, id: 'act-1', ...activity },
    async sendActivity(a: Record<string, unknown>) {
      sent.push(a);
      return { id: 'r' };
    },
  } as unknown as TurnContext;
  return { context, sent };
}

/** A limiter with its one slot taken and its one queue place taken: the next turn is refused. */
async function fullLimiter() {
  const work = createWorkLimiter({ concurrency: 1, queueLimit: 1 });
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const running = work.run(() => held);
  const queued = work.run(async () => undefined);
  return { work, release: () => release(), settled: () => Promise.all([running, queued]) };
}

describe('Teams turn gate', () => {
  it('runs the turn through the limiter when there is room', async () => {
    const work = createWorkLimiter({ concurrency: 2, queueLimit: 2 });
    const ran: string[] = [];
    const bot = gateTurns(
      { run: async (c) => void ran.push(String(c.activity.text)) },
      { work, translator, logger: new RecordingLogger(), defaultLocale: 'en' },
    );
    const { context, sent } = contextOf({ type: 'message', text: 'hello' });
    await bot.run(context);
    expect(ran).toEqual(['hello']);
    expect(sent).toEqual([]);
  });

  it('a message beyond the queue is not run: the user hears "busy" in their language and the log says so', async () => {
    const full = await fullLimiter();
    const logger = new RecordingLogger();
    let ran = false;
    const bot = gateTurns(
      {
        run: async () => {
          ran = true;
        },
      },
      { work: full.work, translator, logger, defaultLocale: 'en' },
    );
    const { context, sent } = contextOf({
      type: 'message',
      text: 'Profile installation failed',
      locale: 'fr-FR',
    });
    await bot.run(context);
    expect(ran).toBe(false);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toBe(translator.forLocale('fr')('common:busy'));
    expect(sent[0]?.text).not.toBe(translator.forLocale('en')('common:busy'));
    expect(logger.has('turn.busy')).toBe(true);
    full.release();
    await full.settled();
  });

  it('one sender past their share hears "busy" once; a colleague in the same tenant still gets in', async () => {
    const work = createWorkLimiter({ concurrency: 1, queueLimit: 100, perOwner: 2 });
    const logger = new RecordingLogger();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const ran: string[] = [];
    const bot = gateTurns(
      {
        run: async (c) => {
          ran.push(String(c.activity.from?.id));
          await held;
        },
      },
      { work, translator, logger, defaultLocale: 'en' },
    );
    const from = (id: string) => ({
      type: 'message',
      text: '0x80CF0437',
      from: { id, aadObjectId: `aad-${id}` },
      channelData: { tenant: { id: 'tenant-1' } },
    });
    const flood = Array.from({ length: 10 }, () => contextOf(from('29:mallory')));
    const turns = flood.map(({ context }) => bot.run(context));
    const colleague = contextOf(from('29:sam'));
    turns.push(bot.run(colleague.context));
    await Promise.resolve();
    release();
    await Promise.all(turns);

    expect(ran.filter((id) => id === '29:mallory')).toHaveLength(2);
    expect(ran).toContain('29:sam');
    expect(colleague.sent).toEqual([]);
    expect(flood.flatMap((f) => f.sent)).toHaveLength(1);
    const refused = logger.lines.filter((l) => l.msg === 'turn.busy');
    expect(refused).toHaveLength(8);
    expect(refused.every((l) => l.fields?.reason === 'owner-limit')).toBe(true);
  });

  it('an edit in a personal chat beyond the queue hears "busy" like a new message; one in a group chat does not', async () => {
    const full = await fullLimiter();
    const bot = gateTurns(
      { run: async () => undefined },
      { work: full.work, translator, logger: new RecordingLogger(), defaultLocale: 'en' },
    );
    const edit = (conversationType: string) =>
      contextOf({
        type: 'messageUpdate',
        text: 'MDM enrollment failed: 0x80CF0437',
        locale: 'sv-SE',
        conversation: { id: 'a:1', conversationType },
      });
    const personal = edit('personal');
    await bot.run(personal.context);
    expect(personal.sent.map((a) => a.text)).toEqual([translator.forLocale('sv')('common:busy')]);
    const group = edit('groupChat');
    await bot.run(group.context);
    expect(group.sent).toEqual([]);
    full.release();
    await full.settled();
  });

  it('an invoke beyond the queue gets a 503 invoke response, not a message', async () => {
    const full = await fullLimiter();
    const bot = gateTurns(
      { run: async () => undefined },
      { work: full.work, translator, logger: new RecordingLogger(), defaultLocale: 'en' },
    );
    const { context, sent } = contextOf({ type: 'invoke', name: 'adaptiveCard/action' });
    await bot.run(context);
    expect(sent).toEqual([{ type: 'invokeResponse', value: { status: 503 } }]);
    full.release();
    await full.settled();
  });

  it('an error of the turn itself still reaches the adapter (its error handler answers)', async () => {
    const work = createWorkLimiter({ concurrency: 1, queueLimit: 1 });
    const bot = gateTurns(
      {
        run: async () => {
          throw new Error('dialog broke');
        },
      },
      { work, translator, logger: new RecordingLogger(), defaultLocale: 'en' },
    );
    await expect(bot.run(contextOf({ type: 'message', text: 'x' }).context)).rejects.toThrow('dialog broke');
  });
});
