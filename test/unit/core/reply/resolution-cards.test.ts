import type { Locale } from '../../../../src/core/knowledge/entry.ts';
import { displayWidth, maxButtonLabel } from '../../../../src/core/reply/labels.ts';
import type { ResolutionReply } from '../../../../src/core/reply/reply.ts';
import { renderBlocks } from '../../../../src/slack/render/render-blocks.ts';
import { renderAdaptiveCard } from '../../../../src/teams/render/adaptive-card.ts';
import { allResolutions } from '../../../fakes/all-resolutions.ts';
import { messageText } from '../../slack/render/limits-check.ts';
import { cardText, walkCard } from '../../teams/render/card-walk.ts';

const cases = allResolutions();
function reply(id: string, locale: Locale = 'en'): ResolutionReply {
  const found = cases.find((c) => c.id === id && c.locale === locale);
  if (!found) throw new Error(`no entry ${id}`);
  return found.reply;
}

/** What a person reads, top to bottom, in Teams (card) and in Slack (blocks). */
const channels = {
  teams: (r: ResolutionReply) => cardText(renderAdaptiveCard(r)),
  slack: (r: ResolutionReply) => messageText(renderBlocks(r)).replace(/[*_`]/g, ''),
};

const count = (text: string, part: string) => text.split(part).length - 1;

describe.each(Object.entries(channels))('resolution cards as a person sees them in %s', (_channel, read) => {
  test('an error-code card shows every code of its table row', () => {
    const text = read(reply('general/error-code-0x80043001'));
    for (const code of ['0x80043001', '0x80CF3001', '0x80043004', '0x80CF3004']) expect(text).toContain(code);
  });

  test('a cause that only repeats the title is not shown twice', () => {
    const text = read(reply('general/error-code-0x80043001'));
    expect(count(text, 'Enrollment package is out of date')).toBe(1);
  });

  test('the likely cause comes before the log the symptom quotes', () => {
    const text = read(reply('ios/xpc_type_error-connection-invalid'));
    const cause = text.indexOf('connection issue between the device and the Apple ADE service');
    const log = text.indexOf('mobileassetd[83]');
    expect(cause).toBeGreaterThan(-1);
    expect(log).toBeGreaterThan(cause);
  });

  test.each([
    [
      'general/mobile-devices-disappear',
      'Check how device was removed',
      'Configuration Manager admin console select',
    ],
    [
      'general/profile-installation-failed-1',
      'Troubleshooting steps for failed profile installation',
      'Confirm that the user has been assigned',
    ],
  ])('%s keeps the sub-heading "%s" over its steps', (id, heading, firstStep) => {
    const text = read(reply(id));
    expect(text.indexOf(heading)).toBeGreaterThan(-1);
    expect(text.indexOf(firstStep)).toBeGreaterThan(text.indexOf(heading));
  });
});

describe('fold-out buttons in Teams', () => {
  const buttons = (r: ResolutionReply) =>
    walkCard(renderAdaptiveCard(r)).actions.flatMap((a) => (a.type === 'Action.ShowCard' ? [a.title] : []));

  test('each other cause unfolds under a button that names it', () => {
    const r = reply('ios/profile-installation-failed-connection-to-the-server-could-not-be-established');
    const causeButtons = buttons(r).filter((t) => r.causes.slice(1).some((c) => c.label === t));
    expect(causeButtons).toHaveLength(r.causes.length - 1);
    expect(new Set(causeButtons).size).toBe(causeButtons.length);
    expect(buttons(r)).not.toContain(r.labels.steps);
  });

  test.each(cases.map((c) => [c.id, c.locale, c.reply] as const))(
    '%s (%s): every button title fits whole words',
    (_id, _locale, r) => {
      for (const title of walkCard(renderAdaptiveCard(r)).actions.map((a) => a.title)) {
        expect(displayWidth(title)).toBeLessThanOrEqual(maxButtonLabel);
        // A shortened title ends after a whole word, never inside one (Chinese: between characters).
        if (title.endsWith('…')) expect(title).toMatch(/[\p{L}\p{N})]…$/u);
        const last = title.slice(0, -1).split(' ').at(-1) ?? '';
        if (title.endsWith('…') && !/\p{Script=Han}/u.test(last)) expect(allWords(r)).toContain(last);
      }
    },
  );
});

/** Every word the card's causes and alternatives are written with. */
function allWords(r: ResolutionReply): string[] {
  const texts = r.causes.flatMap((c) => [
    c.summary.map((s) => s.text).join(''),
    ...c.alternatives.map((a) => a.title),
  ]);
  return texts.join(' ').split(/[\s,.;:]+/);
}
