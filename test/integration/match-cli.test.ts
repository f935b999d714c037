import { type NodeRun, runNode } from '../fakes/run-node.ts';

/** Runs scripts/match.ts in a child process with `stdin` piped in. */
function match(args: string[], stdin = ''): Promise<NodeRun> {
  return runNode(['scripts/match.ts', ...args], { stdin });
}

describe('match --batch (JSON Lines contract)', () => {
  const input = [
    JSON.stringify({ text: '0x80CF0437', locale: 'en', platform: null }),
    '{not json',
    JSON.stringify({ text: 'Device Cap Reached', locale: 'fr', platform: 'android' }),
    JSON.stringify({ text: 'hello there' }),
    JSON.stringify({ text: 42 }),
    JSON.stringify({ text: 'Enhetstaket har nåtts', locale: null, platform: 'mac' }),
    JSON.stringify({ text: `${'INFO ok\n'.repeat(12_000)}ERROR ErrorCode=AccountNotOnboarded\n` }),
    '',
  ].join('\n');
  let out: { stdout: string; stderr: string; code: number | null };
  beforeAll(async () => {
    out = await match(['--batch'], input);
  });

  it('writes exactly one JSON line per input line, in order, and nothing else', () => {
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('answers with ids, scores and the decision only', () => {
    const [first, , third, fourth, , , log] = out.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(first).toEqual({ hits: [{ id: 'general/error-code-0x80cf0437', score: 1 }], confident: true });
    expect(Object.keys(first.hits[0])).toEqual(['id', 'score']);
    expect(third.confident).toBe(true);
    expect(third.hits[0].id).toBe('general/device-cap-reached');
    expect(fourth.confident).toBe(false);
    expect(log.hits[0].id).toBe('ios/accountnotonboarded');
  });

  it('answers bad lines with an error and goes on', () => {
    const lines = out.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[1]).toEqual({ error: 'invalid JSON' });
    expect(lines[4].error).toMatch(/text/);
    expect(lines[5].error).toMatch(/platform/);
  });
});

describe('match "text" (for a person)', () => {
  it('prints the decision, titles in the locale and the reasons', async () => {
    const out = await match(['Nombre maximal', "d'appareils atteint", '--locale', 'fr', '--platform', 'ios']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^decision: confident/);
    expect(out.stdout).toContain("Nombre maximal d'appareils atteint");
    expect(out.stdout).toContain('ios/device-cap-reached');
    expect(out.stdout).toMatch(/matched the message/);
  });

  it('says when nothing fits', async () => {
    const out = await match(['what is the weather today']);
    expect(out.stdout).toMatch(/^decision: not confident: the articles do not cover this/);
  });

  it('rejects an unknown option value with usage on stderr', async () => {
    const out = await match(['Device cap reached', '--platform', 'blackberry']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/unknown platform/);
  });
});
