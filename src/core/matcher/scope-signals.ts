import type { Platform } from '../knowledge/entry.ts';
import type { FoundCodes } from './codes.ts';
import type { MatcherData, ScopeSignalKind } from './matcher-data.ts';
import { foldCase, isHan, withoutHanTerms, words } from './normalize.ts';
import { createPlacementReader, escapeForPattern, type Placed, type Position } from './scope-placement.ts';
import { createStatementReader, type Statements } from './scope-statements.ts';
import { isStopword, stem } from './stem.ts';

/**
 * `handheld`: the text speaks of a phone or a tablet (not which), so not of a Windows PC. `bareName`: the
 * text is only names (the Company Portal, a device, an app) with nothing said about them.
 */
export type Signals = {
  kinds: Set<ScopeSignalKind>;
  platform: Platform | undefined;
  handheld: boolean;
  bareName: boolean;
  /**
   * The text says only that enrollment fails ("enrollment broken", "can't enroll", "注册不了"), nothing
   * of the message, the step or the cause.
   */
  bareComplaint: boolean;
  /** Names no list, article or common word knows, placed by no cue, outside background clauses. */
  unplaced: Set<string>;
  /** Those of them that do something to the devices or show the message ("X keeps blocking …"). */
  acting: Set<string>;
} & Pick<Statements, 'counted' | 'chatLine' | 'allWell'>;

/**
 * Where a post names another product or setting only as background, it does so in a clause of its own:
 * "our Macs enroll fine, only the iPhones fail", "these phones were managed by MobileIron before". A
 * clause ends at a sentence or clause mark, a dash between words, or at a word that turns to the problem
 * ("but", "men", "mais").
 */
const clauseBreak =
  /([.!?;:,\n。！？；：，、]+|\s[-–—]\s|\s(?:but|only|whereas|men|bara|mais|sauf)\s|但是|但|只有|而且)/giu;
/** Marks that end a sentence, not only a clause: a question opener is read from a sentence's start. */
const sentenceEnd = /[.!?;\n。！？；]/u;

/**
 * Kinds that say where the problem lives: dropped when their clause is background ("Crashlytics is fine").
 */
const placeKinds: ReadonlySet<ScopeSignalKind> = new Set([
  'product',
  'area',
  'development',
  'named',
  'speaker',
]);

/**
 * Clauses read for names no list holds: a post has a few; the thousands of lines of a paste are no post,
 * and reading them all would only cost time.
 */
const structuralParts = 200;
const nothingPlaced: Placed = {
  systems: new Set(),
  tools: new Set(),
  kinds: new Set(),
  asks: false,
  problem: false,
  unplaced: new Set(),
  acting: new Set(),
  onward: false,
};

function emptyClause(): ClauseSignals {
  return {
    kinds: new Set(),
    products: new Set(),
    tools: new Set(),
    platform: undefined,
    handheld: false,
    asks: false,
    problem: false,
    unplaced: new Set(),
    acting: new Set(),
  };
}

/** Words of a clause that only says all is well of the one before ("no issues there", "sans souci"). */
const echoWords = 4;

/** Names shorter than this are not read for a bare name (a paste is never one). */
const bareNameLength = 80;

type Target = { kind?: ScopeSignalKind; platform?: Platform; handheld?: boolean };
/** `products`: the other vendors' names the clause holds, as matched (listed or found by placement). */
type ClauseSignals = {
  kinds: Set<ScopeSignalKind>;
  products: Set<string>;
  /** Names placed as a tool in use ("we use X"): the managing system only when nothing of Intune is named. */
  tools: Set<string>;
  platform: Platform | undefined;
  handheld: boolean;
  /** The clause opens a question about setting up; it says something fails or asks for a fix. */
  asks: boolean;
  problem: boolean;
  unplaced: Set<string>;
  acting: Set<string>;
};

/**
 * Finds the scope signals and a platform named in the text. Signal phrases are compared word by word
 * on the folded text, compounds kept whole ("MobileIron"), a plural `s` allowed: their words are
 * names and fixed expressions, not the vocabulary of the articles, so no synonyms or stems.
 * Names no list holds are read from where they stand (scope-placement.ts): a name that manages the
 * devices ("managed by X", "X MDM", a post headed "X: …"), an operating system by its name's shape, an
 * app's code identifiers.
 * Each clause is read on its own: another product or area named in a clause that says it works, or that
 * speaks of a former setup, is background, not where the problem is; so is one half of a clause that
 * assigns other devices to another system while the other half names Intune ("Jamf for the Macs and
 * Intune for the phones").
 */
