import { createCaseRepository } from '../../../../src/core/escalation/case-repository.ts';
import { MemoryDocumentStore } from '../../../fakes/memory-document-store.ts';

const t0 = new Date('2026-11-22T02:00:00.000Z');
const minutesLater = (m: number) => new Date(t0.getTime() + m * 60_000);

describe('the open-case limit of one person', () => {
  test('a case id reserved but not stored yet counts, until its instance has clearly died', async () => {
    const repo = createCaseRepository(new MemoryDocumentStore());
    // Three reservations whose cases the instance never got to store.
    for (let i = 0; i < 3; i++)
      expect((await repo.reserveForRequester('teams/t1/alex', 3, t0)).ok).toBe(true);
    expect(await repo.reserveForRequester('teams/t1/alex', 3, minutesLater(1))).toEqual({
      ok: false,
      open: ['ENR-1001', 'ENR-1002', 'ENR-1003'],
    });
    // Someone else is not held back by them.
    expect((await repo.reserveForRequester('teams/t1/bo', 3, minutesLater(1))).ok).toBe(true);
    // Reservations that never became cases stop counting, so nobody is locked out for good.
    expect(await repo.reserveForRequester('teams/t1/alex', 3, minutesLater(6))).toEqual({
      ok: true,
      id: 'ENR-1005',
    });
  });
});
