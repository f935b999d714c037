import { z } from 'zod';
import families from '../../../content/matcher/families.json' with { type: 'json' };
import phrases from '../../../content/matcher/phrases.json' with { type: 'json' };
import scope from '../../../content/matcher/scope.json' with { type: 'json' };
import synonyms from '../../../content/matcher/synonyms.json' with { type: 'json' };
import { localeSchema, platformSchema } from '../knowledge/entry.ts';
import { commonWords } from './common-words.ts';
import { confidenceModelSchema } from './confidence.ts';
import { learnedModelSchema } from './learned.ts';

/** Every line of domain knowledge quotes the article phrase (or states the article gap) it comes from. */
const source = z.string().min(3);

/**
 * Words that mean the same thing to the matcher, in any of the four languages ("DEP", "ABM",
 * "Apple Business Manager" → `ade`). `weight` scales how much the concept counts when it matches
 * (generic words such as "device" or "enroll" count less).
 */
export const conceptSchema = z.object({
  concept: z.string().regex(/^[a-z0-9-]+$/),
  terms: z.array(z.string().min(1)).min(1),
  weight: z.number().positive().max(2).optional(),
  /** Broader concepts this one also counts as ("management profile" is a profile too). */
  implies: z.array(z.string()).optional(),
  source,
});
export type Concept = z.infer<typeof conceptSchema>;

export const platformTermsSchema = z.object({ platform: platformSchema, terms: z.array(z.string()), source });

export const synonymsSchema = z.object({
  concepts: z.array(conceptSchema),
  /** Words that name a platform, used when the client did not say which one the user means. */
  platforms: z.array(platformTermsSchema),
  /** Words for a phone or a tablet of any platform: the Windows rows (the Intune PC client) do not fit them. */
  handheld: z.object({ terms: z.array(z.string().min(2)), source }),
});

/**
 * Extra ways an entry's error is written: `message` is text the device or console shows (translated or
 * exact), `alias` is how people describe the same problem (symptoms, causes, their own words).
 */
export const phraseSchema = z.object({
  text: z.string().min(1),
  lang: localeSchema,
  kind: z.enum(['message', 'alias']),
  source,
});

export const entryPhrasesSchema = z.object({
  id: z.string(),
  /** Tokens or codes the entry documents beyond what the compiled entry lists. */
  codes: z.array(z.object({ code: z.string().min(3), source })).default([]),
  phrases: z.array(phraseSchema),
});

export const phrasesSchema = z.object({ entries: z.array(entryPhrasesSchema) });

/**
 * Entries that document the same error (the iOS card and the general card of "Device cap reached", two
 * table rows listing one code), or the same documented cause and fix ("Company Portal Temporarily
 * Unavailable…" and "Workplace Join failed"): either one first is a right answer, so their closeness
 * is no doubt.
 */
export const familiesSchema = z.object({
  families: z.array(z.object({ ids: z.array(z.string()).min(2), source })),
});

/**
 * Signs of where a message belongs. Out of scope: `product`, another vendor's product with the same
 * error names, and `development`, an app's own code or certificates (both always out of scope);
 * `area`, another Intune area or another OS (gives way to a documented code); `howto`, a question
 * about configuring, not a failure, and `injection`, an attempt to steer the bot (both give way to an
 * unmistakable in-scope error). In scope: `anchor`, the names of what the articles are about
 * (Intune, the Company Portal, ADE…), which make a description in the user's words more credible, and
 * `migration`, a move from another MDM to Intune: there another vendor's name is the documented cause
 * ("The device is already enrolled with another MDM provider"), not another setting; `intune`, Intune
 * named itself (not Apple's programmes every MDM uses), which makes another vendor named beside it the
 * former or the other MDM, and `elsewhere`, a statement that the devices are not in Intune at all.
 * Clause context: `working` (something works: "Macs are fine"; undone by a `negation` in the clause) and
 * `past` (a former setup: "managed by MobileIron before") make the product and area names of their
 * clause background, not where the problem is. `generic`: words that only say what kind of thing a
 * name is ("app", "browser"): a name with one of them is still a bare name.
 * `named`: a name no list holds heading a post or saying something ("Kaspersky licence: …", "Tailscale
 * says …"), read by placement only: as often a team or a place ("Sales Team iPhones: …"), it gives way to an
 * unmistakable error; `speaker`, such a name before a verb of speech ("Zorvex says …"), which reports even
 * a documented message as its own.
 * A term ending in `*` matches any word starting so (`aadsts*`).
 */
