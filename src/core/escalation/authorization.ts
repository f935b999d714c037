import type { Case } from './case.ts';
import type { Actor, Agent, SupportPlace } from './port.ts';

export type SupportPlaces = Partial<Record<Agent['channel'], SupportPlace>>;

/**
 * Claim, resolve and writing into a case thread come only from the configured support channel of
 * the actor's platform: same channel id, and the same team and tenant where those are configured.
 * A platform without a support channel has no case cards, so nobody there may act on a case.
 */
export function isInSupportChannel(actor: Actor, places: SupportPlaces): boolean {
  const place = places[actor.channel];
  if (!place || actor.where.channelId !== place.channelId) return false;
  if (place.teamId && actor.where.teamId !== place.teamId) return false;
  if (place.tenantId && actor.where.tenantId !== place.tenantId) return false;
  return true;
}

/** The satisfaction answer comes only from the person who asked: same platform, same user id. */
export function isRequester(actor: Agent, c: Case): boolean {
  return c.requester.channel === actor.channel && c.requester.userId === actor.userId;
}
