import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const abs = join(root, dir);
  return readdirSync(abs).flatMap((name) => {
    const path = join(abs, name);
    if (statSync(path).isDirectory()) return sourceFiles(relative(root, path));
    return name.endsWith('.ts') ? [relative(root, path)] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? '');
}

/** The dependency rule: the core knows no channel, the adapters know no each other. */
describe('architecture', () => {
  test('src/core imports neither botbuilder, Slack, restify, i18next, OpenTelemetry nor the environment', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('src/core')) {
      for (const spec of imports(file)) {
        if (/^(botbuilder|botframework|@slack\/|restify|i18next|@opentelemetry\/|@azure\/)/.test(spec))
          offenders.push(`${file} → ${spec}`);
        // Relative imports stay in the core; static data compiled in from content/ is allowed.
        const target = spec.startsWith('.') ? join(file, '..', spec) : '';
        if (target && !target.startsWith('src/core') && !/^content\/.*\.json$/.test(target)) {
          offenders.push(`${file} → ${spec}`);
        }
      }
      if (/process\.env/.test(readFileSync(join(root, file), 'utf8')))
        offenders.push(`${file} reads process.env`);
    }
    expect(offenders).toEqual([]);
  });

  test('the Teams and Slack adapters never import each other', () => {
    const offenders: string[] = [];
    for (const [from, forbidden] of [
      ['src/teams', 'src/slack'],
      ['src/slack', 'src/teams'],
    ] as const) {
      for (const file of sourceFiles(from)) {
        for (const spec of imports(file)) {
          if (spec.startsWith('.') && join(file, '..', spec).startsWith(forbidden))
            offenders.push(`${file} → ${spec}`);
          if (from === 'src/teams' && spec.startsWith('@slack/')) offenders.push(`${file} → ${spec}`);
          if (from === 'src/slack' && /^(botbuilder|botframework)/.test(spec))
            offenders.push(`${file} → ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('dialogs use the core and botbuilder only, never an adapter or the HTTP server', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles('dialogs')) {
      for (const spec of imports(file)) {
        if (/^(@slack\/|restify)/.test(spec)) offenders.push(`${file} → ${spec}`);
        if (spec.startsWith('.') && /^src\/(slack|server|index)/.test(join(file, '..', spec))) {
          offenders.push(`${file} → ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('every channel runs its turns through the one turn runner: no adapter calls the engine itself', () => {
    const callers = [...sourceFiles('src'), ...sourceFiles('dialogs'), ...sourceFiles('scripts')].filter(
      (f) => /\bengine\s*\.\s*handle\s*\(|\.handle\(\s*state\b/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(callers).toEqual(['src/core/conversation/turn-runner.ts']);
  });

  test('dialogs/ holds dialogs only: every file there defines a botbuilder Dialog', () => {
    const others = sourceFiles('dialogs').filter(
      (f) => !/class \w+ extends (?:Component)?Dialog\b/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(others).toEqual([]);
  });

  test('shared pieces are written once: one error base with its code, one codeOf, one keyed queue', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles('src'), ...sourceFiles('dialogs'), ...sourceFiles('scripts')]) {
      const text = readFileSync(join(root, file), 'utf8');
      if (file !== 'src/core/errors.ts') {
        if (/class \w+ extends Error\b/.test(text))
          offenders.push(`${file}: an error class not based on AppError`);
        if (/function codeOf\b/.test(text)) offenders.push(`${file}: its own codeOf`);
      }
      if (
        file !== 'src/core/async/keyed-queue.ts' &&
        /\.then\(\s*work\s*,\s*work\s*\)|previous\.then\(/.test(text)
      )
        offenders.push(`${file}: its own keyed queue`);
    }
    expect(offenders).toEqual([]);
  });

  test('only src/config.ts reads process.env in src/', () => {
    const readers = sourceFiles('src').filter((f) =>
      /process\.env/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(readers.filter((f) => !['src/config.ts', 'src/index.ts'].includes(f))).toEqual([]);
  });
});
