import type { Locale } from '../knowledge/entry.ts';
import { PhraseIndex, prepareText } from '../text/phrase-index.ts';
import { containsPhrase, foldText, removePhrase, wordCount } from '../text/phrases.ts';
import { languageMarks, markerWords } from '../text-language.ts';

const hanLetter = /\p{Script=Han}/u;
const hanLetters = /\p{Script=Han}/gu;
const anyLetters = /\p{L}/gu;
/**
 * What the guess reads of a long message: its first and last characters. People write their own words
 * before or after what they paste, and the middle of a long paste is a log (in English whatever the user
 * speaks). Reading a 2 MB paste letter by letter cost a turn over 100 ms.
 */
const edgeLength = 1000;

/** Code blocks and inline code: pasted, never the person's own words. */
const codeSpans = /```[\s\S]*?(?:```|$)|`[^`\n]+`/g;
/**
 * Quoted spans: what a device or a portal said, copied. A straight single quote counts only where it
 * cannot be an apostrophe ("l'inscription", "it's").
 */
const quotedSpans =
  /"[^"\n]{3,}"|“[^”\n]{3,}”|”[^”\n]{3,}”|«[^»\n]{3,}»|»[^«»\n]{3,}[«»]|„[^“”\n]{3,}[“”]|「[^」\n]+」|『[^』\n]+』|‘[^’\n]{3,}’|(?<![\p{L}\p{N}])'[^'\n]{3,}'(?![\p{L}\p{N}])/gu;
/** A log line: it starts with a date, a time, a level in brackets or a process tag ("svchost[412]:"). */
const logLine =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}|\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\[?\d{1,2}:\d{2}:\d{2}|\[(?:error|warn|warning|info|debug|trace|fatal|critical)\]|[\w.-]+\[\d+\]:)/iu;
/**
 * "The iPad says: …", "got this：…": what follows the colon of a framing clause of two or more words is
 * the device's text. One word before it ("Problem: …", "iPhone: …") frames nothing.
 */
const framedColon = /^(\s*\S+(?:\s+\S+)+?)\s*(?::\s|:$|：)/u;

/**
 * Words of a language beyond the markers the matcher uses: greetings and question words ("hur", "comment")
 * count toward a message plainly in Swedish or French; the English ones, the verbs that introduce a paste
 * ("got", "says", "shows"), only toward what a person's own words around a paste lean to.
 */
const leanWords: Partial<Record<Locale, Set<string>>> = {
  en: new Set(
    "i'm get gets got getting says say said shows showing showed see seeing below above here error user users phone help please what why any anyone hi hello hey thanks thank you your just keeps keep have has had".split(
      ' ',
    ),
  ),
  sv: new Set(
    'hej hejsan hallå tack hur vad varför vilken vilket funkar fungerar hjälpte fortfarande ingenting inget ska vill också bara imorgon prova testa försöka'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'bonjour salut merci comment pourquoi quel quelle quels quelles vais cela ça toujours marche fonctionne aidé rien quoi demain essayer essayé maintenant très'.split(
      ' ',
    ),
  ),
};

/**
 * English words a person's own line is made of ("it still doesn't work", "how do I fix this?"), beyond
 * the matcher's markers: pronouns, question words, auxiliaries and their negations, the verbs of a chat
 * about a fix. None is also a word of Swedish or French.
 */
const englishWords = new Set(
  "i you i'm i've i'd you're we're it's that's there's what's do does did don't doesn't didn't can't won't isn't aren't wasn't haven't hasn't shouldn't couldn't what why where which who whose still work works working worked help please now there here anything something nothing else should would could have has had get got many much just but about any an a at be been was were yes me your us them they he she fix fixed fixing try tried trying mean means meant understand know tell show shows said says see keep keeps again next why'd how's need needs want wants".split(
    ' ',
  ),
);
const englishMarkers = markerWords('en');
/** Fewer English words than this ("didn't help", "what now?", "on Android and iPhone") do not say a language. */
const minEnglishWords = 3;
/** Error codes, whatever the language around them ("0x80CF0437", "80180026", "hr 0x8018002b"). */
const codeTokens = /\b(?:0x)?[0-9a-f]*\d[0-9a-f]*\b/giu;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+(?:'\p{L}+)?/gu) ?? [];
}

/** How many of a language's words beyond the matcher's markers (`leanWords`) the words are. */
function extraWords(locale: Locale, tokens: readonly string[]): number {
  const extra = leanWords[locale];
  return extra ? tokens.filter((t) => extra.has(t)).length : 0;
}

/** The sentences of documented messages, folded, that are long enough to tell a quote from a phrase. */
export type KnownMessages = readonly string[];

const indexes = new WeakMap<KnownMessages, PhraseIndex>();

/** The documented messages indexed by their first word (see PhraseIndex), built once for each list. */
function indexOf(known: KnownMessages): PhraseIndex {
  let index = indexes.get(known);
  if (!index) {
    index = new PhraseIndex(known);
    indexes.set(known, index);
  }
  return index;
}

/**
 * Folded sentences of the documented messages (entry titles, every language) a person may paste without
 * quoting them: each sentence of three words or more (four Han characters).
 */
export function knownMessageSentences(titles: Iterable<string>): KnownMessages {
  const out = new Set<string>();
  for (const title of titles) {
    for (const sentence of title.split(/[.。!！?？]/u)) {
      const folded = foldText(sentence);
      const han = [...folded].filter((c) => hanLetter.test(c)).length;
      if (han >= 4 || (han === 0 && wordCount(folded) >= 3)) out.add(folded);
    }
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * The language a message is plainly written in, other than English, or undefined when it does not say.
 * Stricter than the matcher's guess: a French device error pasted by an English speaker ("Échec de
 * l’inscription") or a Swedish name ("Åsa's iPhone") must not switch the conversation, so a Latin-script
 * language needs at least two of its small words and more of them than English has. English is never
 * taken from the text: error messages and logs are pasted in English whatever the user speaks.
 *
 * What a person pasted (quoted text, code, log lines, what follows "says:", a documented message in any
 * language) does not decide: their own words around it do. When those only lean toward a language (a
 * greeting, one small word), the whole message must be plainly in it too.
 */
export function plainlyWrittenIn(message: string, known: KnownMessages = []): Locale | undefined {
  const text =
    message.length > 2 * edgeLength
      ? `${message.slice(0, edgeLength)}\n${message.slice(-edgeLength)}`
      : message;
  const own = ownWords(text, known);
  if (own === undefined) return plainly(text);
  const lean = leaning(own);
  if (lean === undefined || lean === 'en') return undefined;
  if (lean === 'zh-CN') return lean;
  return plainly(own) ?? (plainly(text) === lean ? lean : undefined);
}

/** Two Chinese characters or more, and at least a third of the letters. */
function mostlyChinese(text: string): boolean {
  // Counted by native regex passes: a test a character costs milliseconds on a long paste.
  const han = text.match(hanLetters)?.length ?? 0;
  if (han < 2) return false;
  return han * 3 >= (text.match(anyLetters)?.length ?? 0);
}

/** The thresholds on a text taken as a whole (see plainlyWrittenIn). */
function plainly(text: string): Locale | undefined {
  if (mostlyChinese(text)) return 'zh-CN';
  const tokens = wordsOf(text);
  const marks = languageMarks(text).map((m) =>
    m.locale === 'en' ? m : { ...m, words: m.words + extraWords(m.locale, tokens) },
  );
  const english = marks.find((m) => m.locale === 'en')?.words ?? 0;
  const best = marks
    .filter(
      (m) =>
        m.locale !== 'en' &&
        m.words >= 2 &&
        m.words > english &&
        (m.words >= 3 || m.words + 2 * m.letters >= 4),
    )
    .sort((a, b) => b.words + 2 * b.letters - (a.words + 2 * a.letters))[0];
  return best?.locale;
}

/**
 * The message without what was pasted into it, or undefined when nothing was: quoted spans, code, log
 * lines, what follows a framing colon (and the lines after a line ending in one, up to a blank line), and
 * documented messages.
 */
function ownWords(text: string, known: KnownMessages): string | undefined {
  let removed = false;
  const cut = (s: string, pattern: RegExp) =>
    s.replace(pattern, () => {
      removed = true;
      return ' ';
    });
  const kept: string[] = [];
  let afterColon = false;
  for (const raw of cut(cut(text, codeSpans), quotedSpans).split('\n')) {
    if (!raw.trim()) {
      afterColon = false;
      kept.push(raw);
      continue;
    }
    if (afterColon || logLine.test(raw)) {
      removed = true;
      continue;
    }
    let line = raw;
    const framed = framedColon.exec(line);
    if (framed) {
      afterColon = line.trimEnd().endsWith(':') || line.trimEnd().endsWith('：');
      if (framed[0].length < line.length || afterColon) removed = true;
      line = framed[1] ?? '';
    }
    kept.push(withoutKnown(line, known, () => (removed = true)));
  }
  return removed ? kept.join('\n') : undefined;
}

const shortest = new WeakMap<KnownMessages, number>();

/** The length of the shortest documented message, worked out once for each list. */
function shortestOf(known: KnownMessages): number {
  let length = shortest.get(known);
  if (length === undefined) {
    length = Math.min(...known.map((sentence) => sentence.length));
    shortest.set(known, length);
  }
  return length;
}

/** A line without the documented messages in it (then folded: only its words are read). */
function withoutKnown(line: string, known: KnownMessages, onRemoved: () => void): string {
  if (known.length === 0) return line;
  const folded = foldText(line);
  // Most lines of a long paste are shorter than any documented message: nothing to look for there.
  if (folded.length < shortestOf(known)) return line;
  let rest = folded;
  for (const sentence of indexOf(known).candidates(prepareText(folded)))
    if (containsPhrase(rest, sentence)) rest = removePhrase(rest, sentence);
  if (rest === folded) return line;
  onRemoved();
  return rest;
}

/**
 * The language a person's own words lean to, however few: Chinese characters, else the language with the
 * most of its small words and letters (English by its words alone); undefined when nothing marks them.
 */
function leaning(own: string): Locale | undefined {
  if (mostlyChinese(own)) return 'zh-CN';
  const tokens = wordsOf(own);
  let best: Locale | undefined;
  let bestScore = 0;
  for (const m of languageMarks(own)) {
    const score = m.words + extraWords(m.locale, tokens) + (m.locale === 'en' ? 0 : m.letters);
    // English wins a tie: an English speaker's "Åsa says" is not Swedish.
    if (score > bestScore || (score === bestScore && score > 0 && m.locale === 'en')) {
      best = m.locale;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A person's own words when they are plainly English, else undefined: at least three English function or
 * chat words, and a third of all its words ("how do I fix this?", "it still doesn't work"),
 * and not one word or letter of Swedish, French or Chinese. What was pasted (quotes, code, log lines,
 * documented messages) is left out first, and so are error codes: a French admin who pastes an English
 * device message is not writing English. The caller still checks that the words are not themselves an
 * English error message the articles document.
 */
export function plainlyEnglish(message: string, known: KnownMessages = []): string | undefined {
  if (message.length > 2 * edgeLength || hanLetter.test(message)) return undefined;
  const own = (ownWords(message, known) ?? message).replace(codeTokens, ' ');
  const tokens = wordsOf(own.replaceAll('’', "'"));
  if (tokens.length < minEnglishWords) return undefined;
  const english = tokens.filter((t) => englishMarkers.has(t) || englishWords.has(t)).length;
  if (english < minEnglishWords || english * 3 < tokens.length) return undefined;
  // A word of another language's markers that English does not share ("on" is both), or one of its letters.
  const others = languageMarks(
    tokens.filter((t) => !englishMarkers.has(t) && !englishWords.has(t)).join(' '),
  ).filter((m) => m.locale !== 'en');
  if (others.some((m) => m.words > 0 || m.letters > 0)) return undefined;
  if (extraWords('sv', tokens) + extraWords('fr', tokens) > 0) return undefined;
  return own.trim();
}

/** The language a person's own words lean to, however few (see leaning); undefined when nothing marks them. */
export function leansTo(message: string, known: KnownMessages = []): Locale | undefined {
  if (message.length > 2 * edgeLength) return undefined;
  return leaning(ownWords(message, known) ?? message);
}