export function createSignalDetector(
  data: MatcherData,
  vocabulary?: ReadonlySet<string>,
): (text: string) => Signals {
  const asWords = (text: string) => words(text, { splitCompounds: false });
  // Phrases by their first word (and its plural), so a query only tries the phrases that can start at each word.
  const byFirstWord = new Map<string, ({ run: readonly string[] } & Target)[]>();
  const add = (run: readonly string[], target: Target) => {
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
  const placement = createPlacementReader(data, vocabulary);
  const allIsWell = new Set([
    ...data.scope.signals.filter((s) => s.kind === 'working').flatMap((s) => words(s.terms.join(' '))),
    ...data.scope.placement.allIsWell.flatMap((l) => words(l.terms.join(' '))),
  ]);
  const bare = createBareNameTest(data);
  const complaint = createComplaintTest(data);
  const statements = createStatementReader(data);
  const appTrouble = createAppTroubleTest(data);

  const readPart = (raw: string, where: Position & { index: number }): ClauseSignals => {
    const plain = asWords(raw);
    if (plain.length === 0) return emptyClause();
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
    const placed = where.index < structuralParts ? placement(raw, where) : nothingPlaced;
    for (const name of placed.systems) products.add(name);
    if (placed.systems.size > 0) kinds.add('product');
    for (const kind of placed.kinds) kinds.add(kind);
    if (placed.onward) {
      kinds.delete('past');
      kinds.delete('migration');
    }
    return {
      kinds,
      products,
      tools: placed.tools,
      platform,
      handheld,
      asks: placed.asks,
      problem: placed.problem,
      unplaced: placed.unplaced,
      acting: placed.acting,
    };
  };

  // "(formerly Vantix MDM)": a former name of the product, not a former system.
  const renameTerms = data.scope.placement.renames.flatMap((l) => l.terms).map(escapeForPattern);
  const rename = new RegExp(`([(（]\\s*)(?:${renameTerms.join('|')})(?![\\p{L}])[\\s:：-]*`, 'giu');

  return (raw) => {
    const text = raw.includes('(') || raw.includes('（') ? raw.replace(rename, '$1') : raw;
    const parts = splitClauses(text, placement.joins).map((p, index) => {
      p.index = index;
      return Object.assign(p, { signals: readPart(p.raw, p) });
    });
    // A question opener counts only where its sentence says nothing fails.
    const problemSentences = new Set(parts.filter((p) => p.signals.problem).map((p) => p.sentence));
    for (const p of parts)
      if (p.signals.asks && !problemSentences.has(p.sentence)) p.signals.kinds.add('howto');
    const isBackground = (kinds: ReadonlySet<ScopeSignalKind>) =>
      kinds.has('past') || (kinds.has('working') && !kinds.has('negation'));
    // A clause that says something works or was so before makes both its halves background ("Dropbox
    // and Outlook are fine"); a half that does so alone is background too ("our Macs work fine and the
    // iPhones fail").
    const clauseKinds = new Map<number, Set<ScopeSignalKind>>();
    for (const p of parts) {
      const set = clauseKinds.get(p.clause);
      if (set) for (const k of p.signals.kinds) set.add(k);
      else clauseKinds.set(p.clause, new Set(p.signals.kinds));
    }
    const clauseBehind = new Set([...clauseKinds].filter(([, k]) => isBackground(k)).map(([c]) => c));
    // A clause or half that gives other devices to another system, saying nothing fails, in a sentence
    // that gives the rest to Intune: "Jamf for the Macs and Intune for the phones", "Mac 用 Jamf 管理，
    // iPhone 用 Intune 管理".
    const intuneSentences = new Set(
      parts.filter((p) => p.signals.kinds.has('intune')).map((p) => p.sentence),
    );
    const assigned = (p: (typeof parts)[number]) =>
      intuneSentences.has(p.sentence) &&
      p.signals.products.size + p.signals.tools.size > 0 &&
      !p.signals.kinds.has('intune') &&
      !p.signals.problem &&
      !p.signals.kinds.has('negation');
    // "Our Macs are on Jamf, no issues there", "Nos Mac sont sous Jamf, sans souci": a short clause that
    // only says all is well (its words all `working` or `allIsWell` ones; "iPadsen funkar" names its own
    // subject) speaks of the clause before it in its sentence.
    const echoed = (k: number) => {
      const next = parts[k + 1];
      if (!next || next.sentence !== parts[k].sentence || next.clause === parts[k].clause) return false;
      const only = next.signals;
      if (!only.kinds.has('working') || only.kinds.has('negation')) return false;
      const said = words(next.raw);
      return said.length <= echoWords && said.every((w) => isStopword(w) || allIsWell.has(w));
    };
    const behindParts = new Set(
      parts.filter(
        (p, k) => isBackground(p.signals.kinds) || clauseBehind.has(p.clause) || assigned(p) || echoed(k),
      ),
    );
    // A vendor once named as the devices' former MDM stays the former MDM ("We left Addigy. The iPads
    // still had the Addigy profile").
    const former = new Set([...behindParts].flatMap((p) => [...p.signals.products]));
    const kinds: Signals['kinds'] = new Set();
    let platform: Platform | undefined;
    let background: Platform | undefined;
    let handheld = false;
    const tools = new Set<string>();
    const unplaced = new Set<string>();
    const acting = new Set<string>();
    for (const part of parts) {
      const clause = part.signals;
      const behind = behindParts.has(part);
      // "We even reset MFA for one user, same thing": another area named in what someone tried is an
      // attempt, not where the problem lives.
      const tried = clause.kinds.has('area') && !clause.problem && statements.acts(part.raw);
      const onlyFormer = [...clause.products].every((p) => former.has(p));
      // "The laptops were in Intune before", "We dropped Intune": Intune as the former system places nothing.
      const wasIntune = behind && clause.kinds.has('past');
      for (const kind of clause.kinds) {
        if (behind && placeKinds.has(kind)) continue;
        if (tried && kind === 'area') continue;
        if (wasIntune && (kind === 'intune' || kind === 'anchor')) continue;
        if (kind === 'product' && onlyFormer) continue;
        kinds.add(kind);
      }
      if (!behind) for (const t of clause.tools) tools.add(t);
      if (!behind) for (const n of clause.unplaced) unplaced.add(n);
      if (!behind) for (const n of clause.acting) acting.add(n);
      // The platform of the problem is the one named where something fails, not where all is well.
      if (behind) background ??= clause.platform;
      else platform ??= clause.platform;
      handheld ||= clause.handheld;
    }
    // "We use Okta …": a tool in use is the managing system only where nothing of Intune is named.
    if (tools.size > 0 && !['intune', 'anchor', 'migration'].some((k) => kinds.has(k as ScopeSignalKind)))
      kinds.add('product');
    if (placement.signInCode(text)) kinds.add('area');
    // "Teams keeps asking me to sign in again", "Teams-appen kraschar": another app's trouble.
    if (!kinds.has('anchor') && !kinds.has('intune') && appTrouble(text)) kinds.add('area');
    const stated = statements(text);
    // A general question ("what is the device limit per user?") asks how things are, as a how-to does.
    if (stated.generalQuestion) kinds.add('howto');
    return {
      counted: stated.counted,
      chatLine: stated.chatLine,
      allWell: stated.allWell,
      kinds,
      platform: platform ?? background,
      handheld,
      bareName: bare(text),
      bareComplaint: complaint(text),
      unplaced,
      acting,
    };
  };
}

type Part = Position & {
  raw: string;
  /** Place among the text's parts. */
  index: number;
  /** Index of the clause the part is in, and of the sentence. */
  clause: number;
  sentence: number;
};

/** The text cut into clauses, and each clause at a joining word into its halves. */
function splitClauses(text: string, joins: RegExp): Part[] {
  const pieces = text.split(clauseBreak);
  const out: Part[] = [];
  let sentence = 0;
  let sentenceStart = true;
  let sentenceParts: Part[] = [];
  const closeSentence = (question: boolean) => {
    for (const p of sentenceParts) p.question = question;
    sentenceParts = [];
    sentence++;
    sentenceStart = true;
  };
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = i / 2;
    const halves = pieces[i].split(joins).filter((h) => h.trim().length > 0);
    const mark = pieces[i + 1] ?? '';
    // "Omnissa UEM console: iPhones fail …": a sentence's first clause before a colon or a dash heads it.
    const heading = sentenceStart && halves.length === 1 && /[:：]|\s[-–—]\s/u.test(mark);
    halves.forEach((raw, k) => {
      const part: Part = {
        raw,
        clause,
        sentence,
        sentenceStart: sentenceStart && k === 0,
        clauseStart: k === 0,
        heading,
        question: false,
        index: 0,
      };
      out.push(part);
      sentenceParts.push(part);
    });
    if (halves.length > 0) sentenceStart = false;
    // A full stop inside a number or a name ("09.001", "portal.manage") ends no sentence.
    const next = pieces[i + 2] ?? '';
    const ends =
      sentenceEnd.test(mark) && (/[\n?!。！？；;]/u.test(mark) || next === '' || /^\s/u.test(next));
    if (ends || i + 2 >= pieces.length) closeSentence(/[?？]/u.test(mark));
  }
  return out;
}

