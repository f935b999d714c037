import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ArticleText, type CompileInput, compileKnowledgeBase } from '../core/knowledge/compile.ts';
import type { KnowledgeBase } from '../core/knowledge/entry.ts';

/** content/ of this checkout: the articles as published and the catalogue. */
export const defaultContentDir = fileURLToPath(new URL('../../content/', import.meta.url));

/** Reads the catalogue and every `articles/*.md` file: the compiler's whole input. */
export function readContent(dir: string = defaultContentDir): Omit<CompileInput, 'onWarning'> {
  const articlesDir = join(dir, 'articles');
  const articles: ArticleText[] = readdirSync(articlesDir)
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .sort()
    .map((file) => ({ file, text: readFileSync(join(articlesDir, file), 'utf8') }));
  return { catalogue: readFileSync(join(dir, 'kb-catalogue.tsv'), 'utf8'), articles };
}

/**
 * Compiles the knowledge base from `content/` (synchronously: it runs once at start-up).
 * Throws a `KnowledgeBaseError` naming the id or file when the content cannot be compiled.
 */
export function loadKnowledgeBase(
  dir: string = defaultContentDir,
  onWarning?: (message: string) => void,
): KnowledgeBase {
  return compileKnowledgeBase(onWarning ? { ...readContent(dir), onWarning } : readContent(dir));
}