export const scopeSignalKinds = [
  'product',
  'development',
  'area',
  'howto',
  'injection',
  'anchor',
  'migration',
  'intune',
  'elsewhere',
  'working',
  'past',
  'negation',
  'generic',
  'named',
  'speaker',
] as const;
export type ScopeSignalKind = (typeof scopeSignalKinds)[number];

const termList = z.array(z.object({ terms: z.array(z.string().min(1)).min(1), source }));

/**
 * Where a name stands, for the names no list holds (how they are read: scope-signals.ts). `known`: names
 * that are no other system (Microsoft's, Apple's and Google's names, device makers and series);
 * `plainWords`: words capitalised in a post that are no name at all (months, "Help:", "Setup Assistant"); `systemBefore` and `systemAfter`: words
 * that make the name next to them the system that manages the devices ("managed by X", "X MDM"), and
 * `reports` a verb after a post's leading name ("X says …"); `toolBefore`: "we use X", X a tool the
 * organisation uses, the managing system only when nothing of Intune is named; `personBefore` and
 * `placeAfter`: words that make a name no cue places a person, an organisation or a place ("Hi Maria",
 * "the Oslo office"), not a product; `asks`: openers of a
 * question about setting something up ("do we need", "any way to"), read at a sentence's start (in
 * Chinese, anywhere in a question); `problem`: words that report a failure or ask for a fix, which make
 * such a sentence a problem report again; `joins`: words joining two halves of one clause ("Jamf for the
 * Macs and Intune for the phones"); `acts`: verbs of what a product does to the devices or shows ("X keeps
 * blocking …", "X tablets show …"), which make a name opening a sentence a product and keep a quoted
 * message from answering for it; `osReleases`: macOS release names, which are also places, read as
 * macOS only with a word of `osBefore` before them or of `osAfter` (or a version number) after them.
 */
