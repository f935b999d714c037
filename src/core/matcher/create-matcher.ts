import type { KnowledgeBase, Platform } from '../knowledge/entry.ts';
import { guessLanguage } from '../text-language.ts';
import { conceptPrefix, isConcept } from './analyzer.ts';
import { createCodeFinder, createKnownCodeTest, type FoundCodes } from './codes.ts';
import { type ConfidenceFeatures, isConfident } from './confidence.ts';
import { classProbabilities, type LearnedModel, reconsider } from './learned.ts';
import { findErrorLines } from './log-lines.ts';
import type {
  Matcher,
  MatchHit,
  MatchOptions,
  MatchReason,
  MatchResult,
  UncoveredCode,
} from './match-result.ts';
import { defaultMatcherData, type MatcherData } from './matcher-data.ts';
import { foldCase, isHan, words } from './normalize.ts';
import { buildPhraseIndex, type IndexedEntry, type IndexedPhrase, type PhraseIndex } from './phrase-index.ts';
import { vocabularyOf } from './scope-placement.ts';
import { createSignalDetector, isReportedElsewhere, isUnplaced, isVetoed } from './scope-signals.ts';
import { createRelativeTimeEraser } from './scope-times.ts';
import {
  corroborated,
  demoteSubsumed,
  phraseScore,
  platformFactor,
  type Query,
  type Scored,
} from './scoring.ts';
import { preferExplainingSibling } from './siblings.ts';
import { isStopword, stem } from './stem.ts';

/** Calibrated on the development queries and the held-out cases in test/unit/core/matcher. */
export const thresholds = {
  /** Score of a confident first hit that needs only the usual lead (`margin`). */
  confident: 0.4,
  /** Least lead over the best hit outside the first hit's family. */
  margin: 0.12,
  /** Least score of a confident first hit at all; below `confident` it needs `weakMargin`. */
  weakConfident: 0.28,
  /** The same when the text names Intune, the Company Portal, ADE/DEP, Apple Business Manager… */
  anchoredConfident: 0.24,
  /** Distinct known terms a text needs to count as a description rather than a short complaint. */
  describedTerms: 2,
  /** Lead a first hit scoring below `confident` needs (a description in the user's words). */
  weakMargin: 0.14,
  /**
   * A first hit this strong is an answer, whatever else the text says, when nothing outside its family
   * reaches `dominantShare` of its score and it rests on a specific concept of the articles (weight at
   * least `specificConcept`: a licence, a package, a payload), not on an ordinary word that happens to
   * be rare among the entries ("new", "other").
   */
  dominantConfident: 0.2,
  dominantShare: 0.4,
  specificConcept: 2,
  /**
   * …or when the best hit outside its family scores at most `ownShare` of it and the words that hit
   * explains on its own weigh at most `ownEvidence` of the concepts the first explains on its own
   * (which must weigh `specificConcept`: "does not work" is no concept that tells entries apart).
   */
  ownShare: 0.9,
  ownEvidence: 0.5,
  /** Share of its score an entry keeps when the text carries an out-of-scope signal. */
  vetoFactor: 0.6,
  /** Least score for a hit to be listed at all. */
  listed: 0.12,
  maxHits: 5,
} as const;

/** Lift of an entry whose message is the whole query: ahead of look-alikes that match it as fully. */
const exactBonus = 1.03;
/** Hits this close to the first are as good as it: the platform the user named decides among them. */
const platformTie = 0.05;

/**
 * A post of at most this many words that quotes a documented message word for word is that message:
 * a name no list holds beside it does not make it another product's ("Calvex: Device Cap Reached").
 */
const quotedPostWords = 12;

/** Weight of the words only a rival explains that makes a first hit explaining nothing of its own a question. */
const rivalEvidence = 5;

/** Entries compared for subsumption: the few strongest are enough. */
const subsumptionPool = 8;

/**
 * A matcher over the compiled knowledge base: documented codes first, then phrases (titles, their
 * sentences, translated messages and aliases from content/matcher) compared as weighted terms, then
 * platform rules and out-of-scope signals decide the ranking and whether the first hit is confident.
 * All four languages are read whatever locale the client reports, so `options.locale` changes nothing;
 * `options.platform` (named by the user) does. Pure: no I/O, safe to share between conversations.
 */
