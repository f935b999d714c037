/**
 * The Teams bot in a terminal: the same MainDialog, turn runner, engine and storage code as `npm start`,
 * driven by botbuilder's TestAdapter instead of HTTP, with cards rendered as text. Type a number to press
 * the numbered button; paste a log and it is one message; `/quit` (or Ctrl+D) ends. Hand-offs are saved as
 * cases with no support channel, as on a server without one. Works with piped input, one message a line:
 * `printf '0x80CF0437\n1\n' | npm run chat -- --locale fr`.
 *
 *   npm run chat [-- --locale en|sv|fr|zh-CN] [--storage data/chat.sqlite] [--time]
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type Activity, TestAdapter } from 'botbuilder';

import { createChatLogger } from '../src/chat/prompt-log.ts';
import { renderText } from '../src/chat/render-text.ts';
import { loadConversationEngine } from '../src/content/load-engine.ts';
import { createEscalationService } from '../src/core/escalation/service.ts';
import type { Locale } from '../src/core/knowledge/entry.ts';
import { resolveLocale } from '../src/core/locale.ts';
import { systemClock } from '../src/core/ports/clock.ts';
import type { ActionPayload } from '../src/core/reply/actions.ts';
import { createTranslator } from '../src/i18n/translator.ts';
import { SqliteStorage } from '../src/storage/sqlite-storage.ts';
import { createTeamsBot } from '../src/teams/create-bot.ts';
import type { RenderReplies } from '../src/teams/teams-turn.ts';

const { values } = parseArgs({
  options: {
    locale: { type: 'string', default: 'en' },
    storage: { type: 'string', default: ':memory:' },
    /** Print how long each turn took (dialog, engine, storage, rendering) to stderr. */
    time: { type: 'boolean', default: false },
  },
});
/** Lines closer together than this are one paste. */
const pasteGapMs = 40;

const locale = resolveLocale(values.locale);
if (!locale) {
  process.stderr.write(`Unknown --locale ${values.locale}: use en, sv, fr or zh-CN.\n`);
  process.exit(2);
}

const interactive = process.stdin.isTTY === true;
// `npm run --silent chat | head`: the reader went away, so the conversation is over; leave quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const lines = createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
lines.setPrompt('> ');
let waiting = false;
/** Shows the prompt (only at a terminal) and notes that the user is typing on it. */
const prompt = () => {
  if (!interactive) return;
  waiting = true;
  process.stdout.write('\n');
  lines.prompt();
};
const logger = createChatLogger(lines, () => interactive && waiting);
const translator = createTranslator();
const { kb, engine } = loadConversationEngine({ translator, logger });
const storage = new SqliteStorage(values.storage);
const clock = systemClock;
// No support channel: a hand-off is saved as a case whose id the user can quote (`npm run cases`).
const escalation = createEscalationService({
  store: storage,
  translator,
  clock,
  logger,
  entryTitles: (entryId, l) => kb.entries.find((e) => e.id === entryId)?.locales[l].title,
});

/** The payloads behind the numbers of the last reply that showed any, and the language it was in. */
let numbered: ActionPayload[] = [];
let numberedIn: Locale = locale;
const render: RenderReplies = (replies, replyLocale) => {
  const out: Partial<Activity>[] = [];
  for (const reply of replies) {
    let { text, actions } = renderText(reply);
    // A text's buttons (the language list, "Talk to a person") are numbered like a card's.
    if (reply.kind === 'text' && reply.actions?.length) {
      text = `${text}\n${reply.actions.map((a, i) => `${i + 1}) ${a.label}`).join('   ')}`;
      actions = reply.actions.map((a) => a.payload);
    }
    if (actions.length > 0) {
      numbered = actions;
      numberedIn = replyLocale;
    }
    out.push({ type: 'message', text });
  }
  return out;
};

const { bot } = createTeamsBot({
  engine,
  translator,
  storage,
  logger,
  defaultLocale: locale,
  render,
  escalation,
  clock,
});
const adapter = new TestAdapter(async (context) => bot.run(context));
const user = { id: 'terminal-user', name: 'You' };
const botAccount = { id: 'enrollment-assistant', name: 'Enrollment Assistant' };

const timings: number[] = [];
async function send(activity: Partial<Activity>): Promise<void> {
  const before = adapter.activeQueue.length;
  const started = performance.now();
  await adapter.receiveActivity({ locale: values.locale, from: user, recipient: botAccount, ...activity });
  if (values.time) timings.push(performance.now() - started);
  for (const reply of adapter.activeQueue.splice(before)) {
    if (reply.type === 'message' && reply.text) process.stdout.write(`\n${reply.text}\n`);
  }
}

/**
 * A bare number presses that button; anything else is typed text. A number beyond the buttons on screen
 * presses nothing and is not sent: the user is asked to pick one of them (undefined).
 */
function toActivity(message: string): Partial<Activity> | undefined {
  const n = /^\s*#?(\d{1,3})\s*[.)]?\s*$/.exec(message)?.[1];
  if (!n) return { type: 'message', text: message };
  const payload = numbered[Number(n) - 1];
  if (payload) return { type: 'message', value: { ieb: payload } };
  return numbered.length > 0 ? undefined : { type: 'message', text: message };
}

const quit = (message: string) => /^\s*(\/quit|\/exit)\s*$/i.test(message);

/**
 * What the user sent, one message at a time. At a terminal the lines of one paste arrive together:
 * lines that follow each other within a few milliseconds are one message (no one types Enter that
 * fast). Piped input is one message a line, so a transcript can be replayed.
 */
async function* messages(): AsyncGenerator<string> {
  if (!interactive) {
    for await (const line of lines) yield line;
    return;
  }
  const queue: string[] = [];
  let pending: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let wake: (() => void) | undefined;
  const flush = () => {
    timer = undefined;
    if (pending.length > 0) queue.push(pending.join('\n'));
    pending = [];
    wake?.();
  };
  lines.on('line', (line) => {
    pending.push(line);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, pasteGapMs);
  });
  lines.on('close', () => {
    closed = true;
    if (timer) clearTimeout(timer);
    flush();
  });
  while (true) {
    const next = queue.shift();
    if (next !== undefined) {
      yield next;
      continue;
    }
    if (closed) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
}

await send({ type: 'conversationUpdate', membersAdded: [botAccount] });
prompt();
for await (const message of messages()) {
  waiting = false;
  if (quit(message)) break;
  if (!message.trim()) {
    prompt();
    continue;
  }
  if (!interactive) process.stdout.write(`\n> ${message}\n`);
  const activity = toActivity(message);
  if (activity) await send(activity);
  else {
    const t = translator.forLocale(numberedIn);
    process.stdout.write(`\n${t('common:input.pickNumber', { count: numbered.length })}\n`);
  }
  prompt();
}
lines.close();
await escalation.idle();
storage.close();
if (values.time && timings.length > 0) {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  process.stderr.write(
    `turns: ${sorted.length}, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms\n`,
  );
}
if (interactive) process.stdout.write('\n');
// Back to the shell at once: nothing this script started may keep the process alive.
process.exit(0);
