import { buildCaseCard } from '../../../src/core/escalation/case-card.ts';
import { createTranslator } from '../../../src/i18n/translator.ts';
import { renderCaseBlocks, renderThreadMessage } from '../../../src/slack/escalation/case-blocks.ts';
import { messageText, renderCaseAdaptiveCard } from '../../../src/teams/escalation/case-card.ts';
import { linksIn } from '../../fakes/linkable.ts';
import { aCase, aRequester } from '../core/escalation/fakes.ts';
import { cardText } from '../teams/render/card-walk.ts';

const translator = createTranslator();

/** What a requester plants: bare URLs, a domain-looking word, an IP address and a www. host. */
const planted =
  'Company Portal says go to https://evil.example/login or contoso-support.com/reset, ' +
  'also http://203.0.113.9/x and www.intune-help.net. My UPN is first.last@contoso.com';

function aPlantedCase() {
  return aCase({
    id: 'ENR-1077',
    requester: aRequester({ userName: 'Eve (see www.evil.example)' }),
    answers: { errorText: planted, platform: 'ios', usersAffected: 'all', mdmAuthority: 'unknown' },
    transcript: [{ from: 'user', text: planted, at: '' }],
  });
}

type Mrkdwn = { type: string; text: string; verbatim?: boolean };
function slackTexts(blocks: unknown): Mrkdwn[] {
  const out: Mrkdwn[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') out.push(o as Mrkdwn);
      Object.values(o).forEach(visit);
    }
  };
  visit(blocks);
  return out;
}

describe('text from a requester in the support channel', () => {
  const card = buildCaseCard(aPlantedCase(), { translator, locale: 'en' });

  test('Slack: no bare URL or domain in a case card can become a link, and Slack is told not to link', () => {
    const message = renderCaseBlocks(card);
    const texts = slackTexts(message.blocks);
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      expect(t.verbatim).toBe(true);
      expect(linksIn(t.text)).toEqual([]);
    }
    expect(linksIn(message.text)).toEqual([]);
    // The words still read the same, and the address copies whole.
    const shown = texts.map((t) => t.text.replaceAll('\u2060', '')).join('\n');
    expect(shown).toContain('https://evil.example/login or contoso-support.com/reset');
    expect(shown).toContain('first.last@contoso.com');
  });

  test('Slack: a line relayed into the case thread is unlinkable too', () => {
    const line = renderThreadMessage({ author: 'Eve', text: planted });
    for (const t of slackTexts(line.blocks)) expect(linksIn(t.text)).toEqual([]);
    expect(linksIn(line.text)).toEqual([]);
  });

  test('Teams: the case card and relayed lines carry no linkable address', () => {
    const teamsCard = renderCaseAdaptiveCard(card);
    const text = cardText(teamsCard);
    expect(linksIn(text)).toEqual([]);
    expect(linksIn(teamsCard.fallbackText ?? '')).toEqual([]);
    expect(text.replaceAll('\u2060', '')).toContain('https://evil.example/login');
    expect(text).toContain('first.last@contoso.com');
    expect(linksIn(messageText({ author: 'Eve', text: planted }))).toEqual([]);
  });
});