export function createMatcher(
  kb: KnowledgeBase,
  data: MatcherData = defaultMatcherData(),
): Matcher & {
  inspect(text: string, options?: MatchOptions): Assessment;
  /** The second opinion of a model over this matcher's rule matches (for the evaluation of other models). */
  opinion(model: LearnedModel): (a: Assessment, probabilities?: Float64Array) => MatchResult;
} {
  const index = buildPhraseIndex(kb, data);
  const findCodes = createCodeFinder(index.codes.keys());
  const holdsKnownCode = createKnownCodeTest(index.codes.keys());
  const detectSignals = createSignalDetector(data, vocabularyOf(kb.entries));
  const byId = new Map(index.entries.map((e) => [e.id, e]));
  const messageWords = rareMessageWords(index);
  const findUncovered = createUncoveredCodeFinder(data);
  const denied = createDenialTest(index, data);
  const withoutTimes = createRelativeTimeEraser(data);
  const genericTerms = new Set(
    data.scope.signals
      .filter((s) => s.kind === 'generic')
      .flatMap((s) => s.terms.flatMap((t) => index.analyzer.analyzeExact(t))),
  );
  // A turn matches the same text more than once (is it a new problem? then the answer): the lines of a
  // long paste are scored once, not once a call.
  let lastText: string | undefined;
  let lastLines: ReturnType<typeof findErrorLines> = { focus: '', errorFound: false };
  const errorLinesOf = (text: string) => {
    if (text !== lastText) {
      lastLines = findErrorLines(text, (line) => lineScore(line, holdsKnownCode, messageWords));
      lastText = text;
    }
    return lastLines;
  };

  const assess = (text: string, options: MatchOptions, withFeatures: boolean): Assessment => {
    // Callers in plain JavaScript (adapters, tests) may pass anything: nothing to match is no match.
    const { focus, errorFound } = errorLinesOf(typeof text === 'string' ? text : '');
    const signals = detectSignals(focus);
    const analysed = networksCompared(
      countedAsLimit(index.analyzer.analyze(withoutTimes(focus)), signals.counted),
    );
    const query = toQuery(index, analysed);
    const stated = options.platform ?? undefined;
    const codes = findCodes(focus);

    const scored = codeHits(index, byId, codes);
    const matchedTerms = scorePhrases(index, query, scored);
    const pool = [...scored.values()].sort((a, b) => b.score - a.score).slice(0, subsumptionPool);
    const platformFit = (s: Scored) =>
      platformFactor(s.entry.platform, stated, signals.platform, signals.handheld);
    preferExplainingSibling(pool, scored, matchedTerms, index, platformFit);
    const subsumedBy = demoteSubsumed(pool, matchedTerms, index.weight);
    for (const s of scored.values()) {
      // A documented code means its card whatever the user said the device is, except that an iOS
      // card never fits an Android or Windows device.
      if (s.reason.kind === 'code' && s.entry.platform !== 'ios') continue;
      s.score *= platformFit(s);
    }

    const ranked = [...scored.values()].sort(
      (a, b) =>
        b.score - a.score || Number(b.exact) - Number(a.exact) || a.entry.id.localeCompare(b.entry.id),
    );
    preferNamedPlatform(ranked, index.family, stated ?? signals.platform);
    const top = ranked[0];
    const strong = top?.strong ?? false;
    const vetoed =
      isVetoed(signals.kinds, codes, strong) ||
      isReportedElsewhere(signals, codes) ||
      isUnplaced(signals, codes, strong && words(focus, { splitCompounds: false }).length <= quotedPostWords);
    if (vetoed) for (const s of ranked) s.score *= thresholds.vetoFactor;
    const uncovered = codes.known.length === 0 ? findUncovered(codes.unknown) : undefined;

    const hits: MatchHit[] = ranked
      .filter((s) => s.score >= thresholds.listed)
      .slice(0, thresholds.maxHits)
      .map((s) => ({ id: s.entry.id, score: round(s.score), why: whyText(s.reason), reason: s.reason }));
    const informative = informativeTerms(index, query);
    const anchored = signals.kinds.has('anchor');
    // One term alone ("Authenticator", "Safari") is a name, not a problem: it is an answer as a code or
    // as words of a documented message ("Workplace Join", "maintenance mode"), not through a
    // description that happens to mention it.
    // A short text made only of names ("公司门户应用", "the Intune Company Portal app") is one too.
    const bareName = signals.bareName
      ? top?.reason.kind !== 'code'
      : top?.reason.kind === 'similar' && namingTerms(index, query, genericTerms) <= 1;
    // "enrollment broken", "can't enroll": saying only that enrollment fails is no answer yet, unless the
    // words are a documented message or code.
    const bareComplaint = signals.bareComplaint && top?.reason.kind !== 'code' && !strong;
    // "I deleted an old device", "ok ça marche maintenant": a chat line reporting no failure is no question
    // to answer (its candidates stay listed).
    const chatLine = signals.chatLine && top?.reason.kind !== 'code' && !strong;
    const allWell = signals.allWell && top?.reason.kind !== 'code' && !strong;
    // A long paste with no error line in it is no error report, whatever its words resemble.
    const refused =
      !top || hits.length === 0 || !errorFound || vetoed || bareName || bareComplaint || chatLine;
    const result: MatchResult = {
      hits,
      confident: false,
      ...(vetoed ? { outOfScope: true } : {}),
      ...(vetoed && uncovered ? { uncoveredCode: uncovered } : {}),
      ...(signals.kinds.has('howto') ? { setUp: true } : {}),
      ...(allWell ? { noProblem: true } : {}),
    };
    // The figures a model weighs are computed only where a model or the calibration script reads them.
    // A description (no documented code, no documented message word for word) is open to a second opinion.
    const described = {
      text: focus,
      terms: analysed.map((t) => t.term),
      open: codes.known.length === 0 && !strong,
    };
    if (!top || (refused && !withFeatures)) return { result, refused, rules: false, described };
    const rival = bestRival(ranked, index.family, subsumedBy);
    const own = evidence(index, matchedTerms);
    const ownConcepts = own(top, rival, { concepts: true });
    const rivalTerms = own(rival, top);
    // A message the text only denies, or a first hit found by words, explaining no concept of the text
    // its rival does not, while the rival explains words of the text weighing `rivalEvidence` that it
    // does not, is a question, whatever the figures say: a message matched on one word of a long text
    // whose other words tell another story (停用, "retire", in "did not retire it in the console before
    // reinstalling, now it will not enroll again").
    const questioned =
      (top.reason.kind === 'message' &&
        !top.strong &&
        denied(focus, top.reason.phrase, matchedTerms.get(top.entry.id))) ||
      (top.reason.kind !== 'code' &&
        !top.strong &&
        !top.exact &&
        rivalTerms >= rivalEvidence &&
        ownConcepts < thresholds.specificConcept) ||
      otherPlatformCard(top, stated ?? signals.platform);
    const rules = isClearWinner({
      top: top.score,
      rival: rival?.score ?? 0,
      ownConcepts,
      rivalTerms,
      informative,
      anchored: anchored ? 1 : 0,
    });
    if (!withFeatures) return { result, refused: refused || questioned, rules, described };
    const platform = stated ?? signals.platform;
    const ownTerms = own(top, rival);
    const language = guessLanguage(focus);
    const flag = (b: boolean | undefined) => (b ? 1 : 0);
    const features: ConfidenceFeatures = {
      top: top.score,
      rival: rival?.score ?? 0,
      margin: top.score - (rival?.score ?? 0),
      ratio: top.score > 0 ? (rival?.score ?? 0) / top.score : 0,
      code: flag(top.reason.kind === 'code'),
      message: flag(top.reason.kind === 'message'),
      exact: flag(top.exact),
      strong: flag(top.strong),
      ownConcepts,
      ownTerms,
      rivalTerms,
      evidenceShare: ownTerms + rivalTerms > 0 ? ownTerms / (ownTerms + rivalTerms) : 1,
      informative,
      naming: namingTerms(index, query, genericTerms),
      described: flag(informative >= thresholds.describedTerms),
      anchored: flag(anchored),
      intune: flag(signals.kinds.has('intune')),
      migration: flag(signals.kinds.has('migration')),
      platformStated: flag(stated !== undefined),
      platformGuessed: flag(signals.platform !== undefined),
      platformMismatch: flag(platform && top.entry.platform !== 'all' && top.entry.platform !== platform),
      terms: analysed.length,
      knownTerms: query.knownCount,
      sv: flag(language === 'sv'),
      fr: flag(language === 'fr'),
      zh: flag(language === 'zh-CN'),
      hits: hits.length,
      rules: flag(rules),
    };
    return { result, refused: refused || questioned, rules, features, described };
  };
  const decide = (a: Assessment): Assessment => {
    a.result.confident =
      !a.refused && (data.confidence && a.features ? isConfident(data.confidence, a.features) : a.rules);
    return a;
  };

  const secondOpinion = data.learned ? createSecondOpinion(data.learned, index, byId) : undefined;

  return {
    match: (text: string, options: MatchOptions = {}): MatchResult => {
      const a = decide(assess(text, options, data.confidence !== undefined));
      return secondOpinion ? secondOpinion(a) : a.result;
    },
    inspect: (text: string, options: MatchOptions = {}): Assessment => {
      const a = decide(assess(text, options, true));
      return secondOpinion ? { ...a, result: secondOpinion(a) } : a;
    },
    opinion: (model) => createSecondOpinion(model, index, byId),
  };
}

