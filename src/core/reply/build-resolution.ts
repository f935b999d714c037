import type { Answers } from '../interview/questions.ts';
import type { Block, Entry, Locale, RichText } from '../knowledge/entry.ts';
import { plainText } from '../knowledge/inline.ts';
import type { Translate } from '../ports/translator.ts';
import { foldText } from '../text/phrases.ts';
import { rankCauses, type TriageRule } from '../triage/rules.ts';
import { maxButtonLabel, shortLabel } from './labels.ts';
import type { ReplyAction, ResolutionReply, ResolvedCause } from './reply.ts';

export type ResolutionInput = {
  entry: Entry;
  /** The user's language; the content falls back to English when the article does not exist in it. */
  locale: Locale;
  /** Why this entry was chosen, already localized. */
  why: string;
  answers: Answers;
  rules: readonly TriageRule[];
  translate: Translate;
};

/** Builds the resolution card model: content in the best language, causes ordered by the interview answers. */
export function buildResolution({
  entry,
  locale,
  why,
  answers,
  rules,
  translate: t,
}: ResolutionInput): ResolutionReply {
  const localized = entry.locales[locale];
  const contentLocale: Locale = localized.fallback ? 'en' : locale;
  const ranking = rankCauses(entry, answers, rules);
  const byId = new Map(localized.causes.map((c) => [c.id, c]));
  const several = localized.causes.length > 1;

  const causes: ResolvedCause[] = ranking.order.flatMap((id, index) => {
    const found = byId.get(id);
    if (!found) return [];
    // A cause that only repeats the title ("Enrollment package is out of date.") is not said twice.
    const cause = sameText(plainText(found.summary), localized.title) ? { ...found, summary: [] } : found;
    // One cause leads the card; a tie keeps article order and the runner-up reads as another possibility.
    const likely = ranking.ranked && index === 0;
    // The general article often states no cause ("Issue:" then "Resolution:"): no empty "Cause:" heading then.
    const heading = !several
      ? cause.summary.length > 0
        ? t('common:resolution.cause')
        : ''
      : likely
        ? t('common:resolution.likelyCause')
        : t('common:resolution.possibleCause', { n: index + 1 });
    const reasonKeys = ranking.reasons[id] ?? [];
    const resolved: ResolvedCause = {
      heading,
      summary: cause.summary,
      label: causeLabel(cause.summary, heading || t('common:resolution.steps')),
      intro: cause.intro,
      steps: cause.steps,
      alternatives: cause.alternatives.map((a) => ({ ...a, label: shortLabel(a.title, maxButtonLabel) })),
      outro: cause.outro,
    };
    if (cause.stepsTitle) resolved.stepsTitle = cause.stepsTitle;
    if (likely && reasonKeys.length > 0) {
      resolved.rankReason = reasonKeys.map((k) => t(`triage:reasons.${k}`)).join(' ');
    }
    return [resolved];
  });

  const actions: ReplyAction[] = [
    {
      label: t('common:actions.fixed'),
      payload: { type: 'feedback', entryId: entry.id, verdict: 'fixed' },
      style: 'positive',
    },
    {
      label: t('common:actions.notFixed'),
      payload: { type: 'feedback', entryId: entry.id, verdict: 'not-fixed' },
    },
    { label: t('common:actions.escalate'), payload: { type: 'escalate', entryId: entry.id } },
  ];

  const { intro, evidence } = splitEvidence(localized.intro);
  const reply: ResolutionReply = {
    kind: 'resolution',
    entryId: entry.id,
    contentLocale,
    title: localized.title,
    why,
    codes: [...entry.codes],
    intro,
    causes,
    evidence,
    learnUrl: localized.url,
    actions,
    labels: {
      steps: t('common:resolution.steps'),
      codes: t('common:resolution.codes'),
      openInLearn: t('common:resolution.openInLearn'),
      moreCauses: t('common:resolution.moreCauses'),
      note: t('common:callouts.note'),
      important: t('common:callouts.important'),
      warning: t('common:callouts.warning'),
      tip: t('common:callouts.tip'),
      caution: t('common:callouts.caution'),
    },
  };
  if (contentLocale !== locale) reply.fallbackNotice = t('common:resolution.fallbackNotice');
  return reply;
}

function sameText(a: string, b: string): boolean {
  return a !== '' && foldText(a) === foldText(b);
}

/** A cause named in a few words for its button: its first sentence, shortened; else its heading. */
function causeLabel(summary: RichText, fallback: string): string {
  const plain = plainText(summary);
  return plain ? shortLabel(plain, maxButtonLabel) : fallback;
}

/**
 * A symptom that quotes a log ("…you receive the following error message:" and the log) would put
 * the log before the cause: the log and the sentence that introduces it move after the likely cause.
 */
function splitEvidence(blocks: Block[]): { intro: Block[]; evidence: Block[] } {
  const at = blocks.findIndex((b) => b.kind === 'code');
  if (at < 0) return { intro: blocks, evidence: [] };
  const before = blocks[at - 1];
  const lead = before?.kind === 'paragraph' && /[:：]\s*$/.test(plainText(before.text)) ? at - 1 : at;
  return { intro: blocks.slice(0, lead), evidence: blocks.slice(lead) };
}
