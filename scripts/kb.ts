// `npm run --silent kb`: the compiled knowledge base as plain-text JSON (titles, links, causes, steps).
// `npm run --silent kb -- --write`: compiles the articles into content/compiled/knowledge-base.json.
import { compileContent, writeCompiledKnowledgeBase } from '../src/content/compile-content.ts';
import { summarizeKnowledgeBase } from '../src/core/knowledge/summary.ts';

const warn = (message: string) => process.stderr.write(`warning: ${message}\n`);
// `npm run kb | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

try {
  if (process.argv.includes('--write')) {
    process.stderr.write(`wrote ${writeCompiledKnowledgeBase(undefined, warn)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(summarizeKnowledgeBase(compileContent(undefined, warn)))}\n`);
  }
} catch (err) {
  process.stderr.write(`kb: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
