import { boundedEditDistance } from './edit-distance.ts';
import type { MatcherData, ScopeSignalKind } from './matcher-data.ts';
import { foldCase, isHan, withoutHanTerms } from './normalize.ts';
import { isStopword } from './stem.ts';

/** Where a clause stands in its text: the start of a sentence, of a clause, a post's heading ("X: …"). */
export type Position = { sentenceStart: boolean; clauseStart: boolean; heading: boolean; question: boolean };

/**
 * What a clause's names say by where they stand. `systems`: names placed as the system that manages
 * the devices; `tools`: names placed as a tool in use; `kinds`: signals read from a word's shape (an
 * operating system, an app's code, a sign-in code, a question about setting up); `problem`: the clause
 * says something fails or asks for a fix.
 */
export type Placed = {
  systems: Set<string>;
  tools: Set<string>;
  kinds: Set<ScopeSignalKind>;
  /** The clause opens a question about setting something up (it counts where nothing fails). */
  asks: boolean;
  problem: boolean;
  /** Names no list, article or common word knows that no cue places: where the problem lives is open. */
  unplaced: Set<string>;
  /**
   * Those of them that do something to the devices or show the message ("Zentrovia keeps blocking …",
   * "our Calvex scanners show …"): a message quoted beside them is theirs, not Intune's.
   */
  acting: Set<string>;
  /**
   * The clause moves the devices from one other product on to another ("from Jamf to Kandji", "从 Jamf 换成
   * Kandji"), or off Intune ("transitioned off Intune", "från Intune till Kandji": `elsewhere`): no former
   * MDM, whatever word of the past or of a migration it holds.
   */
  onward: boolean;
};

/**
 * `joins`: the words that cut a clause in halves; `signInCode`: whether a text holds a sign-in failure's
 * decimal code after "Error" (read on the whole text: "Error code: 530003" spans a clause mark).
 */
export type PlacementReader = ((raw: string, where: Position) => Placed) & {
  joins: RegExp;
  signInCode: (text: string) => boolean;
};

/** `gap`: what stands between the word before and this one ("(" in "mdm (nanoflux)"). */
type Token = { orig: string; fold: string; han: boolean; gap: string };
type Cue = { run: string[] } | { han: string };

/** Words as written (case kept), Chinese runs whole. */
const tokenPattern = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;
/** The most stopwords ("the", "our") between a cue and its name: "managed by our old X". */
const maxGap = 2;
/** An operating system by its name's shape: HarmonyOS, watchOS, SteamOS (iOS and iPadOS are the articles'). */
const osName = /^(?:\p{Ll}+|\p{Lu}\p{Ll}+)OS$/u;
/** An identifier of an app's code: didFailToRegisterForRemoteNotificationsWithError, registerForPush. */
const codeIdentifier = /^\p{Ll}+(?:\p{Lu}[\p{Ll}\d]+){2,}$/u;
const identifierLength = 12;
/** A post's heading of more words is a sentence, not a name and a colon. */
/**
 * One plain word before a colon is as often a field label ("Details:", "Status:") as a product, and one
 * before "says" a person ("Maria says …"); one shaped like a name (NordVPN, ManageXR, Matrix42) is a product.
 */
const nameShaped = /\p{Ll}\p{Lu}|^\p{Lu}\p{Ll}+\d+$/u;
const headingLength = 6;
/** A name ends so when it is itself an MDM product: TinyMDM, SimpleMDM, NanoMDM. */
const mdmSuffix = /^[\p{L}\d]{2,}(?:mdm|uem|emm)$/u;

/**
 * Reads names that no list holds from where they stand. A name is a word written like one (capitalised,
 * CamelCase, letters with digits; not an acronym of five letters or fewer) that is none of the words
 * the matcher data knows (the articles' messages and aliases, the synonyms, the scope terms, the known
 * names of scope.json: Microsoft's, Apple's and Google's own names, device makers). It is the managing
 * system when a cue places it so: "managed by X", "enrolled in X", "X MDM", "X console", "X-managed",
 * a post headed "X: …" or starting "X says …"; it is a tool when "we use X".
 */
