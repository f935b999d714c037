import { parseActionPayload } from '../../../../src/core/reply/actions.ts';
import {
  cardSize,
  maxCardBytes,
  renderAdaptiveCard,
  toTeamsActivityParts,
} from '../../../../src/teams/render/adaptive-card.ts';
import type { AdaptiveCard, Table, TextBlock } from '../../../../src/teams/render/card-types.ts';
import { renderResolutionCard } from '../../../../src/teams/render/resolution-card.ts';
import { defaultCardStrings } from '../../../../src/teams/render/strings.ts';
import {
  aBigCause,
  aCause,
  aChooseEntry,
  aQuestion,
  aResolution,
  aStep,
  hostileText,
  plain,
} from '../../../fakes/replies.ts';
import { cardText, walkCard } from './card-walk.ts';

const textBlocks = (card: AdaptiveCard): TextBlock[] =>
  walkCard(card).elements.filter((e): e is TextBlock => e.type === 'TextBlock');

describe('renderAdaptiveCard for a resolution', () => {
  it('is an Adaptive Card 1.5 with the title first, then the why, then the likely cause with its reason', () => {
    const card = renderAdaptiveCard(aResolution());
    expect(card.version).toBe('1.5');
    const texts = textBlocks(card).map((t) => t.text);
    expect(texts[0]).toBe('Device Cap Reached');
    expect(texts[1]).toContain('Matched the error text');
    const order = [
      'Likely cause',
      'CNAME records',
      'All users are affected',
      'Steps',
      'Create CNAME',
      'Wait for DNS',
    ];
    const positions = order.map((s) => texts.findIndex((t) => t.includes(s)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('numbers the steps and letters the sub-steps', () => {
    const step = aStep('Open Settings', { substeps: [aStep('Tap General'), aStep('Tap VPN')] });
    const card = renderAdaptiveCard(aResolution({ causes: [aCause({ steps: [aStep('Sign out'), step] })] }));
    const texts = textBlocks(card).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['**1.**', '**2.**', '**a.**', '**b.**']));
  });

  it('wraps every text block so nothing is truncated on mobile', () => {
    const card = renderAdaptiveCard(aResolution({ causes: [aBigCause(1), aBigCause(2)] }));
    expect(textBlocks(card).every((t) => t.wrap === true)).toBe(true);
  });

  it('has the feedback buttons as Action.Submit carrying the payload under ieb, and an OpenUrl to Learn', () => {
    const reply = aResolution();
    const card = renderAdaptiveCard(reply);
    const submits = (card.actions ?? []).filter((a) => a.type === 'Action.Submit');
    expect(submits.map((a) => a.title)).toEqual(['This fixed it', "Didn't help", 'Talk to a person']);
    expect(submits.map((a) => parseActionPayload(a.data))).toEqual(reply.actions.map((a) => a.payload));
    expect(submits[0]).toMatchObject({ style: 'positive' });
    expect(card.actions).toContainEqual({
      type: 'Action.OpenUrl',
      title: 'Open in Microsoft Learn',
      url: reply.learnUrl,
    });
  });

  it('shows the fallback notice when the content is English for a user in another language', () => {
    const card = renderAdaptiveCard(
      aResolution({ fallbackNotice: 'Den här artikeln finns bara på engelska.' }),
    );
    expect(cardText(card)).toContain('Den här artikeln finns bara på engelska.');
  });

  it('puts the other causes and the alternatives into ShowCards without losing any step', () => {
    const reply = aResolution({
      causes: [aBigCause(1, 'Likely cause', 3), aBigCause(2, 'Cause 2', 3), aBigCause(3, 'Cause 3', 3)],
    });
    const card = renderAdaptiveCard(reply);
    const showCards = walkCard(card).actions.filter((a) => a.type === 'Action.ShowCard');
    expect(showCards.map((a) => a.title)).toEqual(
      expect.arrayContaining([
        'Summary of cause 2.',
        'Summary of cause 3.',
        'Resolution #1a',
        'Resolution #1b',
        'Show the table',
        'Show the log',
      ]),
    );
    const top = card.body.flatMap((e) => (e.type === 'TextBlock' ? [e.text] : []));
    expect(top.join('\n')).not.toContain('Cause 2 step 1');
    const visible = JSON.stringify(card.body.filter((e) => e.type !== 'ActionSet'));
    expect(visible).toContain('Summary of cause 3');
    // Each other cause unfolds under a button that names it, never under one more "Steps".
    expect(showCards.filter((a) => a.title === 'Steps')).toHaveLength(0);
    const text = cardText(card);
    for (const cause of reply.causes) {
      for (const step of [...cause.steps, ...cause.alternatives.flatMap((a) => a.steps)]) {
        expect(text).toContain(step.text[0]?.text.trim());
      }
    }
    expect(text).toContain('log line 5 of cause 3 XPC_TYPE_ERROR');
    expect(cardSize(card)).toBeLessThanOrEqual(maxCardBytes);
  });

  it('shows the first alternative inline when the cause has no common steps', () => {
    const cause = aCause({
      steps: [],
      alternatives: [
        { title: 'Resolution #1', label: 'Resolution #1', intro: [], steps: [aStep('Restart the device')] },
        {
          title: 'Resolution #2',
          label: 'Resolution #2',
          intro: [],
          steps: [aStep('Reinstall Company Portal')],
        },
      ],
    });
    const card = renderAdaptiveCard(aResolution({ causes: [cause] }));
    const topLevel = JSON.stringify(card.body.filter((e) => e.type !== 'ActionSet'));
    expect(topLevel).toContain('Restart the device');
    expect(topLevel).not.toContain('Reinstall Company Portal');
    expect(walkCard(card).actions.map((a) => a.title)).toContain('Resolution #2');
  });

  it('renders a table as a Table element with a stacked fallback for clients without 1.5', () => {
    const table = {
      kind: 'table' as const,
      header: [plain('TYPE'), plain('Points to')],
      rows: [[plain('CNAME'), plain('x.manage.microsoft.com')]],
    };
    const card = renderAdaptiveCard(aResolution({ causes: [aCause({ outro: [table] })] }));
    const found = walkCard(card).elements.find((e): e is Table => e.type === 'Table');
    expect(found?.rows).toHaveLength(2);
    expect(found?.firstRowAsHeader).toBe(true);
    expect(JSON.stringify(found?.fallback)).toContain('**TYPE:** CNAME');
  });

  it('shows code in monospace and notes in styled containers with their label', () => {
    const outro = [
      { kind: 'code' as const, code: 'short log line' },
      { kind: 'note' as const, level: 'warning' as const, paragraphs: [plain('Do not delete the profile.')] },
    ];
    const card = renderAdaptiveCard(aResolution({ causes: [aCause({ outro })] }));
    expect(textBlocks(card).find((t) => t.text === 'short log line')?.fontType).toBe('Monospace');
    const json = JSON.stringify(card);
    expect(json).toMatch(/"style":"attention","items":\[\{"type":"TextBlock","text":"\*\*Warning\*\*"/);
  });

  it('renders links as markdown links and refuses non-web links', () => {
    const summary = [
      { text: 'See ' },
      { text: 'the docs', href: 'https://learn.microsoft.com/a_(b)' },
      { text: ' or ' },
      { text: 'this', href: 'javascript:alert(1)' },
    ];
    const card = renderAdaptiveCard(aResolution({ causes: [aCause({ summary })] }));
    const text = textBlocks(card).find((t) => t.text.startsWith('See'))?.text;
    expect(text).toBe('See [the docs](https://learn.microsoft.com/a_%28b%29) or this');
  });

  it('escapes markdown in content and in user-visible strings, so pasted text cannot format or link', () => {
    const reply = aResolution({
      title: hostileText,
      why: hostileText,
      causes: [aCause({ summary: plain(hostileText) })],
    });
    const card = renderAdaptiveCard(reply);
    for (const t of textBlocks(card).filter((b) => b.text.includes('channel'))) {
      expect(t.text).not.toMatch(/(^|[^\\])\[x\]\(/);
      expect(t.text).not.toMatch(/(^|[^\\])\*bold/);
      expect(t.text).not.toContain('\u001b');
      expect(t.text).toContain('\\[x\\](javascript:alert(1))');
    }
  });

  it('does not read step text that starts like a list or heading as markdown', () => {
    const card = renderAdaptiveCard(
      aResolution({ causes: [aCause({ steps: [aStep('1. Not a list'), aStep('# not a heading')] })] }),
    );
    const texts = textBlocks(card).map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['1\\. Not a list', '\\# not a heading']));
  });

  it('lays many steps out compactly rather than cutting anything when the full layout is too large', () => {
    const steps = Array.from({ length: 90 }, (_, i) => aStep(`Step number ${i + 1} of the long procedure`));
    const reply = aResolution({ causes: [aCause({ steps })] });
    expect(cardSize(renderResolutionCard(reply, defaultCardStrings, 'full'))).toBeGreaterThan(maxCardBytes);
    const card = renderAdaptiveCard(reply);
    expect(cardSize(card)).toBeLessThanOrEqual(maxCardBytes);
    const texts = textBlocks(card).map((t) => t.text);
    expect(texts).toContain('**1.** Step number 1 of the long procedure');
    expect(texts).toContain('**90.** Step number 90 of the long procedure');
    expect(cardText(card)).not.toContain('The rest of this fix is in the article.');
  });

  it('stays under the size budget for a huge reply and then says the rest is in the article', () => {
    const causes = Array.from({ length: 8 }, (_, i) => aBigCause(i + 1));
    const card = renderAdaptiveCard(aResolution({ causes }));
    expect(cardSize(card)).toBeLessThanOrEqual(maxCardBytes);
    const text = cardText(card);
    expect(text).toContain('The rest of this fix is in the article.');
    expect(text).toContain('Cause 1 step 12');
    expect(text).toContain('Summary of cause 8');
  });
});

describe('renderAdaptiveCard for questions and choices', () => {
  it('gives a button per choice and skip last, each parsing back to its payload', () => {
    const reply = aQuestion({ hint: 'Look at Settings > General > About.' });
    const card = renderAdaptiveCard(reply);
    const submits = walkCard(card).actions.filter((a) => a.type === 'Action.Submit');
    expect(submits.map((a) => a.title)).toEqual(['iOS/iPadOS', 'Android', 'Windows', "Don't know"]);
    expect(submits.map((a) => parseActionPayload(a.data))).toEqual(
      [...reply.choices, reply.skip].map((a) => a.payload),
    );
    expect(cardText(card)).toContain('Look at Settings > General > About.');
  });

  it('shows an answered question with its answer and nothing left to press', () => {
    const card = renderAdaptiveCard(aQuestion({ answered: 'iOS/iPadOS', replaces: 'question-card' }));
    expect(walkCard(card).actions).toEqual([]);
    expect(cardText(card)).toContain('iOS/iPadOS');
    expect(cardText(card)).toContain('Which platform is the device?');
  });

  it('puts long choice labels one per row so none is cut', () => {
    const choices = aQuestion().choices.map((c) => ({ ...c, label: `${c.label} with a much longer label` }));
    const card = renderAdaptiveCard(aQuestion({ choices }));
    const sets = card.body.filter((e) => e.type === 'ActionSet');
    expect(sets.every((s) => s.type === 'ActionSet' && s.actions.length === 1)).toBe(true);
  });

  it('lists candidates with their reason and a choose button, then "none of these"', () => {
    const reply = aChooseEntry();
    const card = renderAdaptiveCard(reply);
    const text = cardText(card);
    expect(text).toContain('Device Cap Reached');
    expect(text).toContain('Close to "Device cap reached"');
    const payloads = walkCard(card).actions.map((a) =>
      a.type === 'Action.Submit' ? parseActionPayload(a.data) : null,
    );
    expect(payloads).toEqual([
      { type: 'choose-entry', entryId: 'ios/device-cap-reached' },
      { type: 'choose-entry', entryId: 'general/device-cap-reached' },
      { type: 'choose-entry', entryId: null },
    ]);
  });
});

describe('toTeamsActivityParts', () => {
  it('sends a text reply as text with markdown escaped, and no attachment', () => {
    const parts = toTeamsActivityParts({ kind: 'text', text: 'Try *again*', tone: 'warning' });
    expect(parts.attachments).toEqual([]);
    expect(parts.text).toBe('⚠️ Try \\*again\\*');
  });

  it('sends a card reply as one Adaptive Card attachment with a summary for notifications', () => {
    const parts = toTeamsActivityParts(aResolution());
    expect(parts.text).toBeUndefined();
    expect(parts.attachments).toHaveLength(1);
    expect(parts.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(parts.summary).toContain('Device Cap Reached');
  });

  it('renders empty or binary input without failing', () => {
    for (const text of ['', '\u0000\u0001\u001b']) {
      expect(toTeamsActivityParts({ kind: 'text', text }).text).toBe('');
      const card = renderAdaptiveCard(aResolution({ title: text, why: text }));
      expect(JSON.stringify(card)).not.toContain('\\u0000');
      expect(card.version).toBe('1.5');
    }
  });
});