/**
 * One match with what decided its confidence: `refused` when a hard rule rules an answer out (an
 * out-of-scope signal, a paste with no error line, a bare name or complaint, a message the text only
 * denies or a rival that explains far more of it, no hit); `rules`, the hand-written
 * rules' verdict; `features`, what a fitted model weighs (only computed when one is loaded, or asked for).
 */
export type Assessment = {
  result: MatchResult;
  refused: boolean;
  rules: boolean;
  features?: ConfidenceFeatures;
  /** The text read (a paste's error lines), its terms, and whether it is a description a model may reconsider. */
  described: { text: string; terms: string[]; open: boolean };
};

/**
 * The learned second opinion over a rule match (learned.ts): only for a description, the rule result
 * otherwise. `probabilities`, when given, stand for the model's (the evaluation swaps in each fold's).
 */
export function createSecondOpinion(
  model: LearnedModel,
  index: PhraseIndex,
  byId: ReadonlyMap<string, IndexedEntry> = new Map(index.entries.map((e) => [e.id, e])),
): (a: Assessment, probabilities?: Float64Array) => MatchResult {
  const context = {
    classes: model.classes,
    family: index.family,
    maxHits: thresholds.maxHits,
    listed: thresholds.listed,
    hitFor(id: string, score: number): MatchHit | undefined {
      const phrase = byId.get(id)?.phrases[0]?.text;
      if (phrase === undefined) return undefined;
      const reason: MatchReason = { kind: 'similar', phrase };
      return { id, score, why: whyText(reason), reason };
    },
  };
  return (a, probabilities) => {
    if (!a.described.open || a.described.terms.length === 0) return a.result;
    const p = probabilities ?? classProbabilities(model, a.described.text, a.described.terms);
    return reconsider(a.result, a.refused, p, model.blend, context);
  };
}

