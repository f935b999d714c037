import type { Case } from './case.ts';
import type { Actor, ActorPlace, Agent, SupportPlace } from './port.ts';

/**
 * A platform whose support channel differs per workspace (Slack installed in several) looks up the
 * one of the actor's workspace.
 */
export type SupportPlaceLookup = (where: ActorPlace) => Promise<SupportPlace | undefined>;
export type SupportPlaces = Partial<Record<Agent['channel'], SupportPlace | SupportPlaceLookup>>;

/**
 * Claim, resolve and writing into a case thread come only from the configured support channel of
 * the actor's platform: same channel id, and the same team and tenant where those are configured.
 * A platform without a support channel has no case cards, so nobody there may act on a case.
 */
export async function isInSupportChannel(actor: Actor, places: SupportPlaces): Promise<boolean> {
  const entry = places[actor.channel];
  const place = typeof entry === 'function' ? await entry(actor.where) : entry;
  if (!place || actor.where.channelId !== place.channelId) return false;
  if (place.teamId && actor.where.teamId !== place.teamId) return false;
  if (place.tenantId && actor.where.tenantId !== place.tenantId) return false;
  return true;
}

/**
 * The satisfaction answer comes only from the person who asked: same platform, same user id, and the
 * same workspace or tenant where the case knows it.
 */
export function isRequester(actor: Actor, c: Case): boolean {
  if (c.requester.channel !== actor.channel || c.requester.userId !== actor.userId) return false;
  const home = c.requester.home;
  if (home?.teamId && actor.where.teamId !== home.teamId) return false;
  if (home?.tenantId && actor.where.tenantId !== home.tenantId) return false;
  return true;
}

/**
 * Claim and resolve come from the support channel the case's card is in. Being in some support channel
 * is not enough where each workspace has its own: case ids are easy to guess.
 */
export function isWhereCardIs(actor: Actor, c: Case): boolean {
  const channelId = c.posts[actor.channel]?.channelId;
  // Not posted yet (or posted before the channel was kept): the support channel check alone decides.
  return channelId === undefined || channelId === actor.where.channelId;
}