/**
 * Whether a short text is only names: the Company Portal, Intune, a device, an app ("公司门户应用", "the
 * Company Portal app", "Samsung Galaxy Tab"), with nothing said about them.
 */
function createBareNameTest(data: MatcherData): (text: string) => boolean {
  const kinds: ReadonlySet<ScopeSignalKind> = new Set(['anchor', 'intune', 'generic', 'product']);
  const terms = [
    ...data.scope.signals.filter((s) => kinds.has(s.kind)).flatMap((s) => s.terms),
    ...data.scope.placement.known.flatMap((k) => k.terms),
    ...data.synonyms.platforms.flatMap((p) => p.terms),
    ...data.synonyms.handheld.terms,
  ].filter((t) => !t.endsWith('*'));
  // Chinese names are cut out of the text as they are written; the others are compared word by word.
  const han = terms.filter((t) => isHan(t)).sort((a, b) => b.length - a.length);
  const runs = new Set(
    terms.filter((t) => !isHan(t)).map((t) => words(t, { splitCompounds: false }).join(' ')),
  );
  const longest = 4;
  return (text) => {
    if (text.length > bareNameLength) return false;
    const rest = withoutHanTerms(foldCase(text), han);
    const left = words(rest, { splitCompounds: false });
    if (left.length === 0) return rest !== foldCase(text);
    let i = 0;
    let named = false;
    outer: while (i < left.length) {
      for (let n = Math.min(longest, left.length - i); n >= 1; n--) {
        const run = left.slice(i, i + n).join(' ');
        if (runs.has(run) || (run.endsWith('s') && runs.has(run.slice(0, -1)))) {
          i += n;
          named = true;
          continue outer;
        }
      }
      if (!isStopword(left[i])) return false;
      i++;
    }
    return named || rest !== foldCase(text);
  };
}

