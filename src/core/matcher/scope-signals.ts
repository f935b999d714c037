import type { Platform } from '../knowledge/entry.ts';
import type { FoundCodes } from './codes.ts';
import type { MatcherData, ScopeSignalKind } from './matcher-data.ts';
import { words } from './normalize.ts';

/** `handheld`: the text speaks of a phone or a tablet (not which), so not of a Windows PC. */
export type Signals = { kinds: Set<ScopeSignalKind>; platform: Platform | undefined; handheld: boolean };

/**
 * Where a post names another product or setting only as background, it does so in a clause of its own:
 * "our Macs enroll fine, only the iPhones fail", "these phones were managed by MobileIron before". A
 * clause ends at a sentence or clause mark, or at a word that turns to the problem ("but", "men", "mais").
 */
const clauseBreak =
  /[.!?;:,\n。！？；：，、]+|\s(?:but|only|whereas|men|bara|mais|sauf)\s|但是|但|只有|而且/giu;

/** Kinds that say where the problem lives: dropped when their clause is background. */
const placeKinds: ReadonlySet<ScopeSignalKind> = new Set(['product', 'area']);

type Target = { kind?: ScopeSignalKind; platform?: Platform; handheld?: boolean };
/** `products`: the other vendors' names the clause holds, as matched. */
type ClauseSignals = {
  kinds: Set<ScopeSignalKind>;
  products: Set<string>;
  platform: Platform | undefined;
  handheld: boolean;
};

/**
 * Finds the scope signals and a platform named in the text. Signal phrases are compared word by word
 * on the folded text, compounds kept whole ("MobileIron"), a plural `s` allowed: their words are
 * names and fixed expressions, not the vocabulary of the articles, so no synonyms or stems.
 * Each clause is read on its own: another product or area named in a clause that says it works, or that
 * speaks of a former setup, is background, not where the problem is.
 */
export function createSignalDetector(data: MatcherData): (text: string) => Signals {
  const asWords = (text: string) => words(text, { splitCompounds: false });
  // Phrases by their first word (and its plural), so a query only tries the phrases that can start at each word.
  const byFirstWord = new Map<string, ({ run: string[] } & Target)[]>();
  const add = (run: string[], target: Target) => {
    if (run.length === 0) return;
    for (const key of [run[0], `${run[0]}s`]) {
      const list = byFirstWord.get(key) ?? [];
      list.push({ run, ...target });
      byFirstWord.set(key, list);
    }
  };
  // "aadsts*": any word starting so (sign-in error codes are one word with their number).
  const prefixes: { prefix: string; kind: ScopeSignalKind }[] = [];
  for (const s of data.scope.signals) {
    for (const t of s.terms) {
      if (t.endsWith('*')) prefixes.push({ prefix: asWords(t.slice(0, -1)).join(' '), kind: s.kind });
      else add(asWords(t), { kind: s.kind });
    }
  }
  for (const p of data.synonyms.platforms) for (const t of p.terms) add(asWords(t), { platform: p.platform });
  for (const t of data.synonyms.handheld.terms) add(asWords(t), { handheld: true });

  const readClause = (plain: readonly string[]): ClauseSignals => {
    const kinds = new Set<ScopeSignalKind>();
    const products = new Set<string>();
    let platform: Platform | undefined;
    let handheld = false;
    for (let i = 0; i < plain.length; i++) {
      for (const { prefix, kind } of prefixes) if (plain[i].startsWith(prefix)) kinds.add(kind);
      for (const candidate of byFirstWord.get(plain[i]) ?? []) {
        if (!runAt(plain, i, candidate.run)) continue;
        if (candidate.kind) kinds.add(candidate.kind);
        if (candidate.kind === 'product') products.add(candidate.run.join(' '));
        if (candidate.handheld) handheld = true;
        platform ??= candidate.platform;
      }
    }
    return { kinds, products, platform, handheld };
  };

  return (text) => {
    const clauses = text
      .split(clauseBreak)
      .map(asWords)
      .filter((plain) => plain.length > 0)
      .map(readClause);
    const isBackground = (c: ClauseSignals) =>
      c.kinds.has('past') || (c.kinds.has('working') && !c.kinds.has('negation'));
    // A vendor once named as the devices' former MDM stays the former MDM ("We left Addigy. The iPads
    // still had the Addigy profile").
    const former = new Set(clauses.filter(isBackground).flatMap((c) => [...c.products]));
    const kinds: Signals['kinds'] = new Set();
    let platform: Platform | undefined;
    let background: Platform | undefined;
    let handheld = false;
    for (const clause of clauses) {
      const behind = isBackground(clause);
      const onlyFormer = [...clause.products].every((p) => former.has(p));
      for (const kind of clause.kinds) {
        if (behind && placeKinds.has(kind)) continue;
        if (kind === 'product' && onlyFormer) continue;
        kinds.add(kind);
      }
      // The platform of the problem is the one named where something fails, not where all is well.
      if (behind) background ??= clause.platform;
      else platform ??= clause.platform;
      handheld ||= clause.handheld;
    }
    return { kinds, platform: platform ?? background, handheld };
  };
}

/** Whether `run` occurs in `list` from position `at` (a trailing plural `s` on a word allowed). */
function runAt(list: readonly string[], at: number, run: readonly string[]): boolean {
  if (at + run.length > list.length) return false;
  for (let k = 0; k < run.length; k++)
    if (list[at + k] !== run[k] && list[at + k] !== `${run[k]}s`) return false;
  return true;
}

/**
 * An app's own code (a crash log, a push certificate of one's app) or an undocumented failure code with
 * no documented one always veto a confident answer. Another vendor's product does unless the text moves
 * from it to Intune or names Intune itself (the product is then the former or the other MDM, a documented
 * cause); a text saying the devices are not in Intune at all is vetoed whatever else it names. Another Intune area (VPN,
 * compliance, macOS, app protection, sign-in errors…) does unless a documented code was found: the same
 * words there ("Profile installation failed. VPN service payload…") are another problem. A question about
 * how to configure something, or an attempt to steer the bot, does only when the text holds no
 * unmistakable error.
 */
export function isVetoed(kinds: Signals['kinds'], codes: FoundCodes, strong: boolean): boolean {
  if (kinds.has('development') || kinds.has('elsewhere')) return true;
  if (kinds.has('product') && !kinds.has('migration') && !kinds.has('intune')) return true;
  if (codes.unknown.length > 0 && codes.known.length === 0) return true;
  if (kinds.has('area') && codes.known.length === 0) return true;
  if (kinds.has('howto') && codes.known.length === 0 && !strong) return true;
  return kinds.has('injection') && !strong;
}
