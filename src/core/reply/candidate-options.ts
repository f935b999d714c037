import type { Entry, Locale } from '../knowledge/entry.ts';
import { plainText } from '../knowledge/inline.ts';
import type { Translate } from '../ports/translator.ts';
import { foldText } from '../text/phrases.ts';
import { cutAtWord, displayWidth, maxButtonLabel, shortLabel } from './labels.ts';
import type { ChooseEntryReply } from './reply.ts';

/** An entry offered in a "which of these?" choice, with the matcher's reason in the user's language. */
export type Candidate = { entry: Entry; why: string };
export type CandidateOption = ChooseEntryReply['options'][number];

/** A cause quoted to tell two entries apart is cut to this, so a label keeps room for the title. */
const maxCauseQualifier = 24;

/**
 * The candidates of a "which of these?" choice, each told apart from every other one, in the user's
 * language:
 * - the title is the entry's title in the user's language (English where the article has none);
 * - titles that read the same get what separates them, the first that does of: the platform, the
 *   article, the cause; and a number when nothing does;
 * - each button label fits `maxButtonLabel`, cut after a whole word; labels that the cut made equal
 *   get the same kind of qualifier, so no two buttons read alike;
 * - the line under each title says which platform and article it comes from, then the reason.
 */
export function candidateOptions(
  candidates: readonly Candidate[],
  locale: Locale,
  t: Translate,
): CandidateOption[] {
  // Worked out only for an entry that needs telling apart: most choices have none.
  const known: (string[] | undefined)[] = [];
  const qualifiers = (i: number) => {
    const entry = candidates[i]?.entry;
    known[i] ??= entry ? qualifiersOf(entry, locale, t) : [];
    return known[i];
  };
  const base = candidates.map(({ entry }) => entry.locales[locale].title.trim());
  const baseFolded = base.map(fold);
  const titles = base.map((title, i) => {
    const q = separating(baseFolded, qualifiers, i);
    return q ? `${title} (${q})` : title;
  });
  const short = titles.map((title) => shortLabel(title, maxButtonLabel, titles));
  const shortFolded = short.map(fold);
  const labels = short.map((label, i) => {
    const q = separating(shortFolded, qualifiers, i);
    if (!q) return label;
    const suffix = ` (${q})`;
    return `${shortLabel(base[i] ?? '', maxButtonLabel - displayWidth(suffix), base).replace(/[.。]$/u, '')}${suffix}`;
  });
  return candidates.map(({ entry, why }, i) => ({
    entryId: entry.id,
    title: titles[i] ?? '',
    why: [`${platformName(entry, t)} · ${articleName(entry, t)}`, why].filter(Boolean).join(' — '),
    action: { label: labels[i] ?? '', payload: { type: 'choose-entry', entryId: entry.id } },
  }));
}

const platformName = (entry: Entry, t: Translate) =>
  entry.platform === 'all'
    ? t('common:choose.allPlatforms')
    : t(`interview:choices.platform.${entry.platform}`);

function articleName(entry: Entry, t: Translate): string {
  const articleId = entry.id.split('/')[0] ?? '';
  return t(`common:choose.articles.${articleId}`, { defaultValue: articleId });
}

/** What can tell an entry from another whose title reads the same, most telling first. */
function qualifiersOf(entry: Entry, locale: Locale, t: Translate): string[] {
  const cause = plainText(entry.locales[locale].causes[0]?.summary ?? []).trim();
  return [platformName(entry, t), articleName(entry, t), cause ? cutAtWord(cause, maxCauseQualifier) : ''];
}

/** Compared as a reader sees them: case, accents, end punctuation and the cut mark do not tell apart. */
const fold = (text: string) => foldText(text.replace(/[.。…\s]+$/u, ''));

/**
 * For item `i` among `folded` texts: nothing when no other reads the same; else the first qualifier kind
 * whose values differ across all that read the same; else a number.
 */
function separating(
  folded: readonly string[],
  qualifiers: (i: number) => string[],
  i: number,
): string | undefined {
  const group = folded.flatMap((other, j) => (other === folded[i] ? [j] : []));
  if (group.length < 2) return undefined;
  const kinds = qualifiers(i).length;
  for (let k = 0; k < kinds; k++) {
    const values = group.map((j) => qualifiers(j)[k] ?? '');
    if (values.every((v) => v) && new Set(values.map(fold)).size === group.length) return qualifiers(i)[k];
  }
  return String(group.indexOf(i) + 1);
}
