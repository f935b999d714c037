import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { MessageChange } from '../core/conversation/message-changes.ts';
import type { QuestionCards } from '../core/conversation/question-cards.ts';
import { screenshotTurn } from '../core/conversation/screenshot-turn.ts';
import { chosenLanguage } from '../core/conversation/speaker-language.ts';
import type { StateSlot, TurnChannel, TurnRunner } from '../core/conversation/turn-runner.ts';
import type { Actor, Requester } from '../core/escalation/port.ts';
import { readInterviewForm } from '../core/interview/form.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { parseActionPayload } from '../core/reply/actions.ts';
import type { Reply } from '../core/reply/reply.ts';
import { conversationKeyOf, ids } from './activity-ids.ts';
import { clientLocaleOf } from './client-locale.ts';
import { cleanText, maxTextLength } from './input.ts';
import { attachmentTypes, type TeamsScreenshotReader } from './screenshot.ts';
import { sendTeamsReplies } from './send-replies.ts';

/** Kept in UserState: a language the user chose outlives the conversation it was chosen in. */
export type UserPreferences = { locale?: Locale };

/** Turns replies into the activities of a channel (Adaptive Cards in Teams, text in the terminal). */
export type RenderReplies = (replies: Reply[], locale: Locale) => Partial<Activity>[];

/** Who is talking, in the terms escalation needs; the channel adapter knows how to read its activities. */
export type ChannelIdentity = {
  requester(activity: Activity, locale: Locale): Requester;
  agent(activity: Activity): Actor;
  /** The key of the support-channel thread this message was written in, if it is one. */
  supportThread?(activity: Activity): string | undefined;
};

export type TeamsTurnDeps = {
  runner: TurnRunner;
  translator: Translator;
  render: RenderReplies;
  preferences: StatePropertyAccessor<UserPreferences>;
  identity: ChannelIdentity;
  defaultLocale: Locale;
  logger?: Logger;
  maxTextLength?: number;
  /** Reads the picture attached to a message; without it a picture alone gets "type the text". */
  screenshots?: TeamsScreenshotReader;
  /** Where each conversation's open question card is, so a typed answer rewrites it. */
  questionCards?: QuestionCards;
};

/** One Teams activity handled: `state` is where the dialog keeps the engine state. */
export type TeamsTurn = (context: TurnContext, state: StateSlot) => Promise<void>;

/**
 * Reads a Teams activity (typed text, card submit, bot added) at the edge and hands it to the shared
 * turn runner with this conversation's key, language, requester and a way to send replies. What is
 * not for the engine (an empty message, a stale button, a case button) is answered here.
 */
