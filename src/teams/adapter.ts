import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationState,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.ts';
import { codeOf } from '../core/errors.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import type { Translator } from '../core/ports/translator.ts';
import { ids, referenceOf } from './activity-ids.ts';
import { clientLocaleOf } from './client-locale.ts';
import { isLocalModeServiceUrl } from './service-url.ts';

/** Distinct app ids, service URLs and audiences kept; a real bot has a handful. */
const maxKeptClients = 64;

/** The promise kept under `key`, made once; a failed one is dropped, so the next call tries again. */
function kept<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  const known = map.get(key);
  if (known) return known;
  if (map.size >= maxKeptClients) map.delete(map.keys().next().value as string);
  const made = make();
  map.set(key, made);
  made.catch(() => {
    if (map.get(key) === made) map.delete(key);
  });
  return made;
}

// The SDK's own types, named here (they come from botframework-connector, a package of botbuilder's).
type Authentication = ConfigurationBotFrameworkAuthentication;
type AuthenticateRequestResult = Awaited<ReturnType<Authentication['authenticateRequest']>>;
type ClaimsIdentity = Parameters<Authentication['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<Authentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Authentication['createUserTokenClient']>>;

/** What the SDK builds a client for: the app id it takes from the audience claim (the Emulator's: appid). */
const appIdOf = (identity: ClaimsIdentity) =>
  JSON.stringify([identity.getClaimValue('aud'), identity.getClaimValue('appid')]);

/**
 * botbuilder builds a Bot Connector client and a user-token client, each with its own HTTP pipeline,
 * for every incoming activity: about a tenth of a Teams turn's CPU. Neither holds anything of a turn
 * (the credentials get and cache their tokens themselves), so they are kept per app id, service URL
 * and audience and used again, as botbuilder's older adapter did.
 */
class ReusingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly #connectors = new Map<string, Promise<ConnectorClient>>();
  readonly #userTokens = new Map<string, Promise<UserTokenClient>>();
  /** Local mode (no app id): nothing is signed, so the service URL is all there is to hold on to. */
  readonly #unauthenticated: { logger: Logger } | undefined;

  constructor(
    config: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    unauthenticated?: { logger: Logger },
  ) {
    super(config);
    this.#unauthenticated = unauthenticated;
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    // With an app id the SDK checks the token's service URL claim; without one, anything may be named.
    if (this.#unauthenticated && !isLocalModeServiceUrl(activity.serviceUrl)) {
      this.#unauthenticated.logger.warn('teams.service-url-refused', {
        ...ids(activity),
        reason: 'local-mode',
      });
      // Refused before any turn: the server answers 401 and nothing is sent anywhere.
      throw Object.assign(new Error('serviceUrl not allowed without an app id'), {
        code: 'service-url-refused',
      });
    }
    const result = await super.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.#reusing(result.connectorFactory, result.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.#reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return kept(this.#userTokens, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  #reusing(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const appId = appIdOf(identity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        kept(this.#connectors, JSON.stringify([appId, serviceUrl, audience ?? null]), () =>
          factory.create(serviceUrl, audience),
        ),
    };
  }
}

/** Bot Framework authentication from our config; no app id = local mode (anonymous, for the Agents Playground). */
export function createBotAuthentication(
  config: Config,
  logger: Logger = silentLogger,
): ConfigurationBotFrameworkAuthentication {
  const local = !config.MicrosoftAppId;
  return new ReusingBotFrameworkAuthentication(
    {
      MicrosoftAppId: config.MicrosoftAppId ?? '',
      MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
      // The SDK asserts an app id for SingleTenant; local mode has none, and MultiTenant with none is anonymous.
      MicrosoftAppType: local ? 'MultiTenant' : config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
    },
    local ? { logger } : undefined,
  );
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
  const adapter = new CloudAdapter(createBotAuthentication(config, deps.logger));
  adapter.onTurnError = createTurnErrorHandler(deps);
  return adapter;
}
