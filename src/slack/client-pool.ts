import { webApi } from '@slack/bolt';
import type { Logger } from '../core/ports/logger.ts';
import { BoundedCache } from './lru.ts';

export type ClientPool = { forToken(token: string): webApi.WebClient };

/**
 * One Web API client per bot token (per workspace): its own request queue, so a 429 in one workspace
 * pauses that workspace only, and one place that logs rate limiting.
 */
export function createClientPool(options: webApi.WebClientOptions, logger: Logger, max = 1000): ClientPool {
  const clients = new BoundedCache<webApi.WebClient>(max);
  return {
    forToken(token) {
      const known = clients.get(token);
      if (known) return known;
      const client = new webApi.WebClient(token, options);
      client.on(webApi.WebClientEvent.RATE_LIMITED, (seconds: number) =>
        logger.warn('slack.rate-limited', { retryAfterSeconds: seconds }),
      );
      clients.set(token, client);
      return client;
    },
  };
}
