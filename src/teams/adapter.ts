import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationState,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.ts';
import { codeOf } from '../core/errors.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { ids, referenceOf } from './activity-ids.ts';
import { clientLocaleOf } from './client-locale.ts';

/** Bot Framework authentication from our config; no app id = local mode (anonymous, for the Agents Playground). */
export function createBotAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  const local = !config.MicrosoftAppId;
  return new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    // The SDK asserts an app id for SingleTenant; local mode has none, and MultiTenant with none is anonymous.
    MicrosoftAppType: local ? 'MultiTenant' : config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  });
}

export type TurnErrorDeps = {
  logger: Logger;
  translator: Translator;
  defaultLocale: Config['DEFAULT_LOCALE'];
  conversationState?: ConversationState;
};

/**
 * The last-resort handler: log the code with correlation ids and a reference, tell the user in their
 * language (never the raw error), and, when the bot's own logic failed, drop the conversation's dialog
 * state so a broken state cannot fail every following turn. Cases and language preferences are
 * stored elsewhere and survive.
 */
export function createTurnErrorHandler(deps: TurnErrorDeps) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const activity = context.activity;
    const ref = referenceOf(activity);
    deps.logger.error('turn-failed', {
      ...ids(activity),
      ref,
      activityType: activity.type,
      code: codeOf(error),
      error: String(error?.message ?? error).slice(0, 300),
    });
    try {
      if (activity.channelId === 'emulator') {
        await context.sendTraceActivity(
          'OnTurnError',
          `${error}`,
          'https://www.botframework.com/schemas/error',
          'TurnError',
        );
      }
      if (activity.type === 'message' || activity.type === 'conversationUpdate') {
        const t = deps.translator.forLocale(clientLocaleOf(activity) ?? deps.defaultLocale);
        // Storage gone: say that nothing was acted on, so the user knows to send it again later.
        const key = isStorageDown(error) ? 'teams:errors.storageDown' : 'teams:errors.turnFailed';
        await context.sendActivity({ type: 'message', text: t(key, { ref }) });
      }
    } catch (sendError) {
      deps.logger.error('turn-error-reply-failed', { ...ids(activity), ref, code: codeOf(sendError) });
    }
    // A failed delivery or storage call says nothing about the state, and the turn's changes were not
    // saved: keep the conversation where it was so the user can simply send again.
    if (isTransient(error)) return;
    try {
      await deps.conversationState?.delete(context);
    } catch (deleteError) {
      deps.logger.warn('turn-error-state-reset-failed', { ...ids(activity), ref, code: codeOf(deleteError) });
    }
  };
}

function isStorageDown(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('storage-');
}

/** Errors of the network, the Bot Connector or storage, as opposed to the bot's own logic. */
function isTransient(error: unknown): boolean {
  const e = error as { statusCode?: unknown; code?: unknown } | null;
  if (typeof e?.statusCode === 'number') return true;
  const code = typeof e?.code === 'string' ? e.code : '';
  return /^(E[A-Z]{3,}|UND_ERR_.*|SQLITE_.*|storage-.*|etag-conflict)$/.test(code);
}

export function createTeamsAdapter(config: Config, deps: TurnErrorDeps): CloudAdapter {
  const adapter = new CloudAdapter(createBotAuthentication(config));
  adapter.onTurnError = createTurnErrorHandler(deps);
  return adapter;
}