/**
 * Whether a short text only says that enrollment fails: every word is a word of `complaint` in
 * scope.json, a platform, a phone or tablet, Intune's name, or a function word ("enrollment not working",
 * "our iPhones can't enroll anymore", "registreringen fungerar inte", "iPhone 无法注册").
 */
function createComplaintTest(data: MatcherData): (text: string) => boolean {
  const terms = [
    ...data.scope.placement.complaint.flatMap((l) => l.terms),
    ...data.scope.signals.filter((s) => s.kind === 'intune').flatMap((s) => s.terms),
    ...data.synonyms.platforms.flatMap((p) => p.terms),
    ...data.synonyms.handheld.terms,
  ];
  const han = terms.filter((t) => isHan(t)).sort((a, b) => b.length - a.length);
  const stems = new Set(
    terms.filter((t) => !isHan(t)).flatMap((t) => words(t, { splitCompounds: false }).map(stem)),
  );
  return (text) => {
    if (text.length > bareNameLength) return false;
    const rest = withoutHanTerms(foldCase(text), han);
    const left = words(rest, { splitCompounds: false });
    if (left.length === 0) return rest.trim() !== foldCase(text).trim();
    return left.every((w) => !isHan(w) && (isStopword(w) || stems.has(stem(w))));
  };
}

/**
 * Whether a text says an app crashes or asks to sign in again (`appTrouble` in scope.json) with no word of
 * enrollment (`enrolling`): "Outlook crashes on launch", "Teams ber mig logga in igen", "l'appli Teams
 * plante", "Teams 闪退". The articles cover only the Company Portal's crash and enrollment's own sign-in.
 */
