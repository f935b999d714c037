import { createEscalationService } from '../../../../src/core/escalation/service.ts';
import type { Reply } from '../../../../src/core/reply/reply.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { SqliteStorage } from '../../../../src/storage/sqlite-storage.ts';
import {
  anEffect,
  aRequester,
  fakeSupport,
  inSupportChannel,
  manualClock,
  recordingLogger,
  supportPlaces,
} from './fakes.ts';

const text = (r: Reply[]) => (r[0]?.kind === 'text' ? r[0].text : '');

test('twenty agents pressing Claim at once on SQLite: one owner per case, everyone else told who it is', async () => {
  const storage = new SqliteStorage(':memory:');
  const slack = fakeSupport('slack');
  const service = createEscalationService({
    store: storage,
    translator: createTranslator(),
    clock: manualClock(),
    logger: recordingLogger(),
    support: [slack.notifier],
    supportPlaces,
  });
  const rounds = 10;
  for (let round = 1; round <= rounds; round++) {
    await service.open(
      anEffect(),
      aRequester({ userId: `29:user-${round}`, conversationKey: `teams:conv-${round}` }),
    );
  }
  await service.idle();
  for (let round = 1; round <= rounds; round++) {
    const caseId = `ENR-${1000 + round}`;
    const agents = Array.from({ length: 20 }, (_, i) =>
      inSupportChannel({ channel: 'slack', userId: `U${i}`, userName: `Agent ${i}` }),
    );
    const answers = (
      await Promise.all(agents.map((a) => service.handleAction({ type: 'case-claim', caseId }, a, 'en')))
    ).map(text);
    const owner = (await service.getCase(caseId))?.assignee?.userName;
    expect(answers.filter((a) => a.startsWith('You have'))).toHaveLength(1);
    expect(answers.filter((a) => a === `${owner} already has case ${caseId}.`)).toHaveLength(19);
  }
  await service.idle();
  // One card update per claimed case, never two.
  expect(slack.updates.map((u) => u.card.caseId).sort()).toEqual(
    Array.from({ length: rounds }, (_, i) => `ENR-${1001 + i}`).sort(),
  );
  storage.close();
});