/** Rare words of the documented messages ("retired", "maintenance", "payload"), to spot them in logs. */
function rareMessageWords(index: PhraseIndex): Set<string> {
  const out = new Set<string>();
  for (const { phrase } of index.phrases) {
    if (phrase.kind !== 'message') continue;
    for (const w of words(phrase.text)) {
      if (w.length >= 4 && !isHan(w) && !isStopword(w) && index.weight(stem(w)) >= 2.5) out.add(w);
    }
  }
  return out;
}

/** A maximal run of four letters a–z or more (it cannot start inside a longer run). */
const longRuns = /[a-z]{4,}/g;

/**
 * How much a log line looks like the error: a documented code is the strongest sign; words of a
 * documented message count too, so "Account is in maintenance mode." is kept among noisy error lines.
 */
function lineScore(
  line: string,
  holdsKnownCode: (text: string) => boolean,
  messageWords: Set<string>,
): number {
  // Exact codes only: every line of a paste is scored, and a typo search per long word of each would cost
  // more than the rest of the match (the chosen lines are searched with typos afterwards).
  let score = holdsKnownCode(line) ? 3 : 0;
  let hits = 0;
  // The runs of four letters a–z or more (no shorter word is one of them), found by one pattern rather
  // than by splitting the line into all its runs: a paste has thousands of lines.
  const lower = line.toLowerCase();
  longRuns.lastIndex = 0;
  for (let m = longRuns.exec(lower); m; m = longRuns.exec(lower))
    if (messageWords.has(m[0]) && ++hits >= 2) break;
  score += hits;
  return score;
}

/** Entries listing a documented code found in the text: score 1, the code as the reason. */
function codeHits(
  index: PhraseIndex,
  byId: Map<string, IndexedEntry>,
  codes: FoundCodes,
): Map<string, Scored> {
  const scored = new Map<string, Scored>();
  codes.known.forEach((key, order) => {
    for (const id of index.codes.get(key) ?? []) {
      const entry = byId.get(id);
      const reason: MatchReason = { kind: 'code', code: index.codeLabels.get(key) ?? key };
      // The first code in the text leads when a log holds several.
      if (entry && !scored.has(id))
        scored.set(id, { entry, score: 1 - order * 0.001, reason, strong: true, exact: false });
    }
  });
  return scored;
}

/**
 * The best hit outside the first hit's family (cards documenting the same error) that is a rival: a hit
 * that only matched part of what the first matched is a less specific reading, not a rival.
 */