export const placementSchema = z.object({
  known: termList,
  plainWords: termList,
  systemBefore: termList,
  systemAfter: termList,
  reports: termList,
  toolBefore: termList,
  personBefore: termList,
  placeAfter: termList,
  asks: termList,
  problem: termList,
  joins: termList,
  acts: termList,
  osReleases: termList,
  osBefore: termList,
  osAfter: termList,
  /**
   * Words that say only that enrollment fails ("enrollment broken", "can't enroll", "注册不了"): a short
   * text made of them alone (and platform or Intune names) is no answer, whatever entry it resembles.
   */
  complaint: termList,
  /** Words of a short clause that only says all is well of the clause before it ("no issues there"). */
  allIsWell: termList,
  /** Words opening a product's former name in parentheses ("(formerly …)"): the same product, no former one. */
  renames: termList,
  /** Words that deny what follows them ("never retired", "没…停用"), and in Chinese the characters. */
  negators: termList,
  /** Words between "MDM" and its name ("our mdm is X", "MDM:n heter X"): X, in any case, is the system. */
  mdmNamed: termList,
  /** Words before a decimal failure code of five or six digits: a sign-in code, not one of the articles. */
  codeWords: termList,
  /** Words after "X says" that make X a person speaking of someone ("Anna says her iPhone …"). */
  personAfter: termList,
  /**
   * `counts` of `countedThings` beside one of `enrolledWords` ("15 devices enrolled", "beaucoup
   * d'appareils inscrits"): the device limit, not one machine that is already enrolled.
   */
  counts: termList,
  countedThings: termList,
  enrolledWords: termList,
  /**
   * A chat line about what was done (`doneBy`, then `doneSkip` words, then a past form: an ending of
   * `pastEndings` or one of `donePast`; in Chinese, 了 after `doneBy`) or that it works now (`nowWorks`), with none of `unresolved` nor any word of
   * failure, reports nothing to answer.
   */
  doneBy: termList,
  /** Regular past endings, one entry for each Latin-script entry of `doneBy`, in the same order. */
  pastEndings: termList,
  doneSkip: termList,
  donePast: termList,
  nowWorks: termList,
  /**
   * A state in order (`fineStates`: "compliant", "registrerade", "inscrits", "合规") beside a word of now or
   * of thanks (`fineCues`), in a chat line with no word of failure: all is well now, nothing to answer.
   */
  fineStates: termList,
  fineCues: termList,
  unresolved: termList,
  /**
   * Openers of a general question (and Chinese question words anywhere): where no word of the text
   * reports a failure and the question is not put to others (`askingOthers`), it asks how things are.
   */
  questions: termList,
  /** Openers of a how-to that need no question mark ("how do I …", "hur gör man …", "如何 …"). */
  howOpeners: termList,
  askingOthers: termList,
  /**
   * A name after a word of origin (`movedFrom`) in a clause with a word of moving (`moves`, `*` a prefix)
   * is the devices' former MDM ("came over from Meraki", "从 Kandji 迁过来"), unless a word of `movedTo`
   * sends them on to another product than Intune. A word of leaving (`movedOff`: "off", "away from") is
   * one of origin too; after Intune ("transitioned off Intune", "från Intune till Kandji" with its
   * destination) it says the devices left Intune for another system.
   */
  /**
   * A relative time or a duration: a `timeFrames` term with `…` where a count (`timeCounts` or digits) and a
   * unit (`timeUnits`) stand ("… ago", "il y a …", "…前"): it says when, not that a clock is wrong.
   */
  timeCounts: termList,
  timeUnits: termList,
  timeFrames: termList,
  /**
   * An app crashing or asking to sign in again (`appTrouble`, `*` a prefix) with no word of enrollment
   * (`enrolling`) and nothing of Intune named: another app's problem, not an enrollment card's.
   */
  appTrouble: termList,
  enrolling: termList,
  movedFrom: termList,
  movedOff: termList,
  moves: termList,
  movedTo: termList,
});

export const scopeSchema = z.object({
  signals: z.array(z.object({ kind: z.enum(scopeSignalKinds), terms: z.array(z.string().min(2)), source })),
  placement: placementSchema,
  /**
   * Families of failure codes the articles do not list but another Microsoft page does (Windows and
   * Autopilot enrollment): a refusal names that page instead of only saying "not covered".
   */
  uncoveredCodes: z
    .array(
      z.object({
        area: z.string().regex(/^[a-z-]+$/),
        /** Code keys (`0x8018`…) by their start, and whole codes. */
        prefixes: z.array(z.string().regex(/^0x[0-9A-F]+$/)),
        codes: z.array(z.string().regex(/^0x[0-9A-F]{8}$/)),
        reference: z.url(),
        source,
      }),
    )
    .default([]),
});

export const matcherDataSchema = z.object({
  synonyms: synonymsSchema,
  phrases: phrasesSchema,
  families: familiesSchema,
  scope: scopeSchema,
  /**
   * The most common words of each Latin-script language (`common-words.ts`): a real word of the text's
   * language is not corrected into another word. Without them every unknown word may be corrected.
   */
  commonWords: z.record(z.string(), z.array(z.string())).optional(),
  /** The fitted confidence model (content/matcher/confidence.json); without it the rules alone decide. */
  confidence: confidenceModelSchema.optional(),
  /**
   * The learned second opinion for descriptions (content/compiled/learned-model.json, see learned.ts);
   * without it the rules alone rank.
   */
  learned: learnedModelSchema.optional(),
});
export type MatcherData = z.infer<typeof matcherDataSchema>;

let cached: MatcherData | undefined;

/** The data files in content/matcher/, validated once. */
export function defaultMatcherData(): MatcherData {
  cached ??= {
    ...matcherDataSchema.parse({ synonyms, phrases, families, scope }),
    commonWords: commonWords(),
  };
  return cached;
}
