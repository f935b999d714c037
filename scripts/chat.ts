/**
 * The Teams bot in a terminal: the same MainDialog, engine and storage code as `npm start`, driven by
 * botbuilder's TestAdapter instead of HTTP, with cards rendered as text. Type a number to press the
 * numbered button. Works with piped input: `printf '0x80CF0437\n1\n' | npm run chat -- --locale fr`.
 *
 *   npm run chat [-- --locale en|sv|fr|zh-CN] [--storage data/chat.sqlite] [--time]
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type Activity, TestAdapter } from 'botbuilder';

import { renderText } from '../src/chat/render-text.ts';
import { loadConversationEngine } from '../src/content/load-engine.ts';
import { resolveLocale } from '../src/core/locale.ts';
import type { ActionPayload } from '../src/core/reply/actions.ts';
import { createTranslator } from '../src/i18n/translator.ts';
import { createJsonLogger } from '../src/logger.ts';
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
const locale = resolveLocale(values.locale);
if (!locale) {
  process.stderr.write(`Unknown --locale ${values.locale}: use en, sv, fr or zh-CN.\n`);
  process.exit(2);
}

const interactive = process.stdin.isTTY === true;
// Log lines go to stderr, warnings and up only, so the transcript on stdout stays readable.
const logger = createJsonLogger({ level: 'warn', write: (line) => process.stderr.write(line) });
const translator = createTranslator();
const { engine } = loadConversationEngine({ translator, logger });
const storage = new SqliteStorage(values.storage);

/** The payloads behind the numbers of the last reply that showed any. */
let numbered: ActionPayload[] = [];
const render: RenderReplies = (replies) => {
  const out: Partial<Activity>[] = [];
  for (const reply of replies) {
    let { text, actions } = renderText(reply);
    // A text's buttons (the language list, "Talk to a person") are numbered like a card's.
    if (reply.kind === 'text' && reply.actions?.length) {
      text = `${text}\n${reply.actions.map((a, i) => `${i + 1}) ${a.label}`).join('   ')}`;
      actions = reply.actions.map((a) => a.payload);
    }
    if (actions.length > 0) numbered = actions;
    out.push({ type: 'message', text });
  }
  return out;
};

// No escalation service: the chat tells the user plainly that nobody is notified.
const { bot } = createTeamsBot({ engine, translator, storage, logger, defaultLocale: locale, render });
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

/** A bare number presses that button; anything else is typed text. */
function toActivity(line: string): Partial<Activity> {
  const n = /^\s*(\d{1,2})\s*$/.exec(line)?.[1];
  const payload = n ? numbered[Number(n) - 1] : undefined;
  return payload ? { type: 'message', value: { ieb: payload } } : { type: 'message', text: line };
}

await send({ type: 'conversationUpdate', membersAdded: [botAccount] });
const lines = createInterface({ input: process.stdin, terminal: interactive });
const prompt = () => interactive && process.stdout.write('\n> ');
prompt();
for await (const line of lines) {
  if (/^\s*(\/quit|\/exit)\s*$/i.test(line)) break;
  if (!interactive) process.stdout.write(`\n> ${line}\n`);
  await send(toActivity(line));
  prompt();
}
storage.close();
if (values.time && timings.length > 0) {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  process.stderr.write(
    `turns: ${sorted.length}, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms\n`,
  );
}
