import { questionIds } from '../interview/questions.ts';
import type { Locale } from '../knowledge/entry.ts';
import type { Translate, Translator } from '../ports/translator.ts';
import type { ReplyAction } from '../reply/reply.ts';
import { clipLine as clip } from '../text/clip.ts';
import type { Case } from './case.ts';
import type { CaseCard } from './notifier.ts';

/** Title of a knowledge-base entry in a language, when the knowledge base knows it. */
export type EntryTitles = (entryId: string, locale: Locale) => string | undefined;

const transcriptLines = 6;
const transcriptChars = 500;

function answerValue(t: Translate, question: string, value: string): string {
  if (value === 'unknown') return t('escalation:answers.unknown');
  return t(`interview:choices.${question}.${value}`, { defaultValue: value });
}

function statusText(t: Translate, c: Case): string {
  if (c.status === 'claimed')
    return t('escalation:card.statusClaimed', { agent: c.assignee?.userName ?? '?' });
  if (c.status === 'resolved' && c.solvedByRequester)
    return t('escalation:card.statusSolvedByRequester', { user: c.requester.userName || c.requester.userId });
  if (c.status === 'resolved')
    return t('escalation:card.statusResolved', { agent: c.resolvedBy?.userName ?? '?' });
  return c.satisfaction?.solved === false
    ? t('escalation:card.statusReopened')
    : t('escalation:card.statusOpen');
}

export function caseActions(t: Translate, c: Case): ReplyAction[] {
  const actions: ReplyAction[] = [];
  if (c.status === 'open') {
    actions.push({
      label: t('escalation:card.claim'),
      payload: { type: 'case-claim', caseId: c.id },
      style: 'positive',
    });
  }
  if (c.status !== 'resolved') {
    actions.push({ label: t('escalation:card.resolve'), payload: { type: 'case-resolve', caseId: c.id } });
  }
  return actions;
}

/** The support channel's view of a case, every label in `locale` (the support team's language). */
export function buildCaseCard(
  c: Case,
  deps: { translator: Translator; locale: Locale; entryTitles?: EntryTitles },
) {
  const t = deps.translator.forLocale(deps.locale);
  const summary = c.answers.errorText ? clip(c.answers.errorText, 1500) : t('escalation:card.noErrorText');
  const facts = [
    { label: t('escalation:card.requester'), value: c.requester.userName || c.requester.userId },
    { label: t('escalation:card.channel'), value: t(`escalation:channels.${c.requester.channel}`) },
    { label: t('escalation:card.language'), value: t(`escalation:languages.${c.requester.locale}`) },
    { label: t('escalation:card.trigger'), value: t(`escalation:triggers.${c.trigger}`) },
    { label: t('escalation:card.opened'), value: `${c.createdAt.replace('T', ' ').slice(0, 16)} UTC` },
  ];
  if (c.satisfaction) {
    const said = c.satisfaction.solved ? t('escalation:card.solved') : t('escalation:card.notSolved');
    facts.push({ label: t('escalation:card.satisfaction'), value: said });
  }
  const answers = questionIds
    .filter((q) => q !== 'errorText' && c.answers[q] !== undefined)
    .map((q) => ({ label: t(`escalation:answers.${q}`), value: answerValue(t, q, String(c.answers[q])) }));
  const tried = c.shown.map((s) => {
    const title = deps.entryTitles?.(s.entryId, deps.locale) ?? s.entryId;
    const verdict =
      s.verdict === 'fixed'
        ? t('escalation:card.verdictFixed')
        : s.verdict === 'not-fixed' || c.notHelped.includes(s.entryId)
          ? t('escalation:card.verdictNotFixed')
          : t('escalation:card.verdictNone');
    return `${title} (${Math.round(s.score * 100)}%): ${verdict}`;
  });
  const transcript = c.transcript.slice(-transcriptLines).map((line) => ({
    who: line.from === 'user' ? c.requester.userName || t('escalation:card.user') : t('escalation:card.bot'),
    text: clip(line.text, transcriptChars),
  }));
  const card: CaseCard = {
    caseId: c.id,
    status: c.status,
    heading: t('escalation:card.heading', { caseId: c.id }),
    statusText: statusText(t, c),
    summary,
    facts,
    answersTitle: t('escalation:card.answersTitle'),
    answers,
    triedTitle: t('escalation:card.triedTitle'),
    tried: tried.length ? tried : [t('escalation:card.nothingTried')],
    transcriptTitle: t('escalation:card.transcriptTitle'),
    transcript,
    actions: caseActions(t, c),
    fallbackText: t('escalation:card.fallback', {
      caseId: c.id,
      user: c.requester.userName || c.requester.userId,
      summary: clip(summary, 200),
    }),
  };
  return card;
}
