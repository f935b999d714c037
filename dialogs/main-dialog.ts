import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder-core';
import {
  Dialog,
  type DialogContext,
  DialogSet,
  type DialogState,
  type DialogTurnResult,
  DialogTurnStatus,
} from 'botbuilder-dialogs';
import type {
  ConversationEngine,
  ConversationState,
  Effect,
  TurnInput,
} from '../src/core/conversation/turn.ts';
import type { Actor, EscalationPort, Requester } from '../src/core/escalation/port.ts';
import { readInterviewForm } from '../src/core/interview/form.ts';
import type { Locale } from '../src/core/knowledge/entry.ts';
import { type Clock, systemClock } from '../src/core/ports/clock.ts';
import { type Logger, silentLogger } from '../src/core/ports/logger.ts';
import type { Translator } from '../src/core/ports/translator.ts';
import { parseActionPayload } from '../src/core/reply/actions.ts';
import type { Reply } from '../src/core/reply/reply.ts';
import { clientLocaleOf } from './client-locale.ts';
import { MAIN_DIALOG } from './dialog-ids.ts';
import { cleanText, maxTextLength } from './input.ts';

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

export type MainDialogDeps = {
  engine: ConversationEngine;
  translator: Translator;
  render: RenderReplies;
  preferences: StatePropertyAccessor<UserPreferences>;
  identity: ChannelIdentity;
  defaultLocale: Locale;
  escalation?: EscalationPort | undefined;
  logger?: Logger;
  clock?: Clock;
  maxTextLength?: number;
};

type Read = { input: TurnInput; notices: Reply[] } | { handled: Reply[] };
type Holder = { engine?: unknown };

/**
 * The Bot Framework face of the platform-neutral conversation engine. It stays active for the whole
 * conversation and keeps the engine's state in its dialog state; each turn it turns the activity into
 * engine input (text, card submit, bot added), sends the rendered replies and carries out the effects.
 */
export class MainDialog extends Dialog {
  readonly #deps: MainDialogDeps;
  readonly #log: Logger;
  readonly #sets = new WeakMap<StatePropertyAccessor<DialogState>, DialogSet>();

  constructor(deps: MainDialogDeps) {
    super(MAIN_DIALOG);
    this.#deps = deps;
    this.#log = deps.logger ?? silentLogger;
  }

