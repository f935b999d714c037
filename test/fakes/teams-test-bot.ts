import { type Activity, TestAdapter } from 'botbuilder';
import type { ConversationEngine } from '../../src/core/conversation/turn.ts';
import type { EscalationPort } from '../../src/core/escalation/port.ts';
import type { DocumentStore } from '../../src/core/ports/document-store.ts';
import type { LogFields, Logger } from '../../src/core/ports/logger.ts';
import { createTranslator } from '../../src/i18n/translator.ts';
import { createTurnErrorHandler } from '../../src/teams/adapter.ts';
import { createTeamsBot } from '../../src/teams/create-bot.ts';
import type { TeamsScreenshotReader } from '../../src/teams/screenshot.ts';
import type { RenderReplies } from '../../src/teams/teams-turn.ts';
import { MemoryDocumentStore } from './memory-document-store.ts';

/** A logger that keeps its lines for assertions. */
export class RecordingLogger implements Logger {
  lines: { level: string; msg: string; fields?: LogFields | undefined }[] = [];
  debug(msg: string, fields?: LogFields) {
    this.lines.push({ level: 'debug', msg, fields });
  }
  info(msg: string, fields?: LogFields) {
    this.lines.push({ level: 'info', msg, fields });
  }
  warn(msg: string, fields?: LogFields) {
    this.lines.push({ level: 'warn', msg, fields });
  }
  error(msg: string, fields?: LogFields) {
    this.lines.push({ level: 'error', msg, fields });
  }
  has(msg: string) {
    return this.lines.some((l) => l.msg === msg);
  }
}

/** Replies as plain text activities, so dialog tests read like the conversation. */
export const textRender: RenderReplies = (replies) =>
  replies.map((r) => ({
    type: 'message',
    text: r.kind === 'text' ? r.text : r.kind === 'question' ? `? ${r.prompt}` : `[${r.kind}]`,
  }));

export const translator = createTranslator();

export type TestBotOptions = {
  engine: ConversationEngine;
  storage?: DocumentStore;
  escalation?: EscalationPort;
  render?: RenderReplies;
  supportChannelId?: string;
  locale?: string;
  conversationId?: string;
  userId?: string;
  /** Reads pictures (a fake in tests); without it a picture alone gets "type the text". */
  screenshots?: TeamsScreenshotReader;
};

/** The Teams bot as production wires it (dialog, states, error handler), on a TestAdapter in channel msteams. */
export function createTestBot(options: TestBotOptions) {
  const storage = options.storage ?? new MemoryDocumentStore();
  const logger = new RecordingLogger();
  // The production wiring (dialog, state scopes, Teams identity), with a text renderer by default.
  const { bot, dialog, conversationState, userState } = createTeamsBot({
    engine: options.engine,
    translator,
    storage,
    logger,
    defaultLocale: 'en',
    escalation: options.escalation,
    supportChannelId: options.supportChannelId,
    render: options.render ?? textRender,
    ...(options.screenshots ? { screenshots: options.screenshots } : {}),
  });
  const template: Partial<Activity> = {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/amer/',
    locale: options.locale ?? 'en-US',
    from: {
      id: options.userId ?? '29:user-1',
      name: 'Alex Admin',
      aadObjectId: `aad-${options.userId ?? 'user-1'}`,
    },
    recipient: { id: '28:bot', name: 'Enrollment Assistant' },
    conversation: {
      id: options.conversationId ?? 'a:conv-1',
      isGroup: false,
      conversationType: 'personal',
      name: '',
    },
    channelData: { tenant: { id: 'tenant-1' } },
  };
  // The TestAdapter's own template would override every field; defaults are merged per activity instead.
  const adapter = new TestAdapter(async (context) => bot.run(context));
  adapter.onTurnError = createTurnErrorHandler({
    logger,
    translator,
    defaultLocale: 'en',
    conversationState,
  });
  /** Sends one activity (defaults: a Teams personal chat) and returns what the bot sent back. */
  const send = async (activity: Partial<Activity> | string): Promise<Partial<Activity>[]> => {
    const incoming = typeof activity === 'string' ? { type: 'message', text: activity } : activity;
    const before = adapter.activeQueue.length;
    await adapter.receiveActivity({ ...template, ...incoming });
    return adapter.activeQueue.splice(before);
  };
  const say = async (activity: Partial<Activity> | string): Promise<string[]> =>
    (await send(activity)).map((a) => a.text ?? '');
  return { adapter, bot, dialog, storage, logger, conversationState, userState, send, say };
}