export function createTeamsTurn(deps: TeamsTurnDeps): TeamsTurn {
  const { runner, translator, preferences, identity, defaultLocale } = deps;
  const log = deps.logger ?? silentLogger;

  async function send(context: TurnContext, replies: Reply[], locale: Locale): Promise<void> {
    await sendTeamsReplies(context, replies, (r) => deps.render(r, locale), log, deps.questionCards);
  }

  return async (context, state) => {
    const activity = context.activity;
    const prefs = await preferences.get(context, {});
    // An explicit choice wins over the client; the engine ignores clientLocale once the user chose.
    const clientLocale = prefs.locale ?? clientLocaleOf(activity) ?? defaultLocale;
    const current = (await state.read(1)).state;
    const uiLocale =
      chosenLanguage(current, identity.requester(activity, clientLocale).userId) ?? clientLocale;
    const t = translator.forLocale(uiLocale);
    const channel: TurnChannel = {
      key: conversationKeyOf(activity),
      clientLocale,
      requester: (locale) => identity.requester(activity, locale),
      send: (replies, locale) => send(context, replies, locale),
      state,
      async rememberLocale(locale) {
        await preferences.set(context, { ...prefs, locale });
      },
      logFields: ids(activity),
      ...(activity.id ? { messageId: activity.id } : {}),
    };

    if (activity.type === 'conversationUpdate' || activity.type === 'installationUpdate') {
      return runner.run(channel, { kind: 'start' });
    }
    if (activity.type === 'messageUpdate' || activity.type === 'messageDelete') {
      return runner.messageChanged(channel, changeOf(activity, deps.maxTextLength ?? maxTextLength));
    }
    if (activity.type !== 'message') return;
    // A card submit carries a value and (Action.Submit) no text, or (messageBack) a display text too:
    // our payload wins; a value that is not ours only counts when there is no text to read instead.
    const hasValue = activity.value !== undefined && activity.value !== null;
    if (hasValue && (parseActionPayload(activity.value) || !activity.text?.trim())) {
      const payload = parseActionPayload(activity.value);
      const stale: Reply = {
        kind: 'text',
        text: t('teams:input.staleButton'),
        actions: [{ label: t('teams:actions.startOver'), payload: { type: 'restart' } }],
      };
      if (!payload) {
        log.warn('card-value-invalid', { ...ids(activity), valueType: typeof activity.value });
        return send(context, [stale], uiLocale);
      }
      if (
        payload.type === 'case-claim' ||
        payload.type === 'case-resolve' ||
        payload.type === 'case-satisfied'
      ) {
        const handled = await runner.caseAction(payload, identity.agent(activity), uiLocale, channel.send);
        if (!handled) await send(context, [{ kind: 'text', text: t('teams:input.staleButton') }], uiLocale);
        return;
      }
      // The interview form's values arrive beside the payload, one key per question.
      if (payload.type === 'submit-form') {
        return runner.run(channel, { kind: 'form', answers: readInterviewForm(activity.value) });
      }
      return runner.run(channel, { kind: 'action', payload });
    }

    const clean = cleanText(activity.text ?? '', deps.maxTextLength ?? maxTextLength);
    // A screenshot becomes text before the turn: the user sees what was read, then the answer as if typed.
    const picture = await deps.screenshots?.(context, uiLocale);
    if (picture) {
      const shot = screenshotTurn(picture, translator, uiLocale);
      if ('refusal' in shot) return send(context, shot.refusal, uiLocale);
      const text = [clean.text, shot.text].filter(Boolean).join('\n');
      return runner.run(channel, { kind: 'text', text, typed: clean.text }, shot.notices);
    }
    if (!clean.text) {
      // With pictures read, a file of another kind (PDF, GIF, WebP) is told which pictures are read.
      const key = !activity.attachments?.length
        ? 'teams:input.empty'
        : deps.screenshots
          ? 'screenshot:refused.unsupported-format'
          : 'teams:input.attachmentOnly';
      log.info('input-empty', {
        ...ids(activity),
        attachments: activity.attachments?.length ?? 0,
        types: attachmentTypes(activity).join(','),
      });
      return send(context, [{ kind: 'text', text: t(key) }], uiLocale);
    }
    // An agent writing in a case thread of the support channel: relayed, or told why not.
    const thread = identity.supportThread?.(activity);
    if (thread) {
      const message = {
        threadKey: thread,
        agent: identity.agent(activity),
        text: clean.text,
        locale: uiLocale,
      };
      if (await runner.agentMessage(message, channel.send)) return;
    }
    const notices: Reply[] = [];
    if (clean.truncated) {
      log.info('input-truncated', { ...ids(activity), length: clean.originalLength });
      notices.push({
        kind: 'text',
        tone: 'info',
        text: t('teams:input.truncated', { length: clean.originalLength, kept: clean.text.length }),
      });
    }
    return runner.run(channel, { kind: 'text', text: clean.text }, notices);
  };
}

/** Teams sends an edit as `messageUpdate` and a deletion as `messageDelete`, with the message's own id. */
function changeOf(activity: Activity, limit: number): MessageChange {
  const messageId = activity.id ?? '';
  if (activity.type === 'messageDelete') return { kind: 'deleted', messageId };
  const byBot = activity.from?.role === 'bot' || activity.from?.id === activity.recipient?.id;
  return { kind: 'edited', messageId, text: cleanText(activity.text ?? '', limit).text, byBot };
}
