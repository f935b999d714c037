// `npm run --silent kb`: the compiled knowledge base as plain-text JSON (titles, links, causes, steps).
// `npm run --silent kb -- --write`: compiles the articles into content/compiled/knowledge-base.json.
// `--content DIR` reads another content directory (articles/ and kb-catalogue.tsv).
import { compileContent, writeCompiledKnowledgeBase } from '../src/content/compile-content.ts';
import { summarizeKnowledgeBase } from '../src/core/knowledge/summary.ts';

const warn = (message: string) => process.stderr.write(`warning: ${message}\n`);
// `npm run kb | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

const args = process.argv.slice(2);
const at = args.indexOf('--content');
const dir = at >= 0 ? args[at + 1] : undefined;

try {
  if (at >= 0 && !dir) throw new Error('--content needs a directory');
  if (args.includes('--write')) {
    process.stderr.write(`wrote ${writeCompiledKnowledgeBase(dir, warn)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(summarizeKnowledgeBase(compileContent(dir, warn)))}\n`);
  }
} catch (err) {
  process.stderr.write(`kb: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
