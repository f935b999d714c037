import { z } from 'zod';

/** Languages the bot speaks and the articles may exist in. `en` is the fallback for content and UI. */
export const supportedLocales = ['en', 'sv', 'zh-CN', 'fr'] as const;
export const localeSchema = z.enum(supportedLocales);
export type Locale = z.infer<typeof localeSchema>;

/** A platform a user can name. */
export const platformSchema = z.enum(['ios', 'android', 'windows']);
export type Platform = z.infer<typeof platformSchema>;

/** The platform an entry applies to, as the catalogue states it (`all` = any platform). */
export const entryPlatformSchema = z.enum(['ios', 'android', 'windows', 'all']);
export type EntryPlatform = z.infer<typeof entryPlatformSchema>;

/**
 * A run of inline text. Kept neutral (not markdown) so Adaptive Cards and Slack mrkdwn
 * can each render emphasis, code and links in their own syntax and escape the rest.
 */
export const inlineSchema = z.object({
  text: z.string(),
  style: z.enum(['bold', 'italic', 'code']).optional(),
  /** Absolute URL: relative doc links are resolved at compile time against learn.microsoft.com in the locale. */
  href: z.url().optional(),
});
export type Inline = z.infer<typeof inlineSchema>;
export type RichText = Inline[];
export const richTextSchema = z.array(inlineSchema);

export const noteLevelSchema = z.enum(['note', 'important', 'warning', 'tip', 'caution']);
export type NoteLevel = z.infer<typeof noteLevelSchema>;

/** Content that is not a step: paragraphs, callouts, tables, code (logs), images. */
export type Block =
  | { kind: 'paragraph'; text: RichText }
  | { kind: 'note'; level: NoteLevel; paragraphs: RichText[] }
  | { kind: 'table'; header: RichText[]; rows: RichText[][] }
  | { kind: 'code'; language?: string | undefined; code: string }
  | { kind: 'image'; alt: string; src: string }
  | { kind: 'list'; ordered: boolean; items: Step[] };

/** One numbered step; sub-steps and blocks inside the list item (notes, images, code) are kept. */
export type Step = { text: RichText; substeps: Step[]; blocks: Block[] };

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('paragraph'), text: richTextSchema }),
    z.object({ kind: z.literal('note'), level: noteLevelSchema, paragraphs: z.array(richTextSchema) }),
    z.object({
      kind: z.literal('table'),
      header: z.array(richTextSchema),
      rows: z.array(z.array(richTextSchema)),
    }),
    z.object({ kind: z.literal('code'), language: z.string().optional(), code: z.string() }),
    z.object({ kind: z.literal('image'), alt: z.string(), src: z.string() }),
    z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(stepSchema) }),
  ]),
);

export const stepSchema: z.ZodType<Step> = z.lazy(() =>
  z.object({ text: richTextSchema, substeps: z.array(stepSchema), blocks: z.array(blockSchema) }),
);

/**
 * One documented cause with its resolution. Entries with "Resolution #1/#2/#3" have one cause
 * with several alternatives; entries with several "Cause:" paragraphs have several causes.
 */
export const causeSchema = z.object({
  /** Stable within the entry across locales (`c1`, `c2`, …) so triage rules can name it. */
  id: z.string(),
  /** The article's "Cause:" text; empty when the article states none. */
  summary: richTextSchema,
  /** Blocks that come before the steps (explanations, notes). */
  intro: z.array(blockSchema),
  steps: z.array(stepSchema),
  /** The article's own sub-heading over the steps ("Check how device was removed"), where it has one. */
  stepsTitle: z.string().optional(),
  /** Alternatives ("Resolution #1", "#2"…), each with its own heading and steps. */
  alternatives: z.array(
    z.object({ title: z.string(), intro: z.array(blockSchema), steps: z.array(stepSchema) }),
  ),
  /** Blocks after the steps (notes, tables, code). */
  outro: z.array(blockSchema),
});
export type Cause = z.infer<typeof causeSchema>;

export const localizedEntrySchema = z.object({
  title: z.string().min(1),
  /** Deep link to the section on learn.microsoft.com in this locale. */
  url: z.url(),
  /** True when this locale has no article and the English text stands in. */
  fallback: z.boolean(),
  /** Text before the first cause (symptom description). */
  intro: z.array(blockSchema),
  causes: z.array(causeSchema).min(1),
  /** The article's revision this text comes from (`ms.date` of the front matter). */
  articleDate: z.string(),
});
export type LocalizedEntry = z.infer<typeof localizedEntrySchema>;

export const entrySchema = z.object({
  /** Id from shared/kb-catalogue.tsv: `<article>/<anchor>`. */
  id: z.string().regex(/^(ios|general)\/[a-z0-9_-]+$/),
  platform: entryPlatformSchema,
  /** Error codes the entry documents, upper-case hex with `0x` (`0x80CF0437`) or tokens (`NoEnrollmentPolicy`). */
  codes: z.array(z.string()),
  locales: z.object({
    en: localizedEntrySchema,
    sv: localizedEntrySchema,
    'zh-CN': localizedEntrySchema,
    fr: localizedEntrySchema,
  }),
});
export type Entry = z.infer<typeof entrySchema>;

export const knowledgeBaseSchema = z.object({ entries: z.array(entrySchema).min(1) });
export type KnowledgeBase = z.infer<typeof knowledgeBaseSchema>;