function bestRival(
  ranked: Scored[],
  families: Map<string, Set<string>>,
  subsumedBy: Map<string, Set<string>>,
): Scored | undefined {
  const top = ranked[0];
  const family = families.get(top.entry.id);
  // Several documented codes in one paste are each a documented answer, not doubt about one.
  const bothCodes = (s: Scored) => s.reason.kind === 'code' && top.reason.kind === 'code';
  return ranked.find(
    (s) =>
      s !== top &&
      !family?.has(s.entry.id) &&
      !subsumedBy.get(s.entry.id)?.has(top.entry.id) &&
      !bothCodes(s),
  );
}

/**
 * "Android phones can't enroll when the user has no license": a first hit documented for another platform
 * than the one the text names (or the user stated) is no answer, however well its words fit; a documented
 * code keeps its card (an iOS card never fits another platform, see `platformFactor`).
 */
function otherPlatformCard(top: Scored, platform: Platform | undefined): boolean {
  if (!platform || top.reason.kind === 'code' || top.strong) return false;
  return top.entry.platform !== 'all' && top.entry.platform !== platform;
}

/** The figures the hand-written rules compare (named as in `ConfidenceFeatures`). */
export type RuleFigures = Pick<
  ConfidenceFeatures,
  'top' | 'rival' | 'ownConcepts' | 'rivalTerms' | 'informative' | 'anchored'
>;
export type RuleThresholds = { readonly [K in keyof typeof thresholds]: number };

/**
 * The hand-written rules: the first hit is the answer when it scores high enough and leads its rival
 * clearly; two close candidates are a question, not an answer. `t` is for the calibration script, which
 * re-tunes the constants without the batch it scores.
 */
export function isClearWinner(f: RuleFigures, t: RuleThresholds = thresholds): boolean {
  // A description in the user's own words scores low against every entry; what tells is that one
  // family explains its specific concepts and no other comes near, or the nearest other only rests on
  // words of its own that weigh little against them.
  if (f.top >= t.dominantConfident && f.ownConcepts >= t.specificConcept) {
    if (f.rival <= f.top * t.dominantShare) return true;
    if (f.rival <= f.top * t.ownShare && f.rivalTerms <= f.ownConcepts * t.ownEvidence) return true;
  }
  // Naming Intune's own pieces (Company Portal, ADE, an admin-center path) places the text in what the
  // articles cover: a description in the user's words may be answered on less evidence; …and so may a
  // description with enough words of the articles in it; a short complaint ("enrollment does not work")
  // may not.
  const described = f.informative >= t.describedTerms;
  const least = !described ? t.confident : f.anchored ? t.anchoredConfident : t.weakConfident;
  if (f.top < least) return false;
  // Below the usual score a first hit is an answer only when nothing outside its family comes near.
  return f.top - f.rival >= (f.top >= t.confident ? t.margin : t.weakMargin);
}

/**
 * Weight of the terms of the text that `a` explains and `b` does not (with `concepts`, only concepts
 * of the articles count, not bare words that happen to be rare among the entries: "new", "type").
 */
type Evidence = (a: Scored | undefined, b: Scored | undefined, options?: { concepts?: boolean }) => number;

function evidence(index: PhraseIndex, matched: Map<string, Set<string>>): Evidence {
  return (a, b, options = {}) => {
    const other = b ? matched.get(b.entry.id) : undefined;
    let sum = 0;
    for (const t of (a && matched.get(a.entry.id)) ?? []) {
      if (other?.has(t) || (options.concepts && !isConcept(t))) continue;
      sum += index.weight(t);
    }
    return sum;
  };
}

/**
 * Whether the text only denies the heaviest word the first hit's message was found by: "we never retired
 * the PC in the console" is no "The client computer has been retired", nor is "没在控制台里停用". The words
 * a denial covers (a negator, the word before it and four after; in Chinese, the rest of the clause) are
 * taken out and the text read again. A message that itself denies ("User Name Not Recognized") or reports
 * a failure ("Workplace Join failed", which "can't workplace join" says too) is not tested.
 */
