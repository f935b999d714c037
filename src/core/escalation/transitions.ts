import { isRequester } from './authorization.ts';
import type { Case } from './case.ts';
import { cardChannels, enqueue } from './outbox.ts';
import type { Actor, Agent, CaseDetailsEffect } from './port.ts';

/**
 * The case's state changes, as pure functions on the freshest copy read from storage. Each returns
 * false when it does not apply (someone else got there first), so the caller writes nothing; the
 * write itself is guarded by the eTag of that read.
 */

/** open → claimed by `agent`; the card is rewritten and the requester told. */
export function claim(c: Case, agent: Agent, at: Date): boolean {
  if (c.status !== 'open') return false;
  c.status = 'claimed';
  c.assignee = agent;
  c.claimedAt = at.toISOString();
  touchCard(c, at);
  enqueue(c, { kind: 'user', notice: 'claimed' }, at);
  return true;
}

/** open or claimed → resolved; the relay ends and the requester is asked whether it is solved. */
export function resolve(c: Case, agent: Agent, at: Date): boolean {
  if (c.status === 'resolved') return false;
  c.status = 'resolved';
  c.resolvedBy = agent;
  c.resolvedAt = at.toISOString();
  delete c.satisfaction;
  delete c.solvedByRequester;
  touchCard(c, at);
  enqueue(c, { kind: 'user', notice: 'resolved' }, at);
  return true;
}

export type SatisfactionOutcome = 'recorded' | 'not-yours' | 'not-resolved' | 'answered';

/** Whether `actor` may answer "is it solved?" for this case now. */
export function satisfactionOutcome(c: Case, actor: Actor): SatisfactionOutcome {
  if (!isRequester(actor, c)) return 'not-yours';
  if (c.satisfaction) return 'answered';
  return c.status === 'resolved' ? 'recorded' : 'not-resolved';
}

/** Records the requester's answer; "not solved" puts the case back in the queue with a fresh reminder. */
export function rate(c: Case, solved: boolean, at: Date): void {
  c.satisfaction = { solved, at: at.toISOString() };
  if (!solved) {
    c.status = 'open';
    delete c.solvedByRequester;
    delete c.assignee;
    delete c.remindedAt;
    c.openSince = at.toISOString();
  }
  touchCard(c, at);
  for (const ch of cardChannels(c)) {
    enqueue(c, { kind: 'thread', target: ch, note: solved ? 'satisfied' : 'not-satisfied' }, at);
  }
}

/**
 * open or claimed → resolved by the requester ("This fixed it" after the hand-off): recorded as solved,
 * the card shows it and its thread says so, so nobody keeps working on it. The requester is not asked
 * "is it solved?": they just said it.
 */
export function solveByRequester(c: Case, requester: Agent, at: Date): boolean {
  if (c.status === 'resolved') return false;
  c.status = 'resolved';
  c.resolvedBy = requester;
  c.resolvedAt = at.toISOString();
  c.solvedByRequester = true;
  c.satisfaction = { solved: true, at: at.toISOString() };
  touchCard(c, at);
  for (const ch of cardChannels(c)) enqueue(c, { kind: 'thread', target: ch, note: 'requester-solved' }, at);
  return true;
}

/** Answers given after the hand-off join the case (never while resolved); the card shows them. */
export function addDetails(c: Case, details: CaseDetailsEffect, at: Date): boolean {
  if (c.status === 'resolved') return false;
  let changed = false;
  for (const [question, value] of Object.entries(details.answers)) {
    const key = question as keyof typeof c.answers;
    if (value === undefined || c.answers[key] === value) continue;
    Object.assign(c.answers, { [key]: value });
    changed = true;
  }
  // The transcript is capped: once full it changes at its end, not in length.
  const last = (t: { at: string; text: string }[]) => JSON.stringify(t.at(-1) ?? null);
  if (details.transcript.length > c.transcript.length || last(details.transcript) !== last(c.transcript)) {
    c.transcript = details.transcript;
    changed = true;
  }
  if (changed) touchCard(c, at);
  return changed;
}

/** A message relayed while the case is claimed, queued for the other side. */
export function relay(c: Case, from: 'user' | 'agent', name: string, text: string, at: Date): boolean {
  if (c.status !== 'claimed') return false;
  c.messages.push({ from, name, text, at: at.toISOString() });
  const messageIndex = c.messages.length - 1;
  if (from === 'agent') enqueue(c, { kind: 'user', notice: 'agent-message', messageIndex }, at);
  else for (const ch of cardChannels(c)) enqueue(c, { kind: 'thread', target: ch, messageIndex }, at);
  c.updatedAt = at.toISOString();
  return true;
}

/** Open and waiting longer than `minutes`, never reminded: bump the card once. */
export function remind(c: Case, minutes: number, at: Date): boolean {
  const channels = cardChannels(c);
  const due =
    c.status === 'open' && !c.remindedAt && at.getTime() - Date.parse(c.openSince) >= minutes * 60_000;
  if (!due || channels.length === 0) return false;
  c.remindedAt = at.toISOString();
  for (const ch of channels) enqueue(c, { kind: 'remind', target: ch }, at);
  return true;
}

/** What the card shows changed: one (coalesced) update per support channel. */
function touchCard(c: Case, at: Date): void {
  c.updatedAt = at.toISOString();
  c.cardRevision++;
  for (const ch of cardChannels(c)) enqueue(c, { kind: 'update', target: ch }, at);
}
