import { type EntryPlatform, entryPlatformSchema } from './entry.ts';
import { KnowledgeBaseError } from './errors.ts';

/** One line of kb-catalogue.tsv: the ids the knowledge base must hold, fixed by contract. */
export type CatalogueRow = { id: string; platform: EntryPlatform; englishTitle: string };

const idRe = /^(ios|general)\/[a-z0-9_-]+$/;

/** Parses the catalogue (`id<TAB>platform<TAB>english_title` with a header line); names any bad line. */
export function parseCatalogue(text: string): CatalogueRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split('\t');
  if (header?.[0] !== 'id' || header[1] !== 'platform') {
    throw new KnowledgeBaseError('catalogue-invalid', 'kb-catalogue.tsv: the first line must be the header');
  }
  const rows: CatalogueRow[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    if (!line.trim()) return;
    const [id = '', platform = '', englishTitle = ''] = line.split('\t');
    const where = `kb-catalogue.tsv line ${i + 2}`;
    if (!idRe.test(id)) throw new KnowledgeBaseError('catalogue-invalid', `${where}: bad id "${id}"`);
    if (seen.has(id)) throw new KnowledgeBaseError('catalogue-invalid', `${where}: duplicate id "${id}"`);
    const parsed = entryPlatformSchema.safeParse(platform);
    if (!parsed.success)
      throw new KnowledgeBaseError('catalogue-invalid', `${where}: bad platform "${platform}"`);
    seen.add(id);
    rows.push({ id, platform: parsed.data, englishTitle });
  });
  if (rows.length === 0)
    throw new KnowledgeBaseError('catalogue-invalid', 'kb-catalogue.tsv lists no entries');
  return rows;
}