function createDenialTest(
  index: PhraseIndex,
  data: MatcherData,
): (text: string, phrase: string, matched: ReadonlySet<string> | undefined) => boolean {
  const negators = data.scope.placement.negators.flatMap((l) => l.terms);
  const latin = new Set(negators.filter((t) => !isHan(t)));
  const han = negators.filter((t) => isHan(t));
  const hanDenial = new RegExp(`(?:${han.join('|')})[^\\s.,;:!?。，；：！？、]*`, 'gu');
  const denies = (text: string) =>
    words(text, { splitCompounds: false }).some((w) => latin.has(w)) || han.some((h) => text.includes(h));
  // A message of failure ("Workplace Join failed", "Temporarily Unavailable") is what "can't join" says.
  const failure = data.scope.placement.problem
    .flatMap((l) => l.terms)
    .map((t) => foldCase(t.replace(/\*$/, '')));
  const fails = (phrase: string) =>
    words(phrase, { splitCompounds: false }).some((w) => failure.some((f) => w.startsWith(f))) ||
    failure.some((f) => isHan(f) && phrase.includes(f)) ||
    /unavailable|invalid|indisponible|otillgänglig|不可用/iu.test(phrase);
  return (text, phrase, matched) => {
    if (!matched || denies(phrase) || fails(phrase)) return false;
    let heaviest: string | undefined;
    for (const t of matched) if (!heaviest || index.weight(t) > index.weight(heaviest)) heaviest = t;
    if (!heaviest || !denies(text)) return false;
    const plain = words(text.replace(hanDenial, ' '), { splitCompounds: false });
    const kept = plain.filter((_, k) => !plain.slice(Math.max(0, k - 4), k + 2).some((w) => latin.has(w)));
    return !index.analyzer.analyzeExact(kept.join(' ')).includes(heaviest);
  };
}

/**
 * Of equally good cards of one family (the iOS and the general "Device cap reached"), the one written
 * for the platform the user named comes first: the general card is for devices of every platform.
 */
function preferNamedPlatform(
  ranked: Scored[],
  families: Map<string, Set<string>>,
  platform: Platform | undefined,
): void {
  const top = ranked[0];
  if (!platform || !top || top.entry.platform === platform) return;
  const family = families.get(top.entry.id);
  const at = ranked.findIndex(
    (s) => s.entry.platform === platform && family?.has(s.entry.id) && top.score - s.score < platformTie,
  );
  if (at > 0) ranked.unshift(...ranked.splice(at, 1));
}

/** The first undocumented failure code that belongs to a family another Microsoft page covers. */
function createUncoveredCodeFinder(
  data: MatcherData,
): (unknown: readonly string[]) => UncoveredCode | undefined {
  const groups = data.scope.uncoveredCodes.map((g) => ({
    ...g,
    codes: new Set(g.codes.map((c) => c.toUpperCase())),
    prefixes: g.prefixes.map((p) => p.toUpperCase().replace(/^0X/, '0x')),
  }));
  return (unknown) => {
    for (const key of unknown) {
      const group = groups.find((g) => g.codes.has(key) || g.prefixes.some((p) => key.startsWith(p)));
      if (group) return { code: key, area: group.area, reference: group.reference };
    }
    return undefined;
  };
}

/** Distinct terms of the query the index knows that carry meaning (not "work", "device", "enroll"). */
function informativeTerms(index: PhraseIndex, query: Query): number {
  let n = 0;
  for (const term of query.terms.keys()) if (index.knows(term) && index.weight(term) >= 1) n++;
  return n;
}

/** Distinct terms of the query the index knows, whatever their weight, but for "app", "browser"… */
function namingTerms(index: PhraseIndex, query: Query, generic: ReadonlySet<string>): number {
  let n = 0;
  for (const term of query.terms.keys()) if (index.knows(term) && !generic.has(term)) n++;
  return n;
}

/**
 * "She already has 15 devices enrolled": "already" beside a count of enrolled devices is the device limit
 * ("more devices than the device enrollment limit"), not a machine that is already enrolled.
 */
function countedAsLimit(
  analysed: { term: string; fuzzy: boolean }[],
  counted: boolean,
): { term: string; fuzzy: boolean }[] {
  if (!counted) return analysed;
  const out = analysed.filter((t) => t.term !== `${conceptPrefix}already`);
  if (!out.some((t) => t.term === `${conceptPrefix}limit`))
    out.push({ term: `${conceptPrefix}limit`, fuzzy: false });
  return out;
}

/**
 * "Fails on the warehouse Wi-Fi, enrolls on the office network", "仓库 Wi-Fi 下卡住，办公室网络就能注册": a
 * text naming a network twice sets one against the other, which is what the articles' "use a different
 * network connection to enroll the device" speaks of, whatever words say that the second one works.
 */
function networksCompared(analysed: { term: string; fuzzy: boolean }[]): { term: string; fuzzy: boolean }[] {
  const network = `${conceptPrefix}network`;
  const other = `${conceptPrefix}other-network`;
  if (analysed.filter((t) => t.term === network && !t.fuzzy).length < 2) return analysed;
  if (analysed.some((t) => t.term === other)) return analysed;
  return [...analysed, { term: other, fuzzy: false }];
}

