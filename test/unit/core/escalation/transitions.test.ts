import type { Case } from '../../../../src/core/escalation/case.ts';
import {
  addDetails,
  claim,
  rate,
  relay,
  remind,
  resolve,
  satisfactionOutcome,
} from '../../../../src/core/escalation/transitions.ts';
import { aCase, agentAna, agentBo } from './fakes.ts';

const t0 = new Date('2026-11-22T02:00:00.000Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function posted(): Case {
  return aCase({
    trigger: 'button',
    posts: { slack: { channel: 'slack', threadKey: 'slack:C1:1.1', ref: { channel: 'C1', ts: '1.1' } } },
  });
}

const keys = (c: Case) => c.outbox.map((n) => `${n.key}=${n.status}`);

test('a case is claimed once; a second claim changes nothing', () => {
  const c = posted();
  expect(claim(c, agentAna, later(1))).toBe(true);
  expect(claim(c, agentBo, later(2))).toBe(false);
  expect(c.assignee).toEqual(agentAna);
  expect(keys(c)).toEqual(['update:slack=pending', 'user:claimed=pending']);
});

test('relay works only while claimed and queues the other side', () => {
  const c = posted();
  expect(relay(c, 'user', 'Alex', 'hi', later(1))).toBe(false);
  claim(c, agentAna, later(1));
  expect(relay(c, 'user', 'Alex', 'hi', later(2))).toBe(true);
  expect(relay(c, 'agent', 'Ana', 'hello', later(3))).toBe(true);
  expect(keys(c).slice(2)).toEqual(['thread:slack:0=pending', 'user:agent-message:1=pending']);
});

test('"not solved" reopens with a fresh reminder; "solved" only notes it', () => {
  const c = posted();
  claim(c, agentAna, later(1));
  resolve(c, agentAna, later(2));
  const requester = { channel: 'teams' as const, userId: c.requester.userId, userName: '' };
  expect(satisfactionOutcome(c, { ...requester, where: { conversationKey: 'k' } })).toBe('recorded');
  expect(satisfactionOutcome(c, { ...agentBo, where: { conversationKey: 'k' } })).toBe('not-yours');
  c.remindedAt = later(1).toISOString();
  rate(c, false, later(3));
  expect(c).toMatchObject({ status: 'open', openSince: later(3).toISOString() });
  expect(c.assignee).toBeUndefined();
  expect(c.remindedAt).toBeUndefined();
  expect(keys(c)).toContain('thread:slack:not-satisfied=pending');
  // One card update, re-armed for every change rather than queued three times.
  expect(c.outbox.filter((n) => n.kind === 'update')).toHaveLength(1);
});

test('an unclaimed case is reminded once, after the delay, and only where a card exists', () => {
  const c = posted();
  expect(remind(c, 30, later(29))).toBe(false);
  expect(remind(c, 30, later(30))).toBe(true);
  expect(remind(c, 30, later(90))).toBe(false);
  const local = { ...posted(), posts: {} };
  expect(remind(local, 30, later(60))).toBe(false);
});

test('a message added while waiting reaches the case even once its transcript is full', () => {
  const c = posted();
  const line = (i: number) => ({ from: 'user' as const, text: `line ${i}`, at: later(i).toISOString() });
  c.transcript = Array.from({ length: 30 }, (_, i) => line(i));
  const transcript = [...c.transcript.slice(1), line(30)];
  const details = {
    kind: 'case-details' as const,
    answers: {},
    shown: [],
    transcript,
    locale: 'en' as const,
  };
  expect(addDetails(c, details, later(31))).toBe(true);
  expect(c.transcript.at(-1)?.text).toBe('line 30');
  expect(c.cardRevision).toBe(2);
  // The same again changes nothing.
  expect(addDetails(c, details, later(32))).toBe(false);
});
