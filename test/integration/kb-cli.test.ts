import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { defaultContentDir } from '../../src/content/load-knowledge.ts';
import { parseCatalogue } from '../../src/core/knowledge/catalogue.ts';

const root = resolve(defaultContentDir, '..');
const node = join(root, 'node_modules', '.bin', 'node');
const run = promisify(execFile);

async function kb(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(node, ['scripts/kb.ts', ...args], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

type Summary = {
  entries: {
    id: string;
    platform: string;
    codes: string[];
    locales: Record<
      string,
      { title: string; url: string; fallback: boolean; causes: { cause: string; steps: string[] }[] }
    >;
  }[];
};

describe('npm run kb (scripts/kb.ts in a child process)', () => {
  let out: { stdout: string; stderr: string; code: number };
  beforeAll(async () => {
    out = await kb('--json');
  });

  it('without --json, gives a person an overview: counts, then each entry with its title and link', async () => {
    const human = await kb();
    expect(human.code).toBe(0);
    expect(() => JSON.parse(human.stdout)).toThrow();
    const catalogue = parseCatalogue(readFileSync(join(root, 'content', 'kb-catalogue.tsv'), 'utf8'));
    expect(human.stdout).toMatch(new RegExp(`^Knowledge base: ${catalogue.length} entries`));
    expect(human.stdout).toContain(
      'ios/ade-enrollment-stuck-at-user-login  [ios]\n  ADE enrollment stuck at user login\n',
    );
    expect(human.stdout).toContain('--json');
  });

  it('prints one JSON document and nothing else, and exits 0', () => {
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.endsWith('}\n')).toBe(true);
    expect(() => JSON.parse(out.stdout)).not.toThrow();
  });

  it('lists every catalogue id with exactly the documented keys', () => {
    const summary = JSON.parse(out.stdout) as Summary;
    const catalogue = parseCatalogue(readFileSync(join(root, 'content', 'kb-catalogue.tsv'), 'utf8'));
    expect(Object.keys(summary)).toEqual(['entries']);
    expect(summary.entries.map((e) => e.id)).toEqual(catalogue.map((r) => r.id));
    for (const entry of summary.entries) {
      expect(Object.keys(entry)).toEqual(['id', 'platform', 'codes', 'locales']);
      expect(Object.keys(entry.locales)).toEqual(['en', 'sv', 'zh-CN', 'fr']);
      for (const l of Object.values(entry.locales)) {
        expect(Object.keys(l)).toEqual(['title', 'url', 'fallback', 'causes']);
        for (const c of l.causes) expect(Object.keys(c)).toEqual(['cause', 'steps']);
      }
    }
  });

  it('shows the plain text of causes and steps, alternatives appended', () => {
    const summary = JSON.parse(out.stdout) as Summary;
    const byId = (id: string) => summary.entries.find((e) => e.id === id);
    expect(byId('ios/ade-enrollment-stuck-at-user-login')?.locales.en).toEqual({
      title: 'ADE enrollment stuck at user login',
      url: 'https://learn.microsoft.com/en-us/troubleshoot/mem/intune/device-enrollment/troubleshoot-ios-enrollment-errors#ade-enrollment-stuck-at-user-login',
      fallback: false,
      causes: [
        {
          cause:
            "Multi-Factor authentication (MFA) is enabled. Currently MFA doesn't work during enrollment on ADE devices.",
          steps: ['Disable MFA, and then re-enroll the device.'],
        },
      ],
    });
    const android = byId('general/android-certificate-issues')?.locales.sv;
    expect(android?.fallback).toBe(true);
    expect(android?.causes[0]?.steps[0]).toMatch(/^Ask your users to follow the instructions/);
    expect(android?.causes[0]?.steps).toHaveLength(13);
  });

  it('fails with a message naming the id and the file, and prints nothing, when an id has no section', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-cli-'));
    try {
      cpSync(join(root, 'content', 'articles'), join(dir, 'articles'), { recursive: true });
      writeFileSync(
        join(dir, 'kb-catalogue.tsv'),
        'id\tplatform\tenglish_title\nios/vpp-token-expired\tios\tVPP\n',
      );
      const failed = await kb('--json', '--content', dir);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toBe('');
      expect(failed.stderr).toMatch(/ios\/vpp-token-expired.*ios-enrollment-errors\.en\.md/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