function toQuery(index: PhraseIndex, analysed: { term: string; fuzzy: boolean }[]): Query {
  const terms = new Map<string, number>();
  for (const t of analysed) terms.set(t.term, Math.max(terms.get(t.term) ?? 0, t.fuzzy ? 0.9 : 1));
  let mass = 0;
  for (const [term, quality] of terms) mass += index.weight(term) * (index.knows(term) ? 1 : 0.5) * quality;
  const known = analysed.map((t) => t.term).filter((t) => index.knows(t));
  return {
    terms,
    mass,
    sequence: ` ${analysed.map((t) => t.term).join(' ')} `,
    knownSequence: ` ${known.join(' ')} `,
    knownCount: known.length,
  };
}

/**
 * Scores every phrase sharing a term with the query (through the postings, not a scan), keeps each
 * entry's best phrase in `scored` unless a code already placed it higher, and returns for each entry the
 * query terms its well-matching phrases explain (what subsumption compares).
 */
function scorePhrases(
  index: PhraseIndex,
  query: Query,
  scored: Map<string, Scored>,
): Map<string, Set<string>> {
  const space = scratch(index);
  const { matched, exact, fuzzyHits, touched, score, verbatim, best, entryOf } = space;
  const { positions, hitHead, hitNext, hitPos, hitTerm, phraseOf } = space;
  // The messages that are the whole query, word for word, looked up once rather than compared phrase by phrase.
  const exactOnes = space.messagesBySequence.get(query.sequence);
  let count = 0;
  let hits = 0;
  for (const [term, quality] of query.terms) {
    const list = index.postings.get(term);
    if (!list) continue;
    const at = positions.get(term) as Int32Array;
    const w = index.weight(term) * quality;
    for (let j = 0; j < list.length; j++) {
      const n = list[j];
      if (matched[n] === 0) touched[count++] = n;
      matched[n] += w;
      if (quality === 1) exact[n] += w;
      else fuzzyHits[n]++;
      // The phrase's terms found in the query, listed where the phrase holds them.
      hitTerm[hits] = term;
      hitPos[hits] = at[j];
      hitNext[hits] = hitHead[n];
      hitHead[n] = hits++;
    }
  }
  // Entries in the order their first phrase was touched; each keeps its best phrase (the first of equals).
  const order: number[] = [];
  for (let i = 0; i < count; i++) {
    const n = touched[i];
    const phrase = phraseOf[n];
    // The whole query is this message, word for word: the entry whose title it is, not a near-duplicate.
    const exactMessage = exactOnes !== undefined && exactOnes.includes(n);
    const found = phraseScore(phrase, matched[n], query);
    let s = found.score;
    if (exactMessage) s *= exactBonus;
    // A spelling correction alone is a guess ("take" → "taket"); several agreeing ones are a typo'd message.
    if (exact[n] === 0) s *= fuzzyHits[n] > 1 ? 0.85 : 0.5;
    matched[n] = 0;
    exact[n] = 0;
    fuzzyHits[n] = 0;
    score[n] = s;
    verbatim[n] = (found.verbatim ? 1 : 0) | (exactMessage ? 2 : 0);
    const e = entryOf[n];
    const b = best[e];
    if (b < 0) {
      best[e] = n;
      order.push(e);
    } else if (s > score[b] || (s === score[b] && n < b)) best[e] = n;
  }
  const explained = new Map<string, Set<string>>();
  const termsOf: Set<string>[] = [];
  for (const e of order) {
    const terms = new Set<string>();
    termsOf[e] = terms;
    explained.set(index.entries[e].id, terms);
  }
  const found = space.found;
  for (let i = 0; i < count; i++) {
    const n = touched[i];
    const e = entryOf[n];
    const first = hitHead[n];
    hitHead[n] = -1;
    if (score[n] < score[best[e]] * 0.5) continue;
    // The phrase's terms that are the query's, in the phrase's order (an insertion sort into a reused
    // buffer: a phrase holds a few of them, each at its own place).
    let size = 0;
    for (let h = first; h >= 0; h = hitNext[h]) {
      const pos = hitPos[h];
      let k = size++;
      while (k > 0 && hitPos[found[k - 1]] > pos) {
        found[k] = found[k - 1];
        k--;
      }
      found[k] = h;
    }
    const terms = termsOf[e];
    for (let k = 0; k < size; k++) terms.add(hitTerm[found[k]]);
  }
  for (const e of order) {
    const n = best[e];
    best[e] = -1;
    const { phrase, entry } = index.phrases[n];
    const corroboratedScore = corroborated(score[n], phrase.terms, termsOf[e], query, index.weight);
    const previous = scored.get(entry.id);
    if (previous && previous.score >= corroboratedScore) continue;
    scored.set(entry.id, {
      entry,
      score: corroboratedScore,
      reason:
        phrase.kind === 'message'
          ? { kind: 'message', phrase: phrase.text }
          : { kind: 'similar', phrase: phrase.text },
      // The whole error message, word for word, is unmistakable (overrides area and injection signals).
      strong: phrase.kind === 'message' && (verbatim[n] & 1) === 1,
      exact: (verbatim[n] & 2) === 2,
      phrase: n,
    });
  }
  return explained;
}

