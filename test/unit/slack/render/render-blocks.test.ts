import { parseActionPayload } from '../../../../src/core/reply/actions.ts';
import type { SlackButton, SlackMessage } from '../../../../src/slack/render/block-types.ts';
import { renderBlocks } from '../../../../src/slack/render/render-blocks.ts';
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
import { learnButtonUrl, limitViolations, messageText } from './limits-check.ts';

function buttons(m: SlackMessage): SlackButton[] {
  const elements = m.blocks.flatMap((b): unknown[] =>
    b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : [],
  );
  return elements.filter((e): e is SlackButton => (e as { type?: string }).type === 'button');
}

describe('renderBlocks for a resolution', () => {
  it('starts with the title as header, then the why, then the likely cause with its reason and steps', () => {
    const message = renderBlocks(aResolution());
    expect(message.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Device Cap Reached', emoji: false },
    });
    const text = messageText(message);
    const order = [
      'Matched the error text',
      '*Likely cause*',
      'CNAME records',
      '_All users',
      '*Steps*',
      '1. Create',
      '2. Wait',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(limitViolations(message)).toEqual([]);
  });

  it('has a notification text and a link button to Learn beside the feedback buttons', () => {
    const reply = aResolution();
    const message = renderBlocks(reply);
    expect(message.text).toContain('Device Cap Reached');
    expect(learnButtonUrl(message)).toBe(reply.learnUrl);
    const link = buttons(message).find((b) => b.url);
    expect(link?.text.text).toBe('Open in Microsoft Learn');
    expect(link?.value).toBeUndefined();
  });

  it('renders the buttons of a text reply ("Talk to a person", the languages), each with its payload', () => {
    const actions = [
      { label: 'Talk to a person', payload: { type: 'escalate' as const } },
      { label: 'Start over', payload: { type: 'restart' as const } },
      { label: 'Français', payload: { type: 'set-locale' as const, locale: 'fr' as const } },
    ];
    const message = renderBlocks({ kind: 'text', text: 'The articles I hold don’t cover this.', actions });
    const payloads = buttons(message).map((b) =>
      b.type === 'button' ? parseActionPayload(JSON.parse(b.value ?? '')) : null,
    );
    expect(payloads).toEqual(actions.map((a) => a.payload));
    // A long text keeps its buttons within the block limit.
    const long = renderBlocks({ kind: 'text', text: 'word '.repeat(20_000), actions });
    expect(long.blocks.length).toBeLessThanOrEqual(50);
    expect(buttons(long)).toHaveLength(3);
  });

  it('gives buttons unique action ids ieb:<type>:<n> and the payload as JSON value', () => {
    const reply = aResolution();
    const list = buttons(renderBlocks(reply)).filter((b) => !b.url);
    expect(list.map((b) => (b.type === 'button' ? b.action_id : ''))).toEqual([
      'ieb:feedback:0',
      'ieb:feedback:1',
      'ieb:escalate:2',
    ]);
    const payloads = list.map((b) =>
      b.type === 'button' ? parseActionPayload(JSON.parse(b.value ?? '')) : null,
    );
    expect(payloads).toEqual(reply.actions.map((a) => a.payload));
    expect(list[0]).toMatchObject({ style: 'primary' });
  });

  it('shortens a title longer than a header holds at a word and repeats it in full below', () => {
    const title = `Company Portal Temporarily Unavailable. ${'The Company Portal app encountered a problem. '.repeat(4)}`;
    const message = renderBlocks(aResolution({ title }));
    const header = message.blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBeLessThanOrEqual(150);
    const shown = header?.type === 'header' ? header.text.text : '';
    expect(shown.endsWith('…')).toBe(true);
    expect(title.startsWith(shown.slice(0, -1))).toBe(true);
    expect(title.charAt(shown.length - 1)).toBe(' ');
    expect(messageText(message)).toContain(title.trim());
  });

  it('numbers sub-steps with letters and keeps a step with its sub-steps in one section', () => {
    const step = aStep('Open Settings', { substeps: [aStep('Tap General'), aStep('Tap VPN')] });
    const message = renderBlocks(aResolution({ causes: [aCause({ steps: [step] })] }));
    const section = message.blocks.find(
      (b) => b.type === 'section' && b.text?.text.includes('Open Settings'),
    );
    expect(section?.type === 'section' && section.text?.text).toMatch(
      /1\. Open Settings\n\s+a\. Tap General\n\s+b\. Tap VPN/,
    );
  });

  it('splits long steps into sections at step boundaries, never inside a word', () => {
    const steps = Array.from({ length: 20 }, (_, i) =>
      aStep(`Step ${i + 1} ${'configure the enrollment profile '.repeat(8)}end${i + 1}`),
    );
    const message = renderBlocks(aResolution({ causes: [aCause({ steps })] }));
    expect(limitViolations(message)).toEqual([]);
    const sections = message.blocks
      .filter((b) => b.type === 'section')
      .map((b) => (b.type === 'section' ? (b.text?.text ?? '') : ''));
    const withSteps = sections.filter((t) => /\d+\. Step/.test(t));
    expect(withSteps.length).toBeGreaterThan(1);
    for (const t of withSteps) expect(t).toMatch(/end\d+$/);
    for (let i = 1; i <= 20; i++) expect(messageText(message)).toContain(`end${i}`);
  });

  it('splits a single step longer than a section between words', () => {
    const words = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const message = renderBlocks(aResolution({ causes: [aCause({ steps: [aStep(words)] })] }));
    expect(limitViolations(message)).toEqual([]);
    const text = messageText(message);
    expect(text).toContain('word0');
    expect(text).toContain('word899');
    for (const b of message.blocks) {
      if (b.type === 'section') expect(b.text?.text).not.toMatch(/word\d*$(?<!word\d+)/);
    }
  });

  it('stays within every limit for a huge reply and says the rest is in the article, keeping Learn and buttons', () => {
    const causes = Array.from({ length: 10 }, (_, i) => aBigCause(i + 1, `Cause ${i + 1}`, 12));
    const reply = aResolution({ causes });
    const message = renderBlocks(reply);
    expect(limitViolations(message)).toEqual([]);
    const text = messageText(message);
    expect(text).toContain('The rest of this fix is in the article.');
    expect(text).toContain('Cause 1 step 12');
    expect(text).toContain(`<${reply.learnUrl}|Open in Microsoft Learn>`);
    expect(learnButtonUrl(message)).toBe(reply.learnUrl);
    expect(buttons(message)).toHaveLength(4);
  });

  it('renders narrow tables as aligned code, wide ones as labelled lines, and logs as code blocks', () => {
    const narrow = {
      kind: 'table' as const,
      header: [plain('TYPE'), plain('TTL')],
      rows: [[plain('CNAME'), plain('1 Hr')]],
    };
    const wide = {
      kind: 'table' as const,
      header: [plain('Error code'), plain('Suggested resolution')],
      rows: [
        [
          plain('0x80CF0437'),
          plain('Make sure that the clock and the time zone on the client computer are set correctly.'),
        ],
      ],
    };
    const code = { kind: 'code' as const, code: 'mobileassetd[83] <Notice>: XPC_TYPE_ERROR `x`' };
    const text = messageText(
      renderBlocks(aResolution({ causes: [aCause({ outro: [narrow, wide, code] })] })),
    );
    expect(text).toContain('```\nTYPE  | TTL\n------+-----\nCNAME | 1 Hr\n```');
    expect(text).toContain('*Error code:* 0x80CF0437\n*Suggested resolution:* Make sure');
    expect(text).toContain('```\nmobileassetd[83] &lt;Notice&gt;: XPC_TYPE_ERROR ˋxˋ\n```');
  });

  it('marks notes with their label and quotes them', () => {
    const note = {
      kind: 'note' as const,
      level: 'important' as const,
      paragraphs: [plain('Back up first.')],
    };
    const text = messageText(renderBlocks(aResolution({ causes: [aCause({ intro: [note] })] })));
    expect(text).toContain('> :exclamation: *Important*\n> Back up first.');
  });

  it('converts rich text to mrkdwn and refuses script links', () => {
    const summary = [
      { text: 'Use ' },
      { text: 'Settings', style: 'bold' as const },
      { text: ' and ' },
      { text: 'enrollment.manage.microsoft.com', style: 'code' as const },
      { text: ', see ' },
      { text: 'docs', href: 'https://learn.microsoft.com/x' },
      { text: ' or ' },
      { text: 'this', href: 'javascript:alert(1)' },
    ];
    const text = messageText(renderBlocks(aResolution({ causes: [aCause({ summary })] })));
    expect(text).toContain(
      'Use *Settings* and `enrollment.manage.microsoft.com`, see <https://learn.microsoft.com/x|docs> or this',
    );
  });

  it('escapes mentions, links and formatting in every text field', () => {
    const reply = aResolution({
      title: hostileText,
      why: hostileText,
      causes: [aCause({ summary: plain(hostileText) })],
    });
    const message = renderBlocks(reply);
    // The header is plain_text, which Slack never parses for mentions or links; every mrkdwn field is escaped.
    const all = `${messageText({ ...message, blocks: message.blocks.slice(1) })}\n${message.text}`;
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<https://evil');
    expect(all).not.toMatch(/(^|\s)\*bold\*/);
    expect(all).not.toContain('\u001b');
    expect(all).toContain('&lt;!channel&gt;');
    expect(limitViolations(message)).toEqual([]);
  });

  it('leaves underscores inside error codes alone so they copy correctly', () => {
    const text = messageText(
      renderBlocks(aResolution({ causes: [aCause({ summary: plain('XPC_TYPE_ERROR seen') })] })),
    );
    expect(text).toContain('XPC_TYPE_ERROR seen');
  });
});

