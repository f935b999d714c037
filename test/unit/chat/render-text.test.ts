import { renderText } from '../../../src/chat/render-text.ts';
import {
  aBigCause,
  aCause,
  aChooseEntry,
  aQuestion,
  aResolution,
  aStep,
  plain,
} from '../../fakes/replies.ts';

describe('renderText', () => {
  it('shows a resolution as readable text: title, why, likely cause, numbered steps, Learn link, numbered buttons', () => {
    const reply = aResolution();
    const { text, actions } = renderText(reply);
    const order = [
      'Device Cap Reached',
      'Matched the error text',
      'Likely cause: The necessary CNAME',
      '(All users',
      'Steps:',
      '1. Create',
      '2. Wait',
      `Open in Microsoft Learn: ${reply.learnUrl}`,
      '1) This fixed it',
      "2) Didn't help",
      '3) Talk to a person',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(actions).toEqual(reply.actions.map((a) => a.payload));
  });

  it('contains every step of every cause and alternative, sub-steps lettered and indented', () => {
    const step = aStep('Open Settings', { substeps: [aStep('Tap General')] });
    const reply = aResolution({ causes: [aCause({ steps: [step] }), aBigCause(2), aBigCause(3)] });
    const { text } = renderText(reply);
    expect(text).toMatch(/1\. Open Settings\n\s+a\. Tap General/);
    for (const cause of reply.causes.slice(1)) {
      for (const s of [...cause.steps, ...cause.alternatives.flatMap((a) => a.steps)]) {
        expect(text).toContain(s.text[0]?.text);
      }
    }
    expect(text).toContain('Other possible causes:');
    expect(text).toContain('log line 5 of cause 3');
  });

  it('lays a table out in aligned columns and shows notes with their label', () => {
    const table = {
      kind: 'table' as const,
      header: [plain('TYPE'), plain('TTL')],
      rows: [[plain('CNAME'), plain('1 Hr')]],
    };
    const note = { kind: 'note' as const, level: 'note' as const, paragraphs: [plain('Optional.')] };
    const { text } = renderText(aResolution({ causes: [aCause({ outro: [table, note] })] }));
    expect(text).toContain('TYPE  | TTL\n------+-----\nCNAME | 1 Hr');
    expect(text).toContain('| Note: Optional.');
  });

  it('numbers the choices of a question, skip last, and maps numbers to payloads', () => {
    const reply = aQuestion({ hint: 'Look at the device.' });
    const { text, actions } = renderText(reply);
    expect(text).toBe(
      "Which platform is the device?\n  Look at the device.\n1) iOS/iPadOS\n2) Android\n3) Windows\n4) Don't know",
    );
    expect(actions[3]).toEqual(reply.skip.payload);
  });

  it('numbers candidate entries with their reason, "none" last', () => {
    const { text, actions } = renderText(aChooseEntry());
    expect(text).toContain('1) Device Cap Reached\n   Close to "Device Cap Reached"');
    expect(text).toContain('3) None of these');
    expect(actions).toEqual([
      { type: 'choose-entry', entryId: 'ios/device-cap-reached' },
      { type: 'choose-entry', entryId: 'general/device-cap-reached' },
      { type: 'choose-entry', entryId: null },
    ]);
  });

  it('strips terminal escape sequences from text', () => {
    const { text, actions } = renderText({ kind: 'text', text: 'red \u001b[31malert\u0007 done' });
    expect(text).toBe('red [31malert done');
    expect(actions).toEqual([]);
  });
});
