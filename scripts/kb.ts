// Prints the compiled knowledge base as plain text JSON (titles, links, causes, steps) on stdout.
import { loadKnowledgeBase } from '../src/content/load-knowledge.ts';
import { summarizeKnowledgeBase } from '../src/core/knowledge/summary.ts';

try {
  const kb = loadKnowledgeBase(undefined, (message) => process.stderr.write(`warning: ${message}\n`));
  process.stdout.write(`${JSON.stringify(summarizeKnowledgeBase(kb))}\n`);
} catch (err) {
  process.stderr.write(`kb: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