  /** One turn of the conversation: continue the dialog, or begin it on the first turn. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    let set = this.#sets.get(dialogState);
    if (!set) {
      set = new DialogSet(dialogState).add(this);
      this.#sets.set(dialogState, set);
    }
    const dc = await set.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.#turn(dc);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.#turn(dc);
  }

  async #turn(dc: DialogContext): Promise<DialogTurnResult> {
    const { engine, preferences, defaultLocale } = this.#deps;
    const context = dc.context;
    const prefs = await preferences.get(context, {});
    // An explicit choice wins over the client; the engine ignores clientLocale once the user chose.
    const clientLocale = prefs.locale ?? clientLocaleOf(context.activity) ?? defaultLocale;
    const holder = (dc.activeDialog?.state ?? {}) as Holder;
    const state = isConversationState(holder.engine) ? holder.engine : engine.initialState(clientLocale);
    const uiLocale = state.localeExplicit ? state.locale : clientLocale;

    const read = await this.#read(context, uiLocale);
    if ('handled' in read) {
      await this.#send(context, read.handled, uiLocale);
      return Dialog.EndOfTurn;
    }
    const now = (this.#deps.clock ?? systemClock).now().toISOString();
    const out = engine.handle(state, read.input, { clientLocale, now });
    holder.engine = out.state;
    const replies = [...read.notices, ...out.replies];
    // Effects before sending: a case is stored even if the channel then fails to deliver the reply.
    for (const effect of out.effects) {
      replies.push(...(await this.#apply(effect, context, out.state.locale, prefs)));
    }
    await this.#send(context, replies, out.state.locale);
    return Dialog.EndOfTurn;
  }

  async #read(context: TurnContext, locale: Locale): Promise<Read> {
    const activity = context.activity;
    if (activity.type === 'conversationUpdate' || activity.type === 'installationUpdate') {
      return { input: { kind: 'start' }, notices: [] };
    }
    if (activity.type !== 'message') return { handled: [] };
    const t = this.#deps.translator.forLocale(locale);
    // A card submit carries a value and (Action.Submit) no text, or (messageBack) a display text too:
    // our payload wins; a value that is not ours only counts when there is no text to read instead.
    const hasValue = activity.value !== undefined && activity.value !== null;
    if (hasValue && (parseActionPayload(activity.value) || !activity.text?.trim())) {
      return this.#readSubmit(context, locale);
    }
    const clean = cleanText(activity.text ?? '', this.#deps.maxTextLength ?? maxTextLength);
    if (!clean.text) {
      const key = activity.attachments?.length ? 'teams:input.attachmentOnly' : 'teams:input.empty';
      this.#log.info('input-empty', { ...ids(activity), attachments: activity.attachments?.length ?? 0 });
      return { handled: [{ kind: 'text', text: t(key) }] };
    }
    if (await this.#relayed(activity, clean.text, locale)) return { handled: [] };
    const explained = await this.#explainUnrelayed(activity, locale);
    if (explained.length > 0) return { handled: explained };
    const notices: Reply[] = [];
    if (clean.truncated) {
      this.#log.info('input-truncated', { ...ids(activity), length: clean.originalLength });
      notices.push({
        kind: 'text',
        tone: 'info',
        text: t('teams:input.truncated', { length: clean.originalLength, kept: clean.text.length }),
      });
    }
    return { input: { kind: 'text', text: clean.text }, notices };
  }

  async #readSubmit(context: TurnContext, locale: Locale): Promise<Read> {
    const activity = context.activity;
    const t = this.#deps.translator.forLocale(locale);
    const payload = parseActionPayload(activity.value);
    if (!payload) {
      this.#log.warn('card-value-invalid', { ...ids(activity), valueType: typeof activity.value });
      return {
        handled: [
          {
            kind: 'text',
            text: t('teams:input.staleButton'),
            actions: [{ label: t('teams:actions.startOver'), payload: { type: 'restart' } }],
          },
        ],
      };
    }
    if (
      payload.type === 'case-claim' ||
      payload.type === 'case-resolve' ||
      payload.type === 'case-satisfied'
    ) {
      const escalation = this.#deps.escalation;
      if (!escalation) {
        this.#log.warn('case-action-without-escalation', { ...ids(activity), action: payload.type });
        return { handled: [{ kind: 'text', text: t('teams:input.staleButton') }] };
      }
      const agent = this.#deps.identity.agent(activity);
      return { handled: await escalation.handleAction(payload, agent, locale) };
    }
    // The interview form's values arrive beside the payload, one key per question.
    if (payload.type === 'submit-form') {
      return { input: { kind: 'form', answers: readInterviewForm(activity.value) }, notices: [] };
    }
    return { input: { kind: 'action', payload }, notices: [] };
  }

  /** An agent @mentioning the bot in a case thread it cannot relay (not claimed, resolved) hears why. */
  async #explainUnrelayed(activity: Activity, locale: Locale): Promise<Reply[]> {
    const { escalation, identity } = this.#deps;
    const thread = identity.supportThread?.(activity);
    if (!thread || !escalation?.explainUnrelayed) return [];
    return escalation.explainUnrelayed(thread, locale);
  }

  /** A message in a support thread, or from a user whose case a person has claimed, is not for the engine. */
  async #relayed(activity: Activity, text: string, locale: Locale): Promise<boolean> {
    const { escalation, identity } = this.#deps;
    if (!escalation) return false;
    const thread = identity.supportThread?.(activity);
    if (thread) return escalation.relayFromAgent(thread, identity.agent(activity), text);
    return escalation.relayFromUser(identity.requester(activity, locale), text);
  }

  async #apply(
    effect: Effect,
    context: TurnContext,
    locale: Locale,
    prefs: UserPreferences,
  ): Promise<Reply[]> {
    const activity = context.activity;
    switch (effect.kind) {
      case 'locale-chosen':
        await this.#deps.preferences.set(context, { ...prefs, locale: effect.locale });
        return [];
      case 'feedback':
        this.#log.info('feedback', { ...ids(activity), entryId: effect.entryId, verdict: effect.verdict });
        return [];
      case 'escalate':
        return this.#escalate(effect, activity, locale);
      case 'case-details':
        return (
          (await this.#deps.escalation?.addDetails?.(
            effect,
            this.#deps.identity.requester(activity, locale),
          )) ?? []
        );
    }
  }

  async #escalate(effect: Extract<Effect, { kind: 'escalate' }>, activity: Activity, locale: Locale) {
    const t = this.#deps.translator.forLocale(locale);
    const escalation = this.#deps.escalation;
    if (!escalation) {
      this.#log.warn('escalation-not-configured', { ...ids(activity), trigger: effect.trigger });
      return [{ kind: 'text', tone: 'warning', text: t('teams:escalation.unavailable') } satisfies Reply];
    }
    try {
      return await escalation.open(effect, this.#deps.identity.requester(activity, locale));
    } catch (error) {
      const ref = referenceOf(activity);
      this.#log.error('escalation-open-failed', { ...ids(activity), ref, code: codeOf(error) });
      return [{ kind: 'text', tone: 'warning', text: t('teams:escalation.failed', { ref }) } satisfies Reply];
    }
  }

  async #send(context: TurnContext, replies: Reply[], locale: Locale): Promise<void> {
    if (replies.length === 0) return;
    await context.sendActivities(this.#deps.render(replies, locale));
  }
}

function isConversationState(value: unknown): value is ConversationState {
  const s = value as Partial<ConversationState> | undefined;
  return !!s && s.version === 1 && typeof s.stage === 'string' && typeof s.locale === 'string' && !!s.answers;
}

/** Correlation ids for log lines: ids only, never text or names. */
export function ids(activity: Partial<Activity>) {
  return {
    channelId: activity.channelId,
    conversationId: activity.conversation?.id,
    activityId: activity.id,
  };
}

/** A short reference a user can quote to the helpdesk; the same value is in the log line. */
export function referenceOf(activity: Partial<Activity>): string {
  const source = `${activity.conversation?.id ?? ''}|${activity.id ?? ''}|${Date.now()}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).toUpperCase().padStart(7, '0').slice(-7);
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}
