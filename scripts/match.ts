// `npm run --silent match -- "text" [--locale fr] [--platform ios]`: the matcher's answer for a person:
// top hits with titles in the locale, the decision and the reasons.
// `npm run --silent match -- --batch`: JSON Lines {"text","locale","platform"} on stdin, one line out per
// line in, in order: {"hits":[{"id","score"}],"confident":…} or {"error":"…"}; nothing else on stdout.
import { createInterface } from 'node:readline';
import { loadKnowledgeBase } from '../src/content/load-knowledge.ts';
import { type KnowledgeBase, type Locale, platformSchema } from '../src/core/knowledge/entry.ts';
import { resolveLocale } from '../src/core/locale.ts';
import { createMatcher } from '../src/core/matcher/create-matcher.ts';
import type { Matcher, MatchOptions } from '../src/core/matcher/match-result.ts';

const usage = `usage: match "text" [--locale en|sv|zh-CN|fr] [--platform ios|android|windows]
       match --batch   < queries.jsonl   (one {"text","locale","platform"} per line)`;

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

/** One batch line → one output line; bad input is answered, never thrown. */
export function answerLine(matcher: Matcher, line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'invalid JSON' });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ error: 'expected an object {"text","locale","platform"}' });
  }
  const { text, locale, platform } = input as Record<string, unknown>;
  if (typeof text !== 'string') return JSON.stringify({ error: '"text" must be a string' });
  if (locale != null && typeof locale !== 'string')
    return JSON.stringify({ error: '"locale" must be a string or null' });
  const parsedPlatform = platform == null ? undefined : platformSchema.safeParse(platform);
  if (parsedPlatform && !parsedPlatform.success) {
    return JSON.stringify({ error: '"platform" must be ios, android, windows or null' });
  }
  const options: MatchOptions = { locale: resolveLocale(locale), platform: parsedPlatform?.data };
  const result = matcher.match(text, options);
  return JSON.stringify({
    hits: result.hits.map(({ id, score }) => ({ id, score })),
    confident: result.confident,
  });
}

async function runBatch(matcher: Matcher): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    let out: string;
    try {
      out = answerLine(matcher, line);
    } catch (err) {
      process.stderr.write(`match: ${err instanceof Error ? err.message : String(err)}\n`);
      out = JSON.stringify({ error: 'internal error' });
    }
    if (!process.stdout.write(`${out}\n`))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

function describe(
  kb: KnowledgeBase,
  matcher: Matcher,
  text: string,
  locale: Locale,
  options: MatchOptions,
): string {
  const result = matcher.match(text, options);
  const titles = new Map(kb.entries.map((e) => [e.id, e.locales[locale].title]));
  const decision = result.confident
    ? 'confident: the first hit is the answer'
    : result.hits.length > 1 && result.hits[1].score >= result.hits[0].score * 0.7
      ? 'not confident: ask which of these'
      : 'not confident: the articles do not cover this, offer a person';
  const lines = [`decision: ${decision}`];
  result.hits.forEach((hit, i) => {
    lines.push(`${i + 1}. ${hit.score.toFixed(3)}  ${titles.get(hit.id) ?? hit.id}`);
    lines.push(`   ${hit.id}`);
    lines.push(`   ${hit.why}`);
  });
  if (result.hits.length === 0) lines.push('(no hits)');
  return `${lines.join('\n')}\n`;
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value\n${usage}`);
  args.splice(at, 2);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const warn = (message: string) => process.stderr.write(`warning: ${message}\n`);
  if (args.includes('--batch')) {
    await runBatch(createMatcher(loadKnowledgeBase(undefined, warn)));
    return;
  }
  const localeArg = option(args, '--locale');
  const platformArg = option(args, '--platform');
  const locale = localeArg === undefined ? 'en' : resolveLocale(localeArg);
  if (!locale) throw new Error(`unknown locale "${localeArg}"\n${usage}`);
  const platform = platformArg === undefined ? undefined : platformSchema.safeParse(platformArg);
  if (platform && !platform.success) throw new Error(`unknown platform "${platformArg}"\n${usage}`);
  const text = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!text.trim()) throw new Error(usage);
  const kb = loadKnowledgeBase(undefined, warn);
  const matcher = createMatcher(kb);
  process.stdout.write(describe(kb, matcher, text, locale, { locale, platform: platform?.data }));
}

if (import.meta.main) {
  main().catch((err: unknown) => {
    process.stderr.write(`match: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
