import { DeliveryError } from '../../core/escalation/errors.ts';

type WebApiErrorLike = {
  code?: unknown;
  retryAfter?: unknown;
  statusCode?: unknown;
  data?: { error?: unknown };
};

const hints: Record<string, string> = {
  channel_not_found:
    'SLACK_SUPPORT_CHANNEL does not name a channel this app can see: use the channel id (C…) and invite the app to it.',
  not_in_channel: 'Invite the app to the support channel (/invite @app in SLACK_SUPPORT_CHANNEL).',
  is_archived:
    'The support channel is archived: unarchive it or set SLACK_SUPPORT_CHANNEL to another channel.',
  invalid_auth: 'SLACK_BOT_TOKEN is not valid: reinstall the app and copy the new bot token.',
  token_revoked: 'SLACK_BOT_TOKEN was revoked: reinstall the app and copy the new bot token.',
  account_inactive: 'The Slack app was uninstalled or deactivated: reinstall it.',
  missing_scope: 'The app lacks a scope it needs: reinstall it from manifest/slack/manifest.json.',
  message_not_found: 'The case card was deleted from the support channel.',
};

/** @slack/web-api errors as the outbox understands them: what to retry and what an admin must fix. */
export function toDeliveryError(error: unknown): DeliveryError {
  const e = (error ?? {}) as WebApiErrorLike;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error': {
      const seconds = typeof e.retryAfter === 'number' ? e.retryAfter : 1;
      return new DeliveryError('rate-limited', { retryAfterMs: seconds * 1000, cause: error });
    }
    case 'slack_webapi_http_error': {
      const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
      if (status === 429) return new DeliveryError('rate-limited', { cause: error });
      return new DeliveryError(status >= 500 || status === 0 ? 'unavailable' : 'invalid', { cause: error });
    }
    case 'slack_webapi_request_error':
      return new DeliveryError('network', { cause: error });
    case 'slack_webapi_platform_error': {
      const slackError = typeof e.data?.error === 'string' ? e.data.error : 'unknown';
      const adminHint = hints[slackError];
      const options = { cause: error, ...(adminHint ? { adminHint } : {}) };
      if (slackError === 'ratelimited') return new DeliveryError('rate-limited', options);
      if (
        slackError === 'internal_error' ||
        slackError === 'fatal_error' ||
        slackError === 'service_unavailable'
      ) {
        return new DeliveryError('unavailable', options);
      }
      if (slackError === 'channel_not_found' || slackError === 'message_not_found') {
        return new DeliveryError('not-found', options);
      }
      if (
        slackError === 'invalid_auth' ||
        slackError === 'token_revoked' ||
        slackError === 'account_inactive'
      ) {
        return new DeliveryError('unauthorized', options);
      }
      if (slackError === 'not_in_channel' || slackError === 'is_archived' || slackError === 'missing_scope') {
        return new DeliveryError('forbidden', options);
      }
      return new DeliveryError('invalid', options);
    }
    default:
      return new DeliveryError('unknown', { retryable: true, cause: error });
  }
}
