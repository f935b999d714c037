import { DeliveryError } from '../../core/escalation/errors.ts';

type RestErrorLike = {
  statusCode?: unknown;
  code?: unknown;
  response?: { headers?: { get?(name: string): string | undefined } | Record<string, unknown> };
  body?: { error?: { code?: unknown } };
};

export type TeamsTarget = 'support' | 'user';

const supportHints: Record<number, string> = {
  401: 'The bot could not authenticate: check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.',
  403: 'The app is not installed in the team that owns TEAMS_SUPPORT_CHANNEL_ID (BotNotInConversationRoster): add the app to that team.',
  404: 'TEAMS_SUPPORT_CHANNEL_ID was not found: use the channel id (19:…@thread.tacv2) from the channel link and the service URL of the team’s region in TEAMS_SUPPORT_SERVICE_URL.',
};

const userHints: Record<number, string> = {
  401: 'The bot could not authenticate: check MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.',
  403: 'The requester removed the app or it is no longer installed for them: the case stays open; reach them another way.',
  404: 'The requester’s conversation no longer exists: the case stays open; reach them another way.',
};

function retryAfterMs(e: RestErrorLike): number | undefined {
  const headers = e.response?.headers;
  const raw =
    headers && typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get(name: string): string | undefined }).get('retry-after')
      : (headers as Record<string, unknown> | undefined)?.['retry-after'];
  const seconds = Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/** Bot Connector failures as the outbox understands them, with the fix an admin must make. */
export function toDeliveryError(error: unknown, target: TeamsTarget): DeliveryError {
  const e = (error ?? {}) as RestErrorLike;
  const status = typeof e.statusCode === 'number' ? e.statusCode : undefined;
  const hints = target === 'support' ? supportHints : userHints;
  const options = (extra: { adminHint?: string | undefined; retryAfterMs?: number | undefined }) => ({
    cause: error,
    ...(extra.adminHint ? { adminHint: extra.adminHint } : {}),
    ...(extra.retryAfterMs !== undefined ? { retryAfterMs: extra.retryAfterMs } : {}),
  });
  if (status === undefined) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (/ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|REQUEST_SEND_ERROR/.test(code))
      return new DeliveryError('network', options({}));
    return new DeliveryError('unknown', { retryable: true, ...options({}) });
  }
  if (status === 429) return new DeliveryError('rate-limited', options({ retryAfterMs: retryAfterMs(e) }));
  if (status === 412 || status === 408 || status >= 500) {
    return new DeliveryError('unavailable', options({ retryAfterMs: retryAfterMs(e) }));
  }
  if (status === 401) return new DeliveryError('unauthorized', options({ adminHint: hints[401] }));
  if (status === 403) return new DeliveryError('forbidden', options({ adminHint: hints[403] }));
  if (status === 404) return new DeliveryError('not-found', options({ adminHint: hints[404] }));
  return new DeliveryError('invalid', options({}));
}
