import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { compileContent, writeCompiledKnowledgeBase } from '../../../src/content/compile-content.ts';
import { compiledPath, defaultContentDir, loadKnowledgeBase } from '../../../src/content/load-knowledge.ts';
import { KnowledgeBaseError } from '../../../src/core/knowledge/errors.ts';

const dirs: string[] = [];
/** A copy of the shipped articles and catalogue, without the compiled file. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
  dirs.push(dir);
  cpSync(join(defaultContentDir, 'articles'), join(dir, 'articles'), { recursive: true });
  cpSync(join(defaultContentDir, 'kb-catalogue.tsv'), join(dir, 'kb-catalogue.tsv'));
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('loadKnowledgeBase', () => {
  it('starts from the shipped compiled file, which matches what the articles compile to now', () => {
    const warnings: string[] = [];
    const loaded = loadKnowledgeBase(undefined, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    const current = isDeepStrictEqual(loaded, compileContent());
    expect(current ? 'current' : `${compiledPath} is stale: run npm run --silent kb -- --write`).toBe(
      'current',
    );
  });

  it('compiles the articles, and says so, when the compiled file is missing', () => {
    const dir = contentCopy();
    const warnings: string[] = [];
    const kb = loadKnowledgeBase(dir, (m) => warnings.push(m));
    expect(kb.entries.length).toBeGreaterThan(40);
    expect(warnings).toEqual([expect.stringContaining('missing')]);
  });

  it('compiles the edited article rather than serving an out-of-date compiled file', () => {
    const dir = contentCopy();
    writeCompiledKnowledgeBase(dir);
    const file = join(dir, 'articles', 'ios-enrollment-errors.en.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('### Device Cap Reached', '### Device Cap Reached!'),
    );
    const warnings: string[] = [];
    const kb = loadKnowledgeBase(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([expect.stringContaining('out of date')]);
    expect(kb.entries.find((e) => e.id === 'ios/device-cap-reached')?.locales.en.title).toBe(
      'Device Cap Reached!',
    );
  });

  it('uses a freshly written compiled file without compiling again', () => {
    const dir = contentCopy();
    writeCompiledKnowledgeBase(dir);
    const warnings: string[] = [];
    expect(loadKnowledgeBase(dir, (m) => warnings.push(m)).entries.length).toBeGreaterThan(40);
    expect(warnings).toEqual([]);
  });

  it('treats articles checked out with CRLF line ends as unchanged', () => {
    const dir = contentCopy();
    writeCompiledKnowledgeBase(dir);
    const file = join(dir, 'articles', 'device-enrollment.en.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    const warnings: string[] = [];
    loadKnowledgeBase(dir, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
  });

  it('ignores a compiled file that is not JSON', () => {
    const dir = contentCopy();
    writeCompiledKnowledgeBase(dir);
    writeFileSync(join(dir, compiledPath), '{"fingerprint": trunc');
    const warnings: string[] = [];
    expect(loadKnowledgeBase(dir, (m) => warnings.push(m)).entries.length).toBeGreaterThan(40);
    expect(warnings).toEqual([expect.stringContaining('missing')]);
  });

  it('fails loudly, naming the id and the file, when the catalogue lists an entry no article has', () => {
    const dir = contentCopy();
    const catalogue = join(dir, 'kb-catalogue.tsv');
    writeFileSync(
      catalogue,
      `${readFileSync(catalogue, 'utf8').trimEnd()}\nios/vpp-token-expired\tios\tVPP token expired\n`,
    );
    expect(() => loadKnowledgeBase(dir)).toThrow(KnowledgeBaseError);
    expect(() => loadKnowledgeBase(dir)).toThrow(/ios\/vpp-token-expired.*ios-enrollment-errors\.en\.md/);
  });

  it('names the path it cannot read rather than failing with a bare file-system error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-empty-'));
    dirs.push(dir);
    let caught: unknown;
    try {
      loadKnowledgeBase(dir);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(KnowledgeBaseError);
    expect(caught).toMatchObject({
      code: 'content-unreadable',
      message: expect.stringContaining('articles (ENOENT)'),
    });
  });
});