function createAppTroubleTest(data: MatcherData): (text: string) => boolean {
  const compile = (lists: { terms: string[] }[]) => {
    const all = lists.flatMap((l) => l.terms);
    // Runs by their first word: a text's words are looked up, not compared with every run.
    const runs = new Map<string, (readonly string[])[]>();
    for (const t of all.filter((x) => !isHan(x) && !x.endsWith('*'))) {
      const run = words(t, { splitCompounds: false });
      runs.set(run[0], [...(runs.get(run[0]) ?? []), run]);
    }
    return {
      han: all.filter(isHan),
      prefixes: all.filter((t) => !isHan(t) && t.endsWith('*')).map((t) => foldCase(t.slice(0, -1))),
      runs,
    };
  };
  const trouble = compile(data.scope.placement.appTrouble);
  const enrolling = compile(data.scope.placement.enrolling);
  const holds = (list: ReturnType<typeof compile>, folded: string, plain: readonly string[]) =>
    list.han.some((h) => folded.includes(h)) ||
    plain.some(
      (w, i) =>
        (list.runs.get(w) ?? []).some((r) => runAt(plain, i, r)) ||
        list.prefixes.some((pre) => w.startsWith(pre)),
    );
  return (text) => {
    const folded = foldCase(text);
    const plain = words(text, { splitCompounds: false });
    return holds(trouble, folded, plain) && !holds(enrolling, folded, plain);
  };
}

/** Whether `run` occurs in `list` from position `at` (a trailing plural `s` on a word allowed). */
function runAt(list: readonly string[], at: number, run: readonly string[]): boolean {
  if (at + run.length > list.length) return false;
  for (let k = 0; k < run.length; k++) {
    const word = list[at + k];
    const want = run[k];
    if (word === want) continue;
    // `${want}s`, compared without building it.
    if (word.length !== want.length + 1 || !word.endsWith('s') || !word.startsWith(want)) return false;
  }
  return true;
}

/**
 * An app's own code (a crash log, a push certificate of one's app) or an undocumented failure code with
 * no documented one always veto a confident answer. Another vendor's product does unless the text moves
 * from it to Intune or names Intune itself (the product is then the former or the other MDM, a documented
 * cause); a text saying the devices are not in Intune at all is vetoed whatever else it names. Another Intune area (VPN,
 * compliance, macOS, app protection, sign-in errors…) does unless a documented code was found: the same
 * words there ("Profile installation failed. VPN service payload…") are another problem. A question about
 * how to configure something, a name no list holds heading the post, or an attempt to steer the bot, does
 * only when the text holds no unmistakable error.
 */
export function isVetoed(kinds: Signals['kinds'], codes: FoundCodes, strong: boolean): boolean {
  if (kinds.has('development') || kinds.has('elsewhere')) return true;
  if (kinds.has('product') && !kinds.has('migration') && !kinds.has('intune')) return true;
  if (codes.unknown.length > 0 && codes.known.length === 0) return true;
  if (kinds.has('area') && codes.known.length === 0) return true;
  if ((kinds.has('howto') || kinds.has('named')) && codes.known.length === 0 && !strong) return true;
  return kinds.has('injection') && !strong;
}

/**
 * A name no list, no article (in any of its languages) and no common word knows, that no cue places
 * ("Tablets rolled out with Fennix get stuck…"), leaves open where the problem lives: the first hit is
 * no answer unless the text names Intune or its pieces (Company Portal, ADE, an admin-center path),
 * holds a documented code, or is mainly a documented message quoted word for word (`quoted`) that no
 * such name is said to show or cause ("Calvex: Device Cap Reached" is the message; "our Calvex scanners
 * show Device Cap Reached" is the scanners').
 */
export function isUnplaced(signals: Signals, codes: FoundCodes, quoted: boolean): boolean {
  if (signals.unplaced.size === 0 || codes.known.length > 0) return false;
  if (quoted && signals.acting.size === 0) return false;
  return !signals.kinds.has('anchor') && !signals.kinds.has('intune');
}

/**
 * "Zorvex says Device Cap Reached": a name placed as a product before a verb of speech reports the message
 * as its own, documented words or not, where the text names nothing of Intune (Intune, the Company Portal,
 * ADE, Apple Business Manager…, a move to Intune) and no Apple or Android device, and holds no documented
 * code: the card stays a candidate, not the answer. A person relaying what a device shows is no speaker
 * ("Anna says her iPhone shows …", scope-placement.ts).
 */
export function isReportedElsewhere(signals: Signals, codes: FoundCodes): boolean {
  if (!signals.kinds.has('speaker') || codes.known.length > 0) return false;
  if (signals.platform === 'ios' || signals.platform === 'android') return false;
  return !['intune', 'anchor', 'migration'].some((k) => signals.kinds.has(k as ScopeSignalKind));
}
