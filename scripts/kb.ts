// `npm run --silent kb`: an overview of the knowledge base for a person (entries, titles, codes, languages).
// `npm run --silent kb -- --json`: the compiled knowledge base as plain-text JSON (titles, links, causes, steps).
// `npm run --silent kb -- --write`: compiles the articles into content/compiled/knowledge-base.json.
// `--content DIR` reads another content directory (articles/ and kb-catalogue.tsv).
// `--time compile|load`: milliseconds from nothing loaded to a knowledge base, compiling the articles
// or starting from the compiled file as the bot does (run each in a fresh process).

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
  const time = args.indexOf('--time');
  if (time >= 0) {
    const mode = args[time + 1];
    const started = performance.now();
    if (mode === 'compile') (await import('../src/content/compile-content.ts')).compileContent(dir, warn);
    else if (mode === 'load') (await import('../src/content/load-knowledge.ts')).loadKnowledgeBase(dir, warn);
    else throw new Error('--time needs "compile" or "load"');
    process.stdout.write(`${JSON.stringify({ [mode]: Math.round(performance.now() - started) })}\n`);
  } else if (args.includes('--write')) {
    const { writeCompiledKnowledgeBase } = await import('../src/content/compile-content.ts');
    process.stderr.write(`wrote ${writeCompiledKnowledgeBase(dir, warn)}\n`);
  } else {
    const { compileContent } = await import('../src/content/compile-content.ts');
    const { summarizeKnowledgeBase } = await import('../src/core/knowledge/summary.ts');
    const summary = summarizeKnowledgeBase(compileContent(dir, warn));
    if (args.includes('--json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else {
      const { formatKnowledgeOverview } = await import('../src/content/kb-overview.ts');
      process.stdout.write(formatKnowledgeOverview(summary));
    }
  }
} catch (err) {
  process.stderr.write(`kb: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
