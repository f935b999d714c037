import { findErrorLines, wholeTextLimit } from '../../../../src/core/matcher/log-lines.ts';

function noiseLines(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `2024-05-01 10:00:${String(i % 60).padStart(2, '0')} INFO heartbeat ${i}`,
  );
}

describe('findErrorLines', () => {
  it('returns short texts unchanged', () => {
    const text = 'enroll.log\n[11:02:18] ERROR: hr 0x8007064c';
    expect(findErrorLines(text)).toEqual({ focus: text, errorFound: true });
  });

  it('finds the error line in a 100 KB paste and keeps the result small', () => {
    const lines = noiseLines(3000);
    lines.splice(2100, 0, '2024-05-01 10:14:55 ERROR [Enrollment] ErrorCode=DeviceCapReached');
    const paste = lines.join('\n').slice(0, 100_000);
    const { focus } = findErrorLines(paste);
    expect(focus).toContain('ErrorCode=DeviceCapReached');
    expect(focus.length).toBeLessThan(6000);
  });

  it('keeps the lines the caller knows about over plain error lines', () => {
    const lines = [...noiseLines(200), 'ERROR retry failed', 'ERROR code 0x80CF0437', ...noiseLines(200)];
    const { focus } = findErrorLines(lines.join('\n'), (line) => (line.includes('0x80CF0437') ? 3 : 0));
    expect(focus.split('\n')).toEqual(['ERROR code 0x80CF0437']);
  });

  it('reads a line repeated with other numbers once', () => {
    const retries = Array.from(
      { length: 40 },
      (_, i) => `12:00:${i} ERROR retry ${i} failed for job ${i * 7}`,
    );
    const { focus } = findErrorLines(
      [...noiseLines(300), ...retries, 'Account is in maintenance mode.'].join('\n'),
      (line) => (line.includes('maintenance') ? 2 : 0),
    );
    expect(focus.split('\n')).toEqual([
      '12:00:0 ERROR retry 0 failed for job 0',
      'Account is in maintenance mode.',
    ]);
  });

  it('falls back to the start of a long text without error words, and says so', () => {
    const text = 'lorem ipsum '.repeat(500);
    const result = findErrorLines(text);
    expect(result.focus).toHaveLength(wholeTextLimit);
    expect(result.errorFound).toBe(false);
  });
});

describe('findErrorLines on a paste without line breaks', () => {
  it('still finds an error at the end of one 100 KB line', () => {
    const line = `${'{"level":"info","msg":"heartbeat ok"}, '.repeat(2500)}{"level":"error","msg":"ErrorCode=AccountNotOnboarded"}`;
    const { focus } = findErrorLines(line.slice(-100_000));
    expect(focus).toContain('AccountNotOnboarded');
  });
});

describe('findErrorLines bounds its work', () => {
  it('looks at no more than 10,000 lines, however many short lines a paste has', () => {
    // 50,000 distinct short lines (letters only, so no two are the same once numbers are masked).
    const letters = (i: number) => i.toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[Number(d)] ?? 'q');
    const paste = Array.from({ length: 50_000 }, (_, i) => letters(i)).join('\n');
    let looked = 0;
    findErrorLines(paste, () => {
      looked++;
      return 0;
    });
    expect(looked).toBeGreaterThan(5_000);
    expect(looked).toBeLessThanOrEqual(10_000);
  });

  it('reads the first and the last lines of a long Windows paste (CRLF) without their line ends', () => {
    const paste = `ERROR ErrorCode=DeviceCapReached\r\n${'INFO ok\r\n'.repeat(12_000)}ERROR code 0x80CF0437\r\nINFO done\r`;
    const { focus } = findErrorLines(paste);
    expect(focus.split('\n')).toEqual(['ERROR ErrorCode=DeviceCapReached', 'ERROR code 0x80CF0437']);
  });

  it('still finds the error on the last line of 12,000 short ones', () => {
    const { focus } = findErrorLines(`${'INFO ok\n'.repeat(12_000)}ERROR ErrorCode=AccountNotOnboarded\n`);
    expect(focus).toContain('AccountNotOnboarded');
  });
});