describe('renderBlocks for questions, choices and text', () => {
  it('renders a question with hint and a button per choice plus skip', () => {
    const reply = aQuestion({ hint: 'Settings > General' });
    const message = renderBlocks(reply);
    expect(limitViolations(message)).toEqual([]);
    expect(messageText(message)).toContain('Settings &gt; General');
    const list = buttons(message);
    expect(list.map((b) => (b.type === 'button' ? b.text.text : ''))).toEqual([
      'iOS/iPadOS',
      'Android',
      'Windows',
      "Don't know",
    ]);
    expect(
      list.map((b) => (b.type === 'button' ? parseActionPayload(JSON.parse(b.value ?? '')) : null)),
    ).toEqual([...reply.choices, reply.skip].map((a) => a.payload));
  });

  it('shows an answered question with its answer and nothing left to press', () => {
    const message = renderBlocks(aQuestion({ answered: 'iOS/iPadOS', replaces: 'question-card' }));
    expect(buttons(message)).toEqual([]);
    expect(messageText(message)).toContain('iOS/iPadOS');
  });

  it('cuts a button label over 75 characters at a word', () => {
    const label = 'A very long label '.repeat(8);
    const choices = aQuestion().choices.map((c) => ({ ...c, label }));
    const [b] = buttons(renderBlocks(aQuestion({ choices })));
    expect(b?.type === 'button' && b.text.text.length).toBeLessThanOrEqual(75);
    const shown = b?.type === 'button' ? b.text.text : '';
    expect(shown.endsWith('…')).toBe(true);
    expect(label.startsWith(shown.slice(0, -1))).toBe(true);
    expect(label.charAt(shown.length - 1)).toBe(' ');
  });

  it('renders candidates each with a button and "none of these"', () => {
    const message = renderBlocks(aChooseEntry());
    expect(limitViolations(message)).toEqual([]);
    const payloads = buttons(message).map((b) => (b.type === 'button' ? JSON.parse(b.value ?? '') : null));
    expect(payloads).toEqual([
      { type: 'choose-entry', entryId: 'ios/device-cap-reached' },
      { type: 'choose-entry', entryId: 'general/device-cap-reached' },
      { type: 'choose-entry', entryId: null },
    ]);
  });

  it('escapes a text reply and keeps even a huge one within limits', () => {
    const message = renderBlocks({ kind: 'text', text: `${hostileText} ${'lorem ipsum '.repeat(3000)}` });
    expect(limitViolations(message)).toEqual([]);
    expect(messageText(message)).not.toContain('<!channel>');
    expect(message.text.length).toBeLessThanOrEqual(300);
  });

  it('keeps every text object non-empty when the input is empty or only control characters', () => {
    for (const text of ['', '   ', '\u0000\u0001\u001b']) {
      expect(limitViolations(renderBlocks({ kind: 'text', text }))).toEqual([]);
      expect(limitViolations(renderBlocks(aQuestion({ prompt: text })))).toEqual([]);
      const message = renderBlocks(aResolution({ title: text, why: text }));
      expect(limitViolations(message)).toEqual([]);
      const header = message.blocks[0];
      expect(header?.type === 'header' && header.text.text).toBe('…');
    }
  });
});
