import type { Case } from '../../../../src/core/escalation/case.ts';
import { buildCaseCard } from '../../../../src/core/escalation/case-card.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import { renderCaseAdaptiveCard, renderNoticeCard } from '../../../../src/teams/escalation/case-card.ts';
import { cardSize, maxCardBytes } from '../../../../src/teams/render/adaptive-card.ts';
import { aCase, aRequester } from '../../core/escalation/fakes.ts';
import { cardText, walkCard } from '../render/card-walk.ts';

const translator = createTranslator();
const huge = '设备无法注册 0x80180014 '.repeat(2000);

function aHugeCase(overrides: Partial<Case> = {}): Case {
  return aCase({
    id: 'ENR-1042',
    requester: aRequester({ userName: '**Eve** [x](https://evil.example)', locale: 'zh-CN' }),
    answers: { errorText: huge, platform: 'ios', usersAffected: 'all', mdmAuthority: 'unknown' },
    shown: [{ entryId: 'ios/device-cap-reached', score: 0.61, why: 'x', verdict: 'not-fixed' }],
    notHelped: ['ios/device-cap-reached'],
    transcript: Array.from({ length: 20 }, (_, i) => ({
      from: i % 2 ? 'bot' : 'user',
      text: huge,
      at: '',
    })) as Case['transcript'],
    ...overrides,
  });
}

describe('the Teams case card', () => {
  test('stays within the card budget, wraps every line and shows user text literally', () => {
    const card = renderCaseAdaptiveCard(buildCaseCard(aHugeCase(), { translator, locale: 'sv' }));
    expect(cardSize(card)).toBeLessThan(maxCardBytes);
    const { elements, actions } = walkCard(card);
    for (const e of elements) if (e.type === 'TextBlock') expect(e.wrap).toBe(true);
    const json = JSON.stringify(card);
    expect(json.replaceAll('\u2060', '')).toContain(
      '\\\\*\\\\*Eve\\\\*\\\\* \\\\[x\\\\](https://evil.example)',
    );
    expect(actions.map((a) => (a.type === 'Action.Submit' ? a.data : null))).toEqual([
      { ieb: { type: 'case-claim', caseId: 'ENR-1042' } },
      { ieb: { type: 'case-resolve', caseId: 'ENR-1042' } },
    ]);
    const text = cardText(card);
    expect(text).toContain('ENR-1042: hjälp med registrering behövs');
    expect(text).toContain('Plattform: iOS/iPadOS');
    expect(text).toContain('Berörda användare: Alla användare');
    expect(text).toContain('MDM-utfärdare: Vet inte');
    expect(text).toContain('hjälpte inte');
  });

  test('once resolved it names who resolved it and offers no buttons', () => {
    const resolved = aHugeCase({
      status: 'resolved',
      resolvedBy: { channel: 'teams', userId: 'a', userName: 'Ana' },
    });
    const card = renderCaseAdaptiveCard(buildCaseCard(resolved, { translator, locale: 'en' }));
    expect(walkCard(card).actions).toEqual([]);
    expect(cardText(card)).toContain('Resolved by Ana');
  });

  test('the satisfaction question is a card with both answers as submits', () => {
    const card = renderNoticeCard({
      text: 'Is your problem solved?',
      actions: [
        { label: 'Yes', payload: { type: 'case-satisfied', caseId: 'ENR-1', solved: true } },
        { label: 'No', payload: { type: 'case-satisfied', caseId: 'ENR-1', solved: false } },
      ],
    });
    expect(walkCard(card).actions.map((a) => a.title)).toEqual(['Yes', 'No']);
  });
});