export function createPlacementReader(
  data: MatcherData,
  vocabulary: ReadonlySet<string> = new Set(),
): PlacementReader {
  const p = data.scope.placement;
  const terms = (lists: { terms: string[] }[]) => lists.flatMap((l) => l.terms);
  const known = new Set<string>();
  const learn = (text: string) => {
    for (const w of tokens(text)) known.add(w.fold);
  };
  for (const s of data.scope.signals) for (const t of s.terms) learn(t.replace(/\*$/, ''));
  for (const c of data.synonyms.concepts) for (const t of c.terms) learn(t);
  for (const e of data.phrases.entries) for (const ph of e.phrases) learn(ph.text);
  for (const t of terms([...p.known, ...p.plainWords, ...p.osReleases])) learn(t);
  const platformWords = new Set<string>();
  for (const t of [...data.synonyms.platforms.flatMap((x) => x.terms), ...data.synonyms.handheld.terms]) {
    learn(t);
    for (const w of tokens(t)) platformWords.add(w.fold);
  }
  // The articles' words, inflected ("iPhonen", "datorerna") or misspelt by one edit ("Compnay"), are no names.
  const byStart = new Map<string, string[]>();
  for (const w of vocabulary) {
    if (w.length < 5) continue;
    const list = byStart.get(w.slice(0, 2)) ?? [];
    list.push(w);
    byStart.set(w.slice(0, 2), list);
  }
  // The most common words of English, Swedish and French ("Details", "Update", "Monday") are no names.
  const everyday = new Set(Object.values(data.commonWords ?? {}).flat());
  const isCommon = (fold: string): boolean => {
    if (everyday.has(fold)) return true;
    for (let cut = 0; cut <= 4 && fold.length - cut >= 4; cut++)
      if (vocabulary.has(fold.slice(0, fold.length - cut))) return true;
    if (fold.length < 5) return false;
    return (byStart.get(fold.slice(0, 2)) ?? []).some((w) => boundedEditDistance(fold, w, 1) <= 1);
  };
  const hanWords = [...vocabulary, ...known].filter((w) => isHan(w)).join('|');
  const isKnown = (fold: string) =>
    known.has(fold) || (fold.endsWith('s') && known.has(fold.slice(0, -1))) || isStopword(fold);

  const cues = (lists: { terms: string[] }[]): Cue[] =>
    terms(lists).map((t) => (isHan(t) ? { han: t } : { run: tokens(t).map((w) => w.fold) }));
  const before = cues(p.systemBefore);
  const person = cues(p.personBefore);
  const place = cues(p.placeAfter);
  const knownNames = new Set(terms(p.known).flatMap((t) => tokens(t).map((w) => w.fold)));
  const tool = cues(p.toolBefore);
  const after = cues(p.systemAfter);
  const reports = cues(p.reports);
  const personWords = new Set(terms(p.personAfter).map(foldCase));
  const hanPersonWords = [...personWords].filter((w) => isHan(w));
  const acts = cues(p.acts);
  const releases = terms(p.osReleases).map((t) => tokens(t).map((w) => w.fold));
  const releaseBefore = cues(p.osBefore);
  const releaseAfter = cues(p.osAfter);
  const naming = cues(p.mdmNamed);
  const asks = cues(p.asks);
  const codeWords = terms(p.codeWords).map(foldCase);
  const signInCode = new RegExp(
    `(?:${codeWords.map(escapeForPattern).join('|')})\\s*[:#]?\\s*(?:5\\d{4}|[5-9]\\d{5})(?!\\d)`,
    'u',
  );
  const problemPrefixes = terms(p.problem)
    .filter((t) => t.endsWith('*'))
    .map((t) => foldCase(t.slice(0, -1)));
  const problem = byFirstWord(
    cues(p.problem.map((l) => ({ terms: l.terms.filter((t) => !t.endsWith('*')) }))),
  );
  const problemHan = terms(p.problem).filter(isHan);
  const askRuns = byFirstWord(asks);
  const askHan = asks.flatMap((c) => ('han' in c ? [c.han.split('…')] : []));
  // "能不能" asks whether something can be done; the "不能" in it reports no failure.
  const askWords = askHan.filter((pieces) => pieces.length === 1).map(([w]) => w);
  const withoutAsking = (raw: string) => withoutHanTerms(raw, askWords);
  const joinTerms = terms(p.joins);
  const joins = new RegExp(
    [
      ...joinTerms.filter((t) => !isHan(t)).map((t) => `\\s${escapeForPattern(t)}\\s`),
      ...joinTerms.filter(isHan).map(escapeForPattern),
    ].join('|'),
    'iu',
  );

  const origins = cues([...p.movedFrom, ...p.movedOff]);
  const leaving = cues(p.movedOff);
  const destinations = cues(p.movedTo);
  // "上个月从": a Chinese word of origin closes the run of characters before the name.
  const originHan = terms([...p.movedFrom, ...p.movedOff]).filter(isHan);
  const leavingHan = terms(p.movedOff).filter(isHan);
  const originFirst = new Set(origins.flatMap((c) => ('run' in c ? [c.run[0]] : [])));
  const moveWords = terms(p.moves).map((t) => foldCase(t));
  const movePrefixes = moveWords.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1));
  const moveExact = new Set(moveWords.filter((t) => !t.endsWith('*') && !isHan(t)));
  const moveHan = moveWords.filter(isHan);
  const intuneWords = new Set(
    data.scope.signals.filter((s) => s.kind === 'intune').flatMap((s) => s.terms.map(foldCase)),
  );
  const productWords = new Set(
    data.scope.signals
      .filter((s) => s.kind === 'product')
      .flatMap((s) => s.terms.map((t) => tokens(t)[0]?.fold)),
  );
  /** Another system's name: written like one or listed, and no Microsoft, Apple or device maker's name. */
  const otherSystem = (t: Token | undefined) =>
    t !== undefined &&
    !t.han &&
    (isName(t) || productWords.has(t.fold)) &&
    !intuneWords.has(t.fold) &&
    !knownNames.has(t.fold) &&
    !platformWords.has(t.fold);
  /** The first word after `at` that is no stopword (at most `maxGap` skipped). */
  const nextWord = (toks: Token[], folded: string[], at: number) => {
    let k = at;
    while (k < toks.length && k - at < maxGap && !toks[k].han && isStopword(folded[k])) k++;
    return toks[k];
  };
  const moving = (toks: Token[], folded: string[]) =>
    folded.some((w, k) =>
      toks[k].han
        ? moveHan.some((h) => w.includes(h))
        : moveExact.has(w) || movePrefixes.some((pre) => w.startsWith(pre)),
    );
  /**
   * "Came over from Meraki SM in the spring", "flytten från MaaS360", "从 Kandji 迁过来": the clause speaks
   * of the devices' former MDM; not when it sends them on to another product ("from Jamf to Kandji").
   */
  const movedFromOther = (toks: Token[], folded: string[]): 'former' | 'onward' | 'away' | undefined => {
    let from = -1;
    let fromIntune = -1;
    for (let k = 0; k < toks.length && from < 0 && fromIntune < 0; k++) {
      const origin = toks[k].han
        ? originHan.some((h) => toks[k].orig.endsWith(h))
        : originFirst.has(folded[k]) && cueAfter(toks, folded, k, origins);
      if (!origin) continue;
      const next = nextWord(toks, folded, k + 1);
      if (otherSystem(next)) from = k;
      else if (next && !next.han && intuneWords.has(next.fold)) fromIntune = k;
    }
    if ((from < 0 && fromIntune < 0) || !moving(toks, folded)) return undefined;
    // "Transitioned off Intune", "离开 Intune": a word of leaving needs no destination.
    if (
      fromIntune >= 0 &&
      (toks[fromIntune].han
        ? leavingHan.some((h) => toks[fromIntune].orig.endsWith(h))
        : leaving.some((c) => 'run' in c && runAt(folded, fromIntune, c.run)))
    )
      return 'away';
    for (let k = Math.max(from, fromIntune) + 2; k < toks.length; k++) {
      const onward =
        (cueAfter(toks, folded, k, destinations) && otherSystem(nextWord(toks, folded, k + 1))) ||
        // In Chinese the destination follows the verb of moving: "从 Jamf 换成 Kandji".
        (toks[k].han && moveHan.some((h) => toks[k].orig.includes(h)) && otherSystem(toks[k + 1]));
      if (onward) return from >= 0 ? 'onward' : 'away';
    }
    return from >= 0 ? 'former' : undefined;
  };

  const read = (raw: string, where: Position): Placed => {
    const toks = tokens(raw);
    const systems = new Set<string>();
    const tools = new Set<string>();
    const kinds = new Set<ScopeSignalKind>();
    const unplaced = new Set<string>();
    const acting = new Set<string>();
    const folded = toks.map((t) => t.fold);
    // In a clause with Chinese in it a capitalised Latin word is a name, wherever it stands.
    const hanClause = toks.some((w) => w.han);
    let i = 0;
    while (i < toks.length) {
      const t = toks[i];
      if (isRelease(toks, folded, i)) kinds.add('area');
      const system = mdmName(toks, folded, i);
      if (system) systems.add(system);
      if (!t.han && mdmSuffix.test(t.fold) && !isKnown(t.fold)) systems.add(t.fold);
      if (!t.han && osName.test(t.orig) && !platformWords.has(t.fold)) kinds.add('area');
      if (t.orig === 'OS' && i > 0 && isName(toks[i - 1]) && !platformWords.has(toks[i - 1].fold))
        kinds.add('area');
      if (!t.han && t.orig.length >= identifierLength && codeIdentifier.test(t.orig))
        kinds.add('development');
      if (!isName(t)) {
        // People write product names in lower case too ("protonvpn says …"): a post opening with a word no
        // list, article or common word knows, before a verb of speech, is a product reporting as a name is.
        if (
          i === 0 &&
          where.sentenceStart &&
          !t.han &&
          /^\p{Ll}{3,}$/u.test(t.orig) &&
          !isKnown(t.fold) &&
          !isCommon(t.fold) &&
          cueAfter(toks, folded, 1, reports) &&
          !speaksOfSomeone(toks, folded, afterCue(folded, 1, reports))
        ) {
          kinds.add('named');
          kinds.add('speaker');
        }
        i++;
        continue;
      }
      // A run of words written like names ("Apple Music", "Matrix42 Silverback"): another system when
      // one of them is no name the data knows.
      let end = i;
      while (end + 1 < toks.length && isName(toks[end + 1])) end++;
      const run = toks.slice(i, end + 1);
      const unknown = run.filter((w) => !isKnown(w.fold));
      if (unknown.length > 0) {
        const name = run.map((w) => w.fold).join(' ');
        const leading = i === 0 && where.sentenceStart;
        // "Brivantis's console": the cue after a possessive.
        const next =
          end + 1 < toks.length && folded[end + 1] === 's' && /['’]s\b/u.test(raw) ? end + 2 : end + 1;
        const possessive = next > end + 1;
        const doing = !possessive && actsAfter(toks, folded, next, acts);
        // The cue may be written like a name too and sit inside the run ("Agent Action1", "Esper Console").
        const cued =
          cueBefore(toks, folded, i, before) ||
          cueAfter(toks, folded, next, after) ||
          (end > i && (cueBefore(toks, folded, i + 1, before) || cueAfter(toks, folded, end, after)));
        const speaking =
          leading &&
          cueAfter(toks, folded, end + 1, reports) &&
          (unknown.some((w) => nameShaped.test(w.orig)) ||
            (!unknown.some((w) => isCommon(w.fold)) &&
              !speaksOfSomeone(toks, folded, afterCue(folded, end + 1, reports))));
        if (cued) systems.add(name);
        else if (
          speaking ||
          (where.heading &&
            toks.length <= headingLength &&
            (toks.length > 1 || nameShaped.test(t.orig) || !isCommon(t.fold)))
        ) {
          // A post headed by a name, or starting "X says": X shows the message, unless the text holds an
          // unmistakable error (a log line's component: "DeviceEnroller: … 0x80CF0437"; a team: "Sales
          // Team iPhones: Device Cap Reached").
          kinds.add('named');
          // "X says Device Cap Reached": X reports even a documented message as its own.
          if (speaking) kinds.add('speaker');
        } else if (cueBefore(toks, folded, i, tool)) tools.add(name);
        else if (
          !personOrPlace(toks, folded, raw, run, i, end) &&
          // A capitalised plain word opening a clause is as often an ordinary word ("Prepare", "Seems"):
          // a name there when it does something to the devices ("Zentrovia keeps blocking …") or the
          // clause is Chinese.
          unknown.some(
            (w) =>
              !isCommon(w.fold) &&
              !(w === t && i === 0 && where.clauseStart && !nameShaped.test(t.orig) && !hanClause && !doing),
          )
        )
          unplaced.add(name);
        // A name that does something to the devices or shows the message is a product wherever it stands
        // ("Velmora bloque les iPhone : …"), unless a cue placed it or it is a person or a place.
        if (
          doing &&
          !cued &&
          !personOrPlace(toks, folded, raw, run, i, end) &&
          unknown.some((w) => !isCommon(w.fold))
        ) {
          unplaced.add(name);
          acting.add(name);
        }
      }
      i = end + 1;
    }
    const asking =
      (where.clauseStart &&
        folded.length > 0 &&
        (askRuns.get(folded[0]) ?? []).some((r) => runAt(folded, 0, r))) ||
      (where.question && askHan.some((pieces) => inOrder(raw, pieces)));
    const failing =
      folded.some(
        (w, k) =>
          problemPrefixes.some((pre) => w.startsWith(pre)) ||
          (problem.get(w) ?? []).some((r) => runAt(folded, k, r)),
      ) ||
      (toks.some((t) => t.han) && problemHan.some((h) => withoutAsking(raw).includes(h)));
    const moved = movedFromOther(toks, folded);
    if (moved === 'former') kinds.add('past');
    if (moved === 'away') kinds.add('elsewhere');
    return {
      systems,
      tools,
      kinds,
      asks: asking,
      problem: failing,
      unplaced,
      acting,
      onward: moved === 'onward' || moved === 'away',
    };
  };
  return Object.assign(read, { joins, signInCode: (text: string) => signInCode.test(foldCase(text)) });

  /**
   * The name a text gives its MDM: "our mdm is zentrix", "a self-hosted mdm (nanoflux)", "MDM:n heter X"
   * (in any case: people write product names in lower case too), and a Chinese vendor's name written
   * before it ("联想MDM", "华三 MDM"). Intune and the words the data knows are no other system.
   */
  function mdmName(toks: Token[], folded: string[], at: number): string | undefined {
    if (!mdmSuffix.test(folded[at]) && !['mdm', 'uem', 'emm'].includes(folded[at])) return undefined;
    const before = toks[at - 1];
    // A vendor's Chinese name right before it, not a word ending in a particle ("我们的 MDM", "用 MDM").
    if (before?.han) {
      const name = before.orig.slice(-2);
      // …and not words of the articles or the data ("未定义 MDM 颁发机构", "苹果 MDM 推送证书").
      return /[的了是用个在和与及们这那此该其]$/u.test(name) || hanWords.includes(name)
        ? undefined
        : `${name} mdm`;
    }
    let k = at + 1;
    if (k < toks.length && cueAfter(toks, folded, k, naming)) k++;
    else if (!/[(（]/u.test(toks[k]?.gap ?? '')) return undefined;
    const name = toks[k];
    if (!name || name.han || isKnown(name.fold) || isCommon(name.fold) || name.fold.length < 3)
      return undefined;
    return name.fold;
  }

  /**
   * What follows "X says" speaks of a person ("her iPhone", "hans iPad", "son iPad", "他的") or of a device
   * showing the message ("…that the iPhone shows …"): X is a person relaying it, not a product reporting it.
   */
  function speaksOfSomeone(toks: Token[], folded: string[], from: number): boolean {
    for (let k = from; k < toks.length; k++) {
      if (personWords.has(toks[k].fold)) return true;
      if (toks[k].han && hanPersonWords.some((w) => toks[k].orig.includes(w))) return true;
      if (cueAfter(toks, folded, k, reports)) return true;
    }
    return false;
  }

  /** A greeting or a preposition before the name, a place after it, an "&" or a device maker in it. */
  function personOrPlace(toks: Token[], folded: string[], raw: string, run: Token[], i: number, end: number) {
    return (
      cueBefore(toks, folded, i, person) ||
      (end > i && cueBefore(toks, folded, i + 1, person)) ||
      cueAfter(toks, folded, end + 1, place) ||
      nextToAmpersand(raw, run) ||
      run.some((w) => knownNames.has(w.fold))
    );
  }

  /**
   * A macOS release name is the operating system where the words around it make it so ("on Sonoma",
   * "upgraded to Sequoia", "Sonoma 14.5", "Sonoma Macs"), and a place otherwise ("our office in Monterey").
   */
  function isRelease(toks: Token[], folded: string[], at: number): boolean {
    for (const run of releases) {
      if (!runAt(folded, at, run)) continue;
      const after = at + run.length;
      if (cueBefore(toks, folded, at, releaseBefore) || cueAfter(toks, folded, after, releaseAfter))
        return true;
      if (after < toks.length && /^\d+$/.test(toks[after].orig)) return true;
    }
    return false;
  }

  function isName(t: Token): boolean {
    if (t.han) return false;
    // Written like a name: most words of a text are not (lower case, no digit), and are told so first.
    const shaped =
      /^\p{Lu}/u.test(t.orig) ||
      /\p{Ll}\p{Lu}/u.test(t.orig) ||
      (/\d/.test(t.orig) && /^\p{L}/u.test(t.orig));
    if (!shaped || !threeLetters.test(t.orig) || /^0x[0-9a-f]+$/i.test(t.orig)) return false;
    // Acronyms (MFA, ADE, APNs) are the vocabulary of the field, not names of products.
    if (/^\p{Lu}+s?$/u.test(t.orig) && t.orig.length <= 6) return false;
    // Ticket, host and case numbers (INC0099812, PC0091) are ids, not names.
    return !/^\p{Lu}+\d+$/u.test(t.orig);
  }
}

function tokens(text: string): Token[] {
  let last = 0;
  return [...text.matchAll(tokenPattern)].map((m) => {
    const han = isHan(m[0]);
    // Plain ASCII needs no Unicode folding (most words of a paste).
    const fold = han ? m[0] : asciiWord.test(m[0]) ? m[0].toLowerCase() : foldWord(m[0]);
    const gap = text.slice(last, m.index);
    last = m.index + m[0].length;
    return { orig: m[0], fold, han, gap };
  });
}
const asciiWord = /^[A-Za-z0-9]*$/;
/**
 * Words with letters beyond ASCII ("företagsportalen", "réglée") folded before: the same words come back
 * query after query, and folding one runs three Unicode normalisations. Bounded: emptied when full, so
 * a flood of one-off words (a hostile paste) does not keep the everyday ones out for good.
 */
const foldedWords = new Map<string, string>();
function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldCase(word);
    if (foldedWords.size >= 20_000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}
/** At least three letters in a word (a name needs them), found without listing them. */
const threeLetters = /\p{L}\P{L}*\p{L}\P{L}*\p{L}/u;

/** Latin cues by their first word, so a word only tries the cues that can start at it. */
function byFirstWord(cues: Cue[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const c of cues) {
    if ('han' in c || c.run.length === 0) continue;
    const list = out.get(c.run[0]) ?? [];
    list.push(c.run);
    out.set(c.run[0], list);
  }
  return out;
}

/** A cue ends just before `at`, a few stopwords ("the", "our") between. */
function cueBefore(toks: Token[], folded: string[], at: number, cues: Cue[]): boolean {
  let j = at - 1;
  for (let gap = 0; gap <= maxGap && j >= 0; gap++, j--) {
    for (const c of cues) {
      if ('han' in c) {
        if (gap === 0 && toks[j].han && toks[j].orig.endsWith(c.han)) return true;
      } else if (runAt(folded, j - c.run.length + 1, c.run)) return true;
    }
    if (toks[j].han || !isStopword(folded[j])) return false;
  }
  return false;
}

/**
 * A verb of `cues` follows within two lowercase words ("keeps blocking", "scanners show"); in Chinese,
 * in the next run of characters ("扫描枪显示").
 */
function actsAfter(toks: Token[], folded: string[], at: number, cues: Cue[]): boolean {
  for (let k = at; k < Math.min(toks.length, at + 3); k++) {
    if (toks[k].han) return cues.some((c) => 'han' in c && toks[k].orig.includes(c.han));
    if (cueAfter(toks, folded, k, cues)) return true;
    if (/\p{Lu}/u.test(toks[k].orig)) return false;
  }
  return false;
}

/** A cue starts at `at`. */
function cueAfter(toks: Token[], folded: string[], at: number, cues: Cue[]): boolean {
  if (at >= toks.length) return false;
  return cues.some((c) =>
    'han' in c ? toks[at].han && toks[at].orig.startsWith(c.han) : runAt(folded, at, c.run),
  );
}

/** Where the longest cue at `at` ends ("Salto m'indique …": the pronoun is part of the verb of speech). */
function afterCue(folded: string[], at: number, cues: Cue[]): number {
  let end = at + 1;
  for (const c of cues) if ('run' in c && runAt(folded, at, c.run)) end = Math.max(end, at + c.run.length);
  return end;
}

function runAt(list: readonly string[], at: number, run: readonly string[]): boolean {
  if (run.length === 0 || at < 0 || at + run.length > list.length) return false;
  for (let k = 0; k < run.length; k++) if (list[at + k] !== run[k]) return false;
  return true;
}

/** The pieces occur in `text` one after the other ("需要…吗"). */
function inOrder(text: string, pieces: string[]): boolean {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

export function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every word (folded) of the given content's strings: the articles' vocabulary in all their languages. */
export function vocabularyOf(content: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const t of tokens(v)) out.add(t.fold);
    else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(content);
  return out;
}

/** A run of names written next to "&" is an organisation's name ("Smith & Sons", "R&D Partners"). */
function nextToAmpersand(raw: string, run: Token[]): boolean {
  const from = raw.indexOf(run[0].orig);
  const last = run[run.length - 1].orig;
  const to = raw.indexOf(last, from) + last.length;
  return from >= 0 && raw.slice(Math.max(0, from - 3), to + 3).includes('&');
}
