import type { webApi } from '@slack/bolt';
import { BusyError, type WorkLimiter } from '../core/async/work-limiter.ts';
import type { Locale } from '../core/knowledge/entry.ts';
import { resolveLocale } from '../core/locale.ts';
import type { Logger } from '../core/ports/logger.ts';
import { BoundedCache } from './lru.ts';

export type SlackUser = {
  /** The Slack client's language mapped to one the bot speaks; absent when none fits or unknown. */
  locale?: Locale | undefined;
  /** Display name for the support team's case card. */
  name: string;
};

export type UserDirectory = {
  /** users.info with include_locale, cached per user; never throws (falls back to an unnamed user). */
  lookup(client: webApi.WebClient, teamId: string, userId: string, budgetMs?: number): Promise<SlackUser>;
  /**
   * users.info asked again whatever the cache holds (a user may have changed their Slack language since),
   * and the cache updated; never throws. For work off the turn path only.
   */
  refresh?(client: webApi.WebClient, teamId: string, userId: string): Promise<SlackUser>;
};

const HOUR = 60 * 60 * 1000;

/**
 * `work`: the bound on turn work. A command asks users.info right after its ack; without the bound a
 * burst of commands would start all those calls at once, between the bot and the connections it still
 * has to accept. When the bound is full the call is made anyway: the user is told "busy" in their language.
 */
export function createUserDirectory(logger: Logger, max = 5000, work?: WorkLimiter): UserDirectory {
  const cache = new BoundedCache<SlackUser>(max, HOUR);
  const inFlight = new Map<string, Promise<SlackUser>>();

  async function fetchUser(client: webApi.WebClient, key: string, userId: string): Promise<SlackUser> {
    try {
      const ask = () => client.users.info({ user: userId, include_locale: true });
      const res = await (work ? work.run(ask) : ask()).catch((error: unknown) => {
        if (error instanceof BusyError) return ask();
        throw error;
      });
      const u = res.user;
      const user: SlackUser = {
        locale: resolveLocale(u?.locale),
        name: u?.profile?.display_name || u?.real_name || u?.name || userId,
      };
      cache.set(key, user);
      return user;
    } catch (err) {
      logger.warn('slack.users-info-failed', { user: userId, code: errorCode(err) });
      return { name: userId };
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    refresh(client, teamId, userId) {
      const key = `${teamId}/${userId}`;
      const pending = inFlight.get(key) ?? fetchUser(client, key, userId);
      inFlight.set(key, pending);
      return pending;
    },
    async lookup(client, teamId, userId, budgetMs) {
      const key = `${teamId}/${userId}`;
      const cached = cache.get(key);
      if (cached) return cached;
      let pending = inFlight.get(key);
      if (!pending) {
        pending = fetchUser(client, key, userId);
        inFlight.set(key, pending);
      }
      if (budgetMs === undefined) return pending;
      // The modal must open within the trigger's 3 s: a slow users.info yields the default language.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<SlackUser>((resolve) => {
        timer = setTimeout(() => resolve({ name: userId }), budgetMs);
      });
      try {
        return await Promise.race([pending, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The Slack error code (`ratelimited`, `user_not_found`, `slack_webapi_request_error`…) for logs. */
export function errorCode(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; data?: { error?: unknown } };
    if (typeof e.data?.error === 'string') return e.data.error;
    if (typeof e.code === 'string') return e.code;
  }
  return 'unknown';
}

/**
 * Users whose Slack language the bot does not speak get their workspace's language (set by its admin),
 * before the deployment's DEFAULT_LOCALE.
 */
export function withWorkspaceLocale(
  users: UserDirectory,
  workspaces: { settings(ws: { teamId?: string }): Promise<{ locale?: Locale | undefined }> },
): UserDirectory {
  const withDefault = async (user: SlackUser, teamId: string): Promise<SlackUser> => {
    if (user.locale) return user;
    const locale = await workspaces
      .settings({ teamId })
      .then((s) => s.locale)
      .catch(() => undefined);
    return locale ? { ...user, locale } : user;
  };
  return {
    async lookup(client, teamId, userId, budgetMs) {
      return withDefault(await users.lookup(client, teamId, userId, budgetMs), teamId);
    },
    ...(users.refresh
      ? {
          refresh: async (client: webApi.WebClient, teamId: string, userId: string) =>
            withDefault(
              await (users.refresh?.(client, teamId, userId) ?? users.lookup(client, teamId, userId)),
              teamId,
            ),
        }
      : {}),
  };
}
