import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleText, CompileInput } from '../core/knowledge/compile.ts';
import { type KnowledgeBase, knowledgeBaseSchema } from '../core/knowledge/entry.ts';
import { KnowledgeBaseError } from '../core/knowledge/errors.ts';

/** content/ of this checkout: the articles as published, the catalogue and the compiled knowledge base. */
export const defaultContentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** The compiled knowledge base, relative to the content directory. */
export const compiledPath = join('compiled', 'knowledge-base.json');

type Warn = (message: string) => void;
export type ContentInput = Omit<CompileInput, 'onWarning' | 'sources'>;

/** Reads the catalogue and every `articles/*.md` file: the compiler's whole input. */
export function readContent(dir: string = defaultContentDir): ContentInput {
  const articlesDir = join(dir, 'articles');
  const articles: ArticleText[] = read(articlesDir, () => readdirSync(articlesDir))
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => {
      const path = join(articlesDir, file);
      // A checkout with CRLF line ends compiles (and fingerprints) the same as one with LF.
      return { file, text: read(path, () => readFileSync(path, 'utf8')).replace(/\r\n?/g, '\n') };
    });
  const catalogue = join(dir, 'kb-catalogue.tsv');
  return { catalogue: read(catalogue, () => readFileSync(catalogue, 'utf8')), articles };
}

/** File errors become a `KnowledgeBaseError` that names the path and the system code, not a stack. */
function read<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new KnowledgeBaseError('content-unreadable', `cannot read ${path} (${code})`, { cause: err });
  }
}

/** A digest of the compiler's input: the compiled file is used only while it matches. */
export function contentFingerprint(input: ContentInput): string {
  const hash = createHash('sha256').update(input.catalogue);
  for (const { file, text } of input.articles) hash.update(`\0${file}\0${text}`);
  return hash.digest('hex');
}

/**
 * The knowledge base for the bot, synchronously: it runs once at start-up. Loading the markdown
 * parser and parsing the articles costs a few hundred milliseconds, so `content/compiled/knowledge-base.json`
 * (written by `npm run --silent kb -- --write`) is used while it matches the articles and the catalogue;
 * otherwise the articles are compiled here and `onWarning` is told why.
 * Throws a `KnowledgeBaseError` naming the id or file when the content cannot be compiled.
 */
export function loadKnowledgeBase(dir: string = defaultContentDir, onWarning?: Warn): KnowledgeBase {
  const input = readContent(dir);
  const compiled = readCompiled(join(dir, compiledPath));
  if (compiled?.fingerprint === contentFingerprint(input)) {
    const checked = knowledgeBaseSchema.safeParse(compiled.knowledgeBase);
    if (checked.success) return checked.data;
    onWarning?.(`${compiledPath} does not match the schema: compiling the articles`);
  } else {
    onWarning?.(`${compiledPath} is ${compiled ? 'out of date' : 'missing'}: compiling the articles`);
  }
  // Loaded only when needed, so a start-up with a current compiled file never loads the markdown parser.
  const { compileContent } = createRequire(import.meta.url)('./compile-content.ts') as {
    compileContent: (dir: string, onWarning?: Warn) => KnowledgeBase;
  };
  return compileContent(dir, onWarning);
}

type CompiledFile = { fingerprint: string; knowledgeBase: unknown };

function readCompiled(file: string): CompiledFile | undefined {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof data === 'object' && data !== null && 'fingerprint' in data && 'knowledgeBase' in data) {
      return { fingerprint: String(data.fingerprint), knowledgeBase: data.knowledgeBase };
    }
  } catch {
    // Missing or unreadable: the articles are compiled instead.
  }
  return undefined;
}
