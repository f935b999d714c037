import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileKnowledgeBase } from '../core/knowledge/compile.ts';
import type { KnowledgeBase } from '../core/knowledge/entry.ts';
import { compiledPath, contentFingerprint, defaultContentDir, readContent } from './load-knowledge.ts';

type Warn = (message: string) => void;

/** Compiles the articles now, ignoring the compiled file (what `npm run kb` and the tests use). */
export function compileContent(dir: string = defaultContentDir, onWarning?: Warn): KnowledgeBase {
  return compileKnowledgeBase(onWarning ? { ...readContent(dir), onWarning } : readContent(dir));
}

/** Compiles the articles and writes `content/compiled/knowledge-base.json`; returns its path. */
export function writeCompiledKnowledgeBase(dir: string = defaultContentDir, onWarning?: Warn): string {
  const input = readContent(dir);
  const knowledgeBase = compileKnowledgeBase(onWarning ? { ...input, onWarning } : input);
  const file = join(dir, compiledPath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify({ fingerprint: contentFingerprint(input), knowledgeBase }, null, 1)}\n`,
  );
  return file;
}