/**
 * Per-index buffers reused by every query (matching is synchronous, so one set is enough): what each
 * phrase matched and scored, each entry's best phrase (-1: none yet), and each phrase's entry number.
 */
type Scratch = {
  matched: Float64Array;
  exact: Float64Array;
  fuzzyHits: Int32Array;
  touched: Int32Array;
  score: Float64Array;
  verbatim: Uint8Array;
  best: Int32Array;
  entryOf: Int32Array;
  /** Term → where each phrase of its postings holds it (the place in `terms`). */
  positions: Map<string, Int32Array>;
  /** Per phrase, a list of the query terms it holds: first hit, next hit, place and term of each. */
  hitHead: Int32Array;
  hitNext: Int32Array;
  hitPos: Int32Array;
  hitTerm: string[];
  /** The hits of one phrase in the phrase's order (at most its number of terms). */
  found: Int32Array;
  /** Each phrase by its number, and the numbers of the messages with each sequence of terms. */
  phraseOf: IndexedPhrase[];
  messagesBySequence: Map<string, number[]>;
};
const scratchSpace = new WeakMap<PhraseIndex, Scratch>();

function scratch(index: PhraseIndex): Scratch {
  let space = scratchSpace.get(index);
  if (!space) {
    const size = index.phrases.length;
    const number = new Map(index.entries.map((e, k) => [e, k]));
    let pairs = 0;
    for (const list of index.postings.values()) pairs += list.length;
    space = {
      matched: new Float64Array(size),
      exact: new Float64Array(size),
      fuzzyHits: new Int32Array(size),
      touched: new Int32Array(size),
      score: new Float64Array(size),
      verbatim: new Uint8Array(size),
      best: new Int32Array(index.entries.length).fill(-1),
      entryOf: Int32Array.from(index.phrases, (p) => number.get(p.entry) ?? 0),
      positions: placesOf(index),
      hitHead: new Int32Array(size).fill(-1),
      hitNext: new Int32Array(pairs),
      hitPos: new Int32Array(pairs),
      hitTerm: new Array<string>(pairs),
      found: new Int32Array(Math.max(1, ...index.phrases.map((p) => p.phrase.terms.length))),
      phraseOf: index.phrases.map((p) => p.phrase),
      messagesBySequence: messagesBySequence(index),
    };
    scratchSpace.set(index, space);
  }
  return space;
}

/** The numbers of the message phrases, by their sequence of terms. */
function messagesBySequence(index: PhraseIndex): Map<string, number[]> {
  const out = new Map<string, number[]>();
  index.phrases.forEach(({ phrase }, n) => {
    if (phrase.kind !== 'message') return;
    const list = out.get(phrase.sequence);
    if (list) list.push(n);
    else out.set(phrase.sequence, [n]);
  });
  return out;
}

/** Term → the place in each phrase of its postings where the phrase holds it. */
function placesOf(index: PhraseIndex): Map<string, Int32Array> {
  const places = new Map<string, Int32Array>();
  for (const [term, list] of index.postings) places.set(term, new Int32Array(list.length));
  // Postings list the phrases in order, and a phrase holds a term once: the places fill in that order.
  const filled = new Map<string, number>();
  for (const { phrase } of index.phrases) {
    phrase.terms.forEach((term, k) => {
      const at = filled.get(term) ?? 0;
      const list = places.get(term);
      if (list) list[at] = k;
      filled.set(term, at + 1);
    });
  }
  return places;
}

function whyText(reason: MatchReason): string {
  switch (reason.kind) {
    case 'code':
      return `matched error code ${reason.code}`;
    case 'message':
      return `matched the message '${reason.phrase}'`;
    case 'similar':
      return `similar to '${reason.phrase}'`;
  }
}

function round(score: number): number {
  return Math.round(Math.min(1, score) * 1000) / 1000;
}
