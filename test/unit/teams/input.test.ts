import { cleanText } from '../../../src/teams/input.ts';

describe('cleanText', () => {
  test('removes Teams mentions and normalises line breaks, keeps non-Latin text', () => {
    const raw = '<at>Enrollment Assistant</at>&nbsp;设备注册失败\r\n0x80CF0437';
    expect(cleanText(raw)).toEqual({
      text: '设备注册失败\n0x80CF0437',
      originalLength: 17,
      truncated: false,
    });
  });

  test('leaves control characters to the engine, which recognises binary junk by them', () => {
    expect(cleanText('PK\u0003\u0004\u0000\u0000binary').text).toBe('PK\u0003\u0004\u0000\u0000binary');
  });

  test('keeps a message up to the limit whole', () => {
    const text = 'a'.repeat(100_000);
    expect(cleanText(text)).toMatchObject({ text, truncated: false });
  });

  test('from a long log keeps the error lines first, within the limit', () => {
    const noise = Array.from({ length: 2000 }, (_, i) => `12:00:${i} INFO heartbeat ok`).join('\n');
    const log = `${noise}\n12:01:00 ERROR Enrollment failed with 0x80180014\n${noise}`;
    const out = cleanText(log, 1000);
    expect(out.truncated).toBe(true);
    expect(out.originalLength).toBe(log.length);
    expect(out.text.length).toBeLessThanOrEqual(1000);
    expect(out.text.split('\n')[0]).toBe('12:01:00 ERROR Enrollment failed with 0x80180014');
  });

  test('a single huge line is cut into pieces, so a code near its end still survives', () => {
    const line = `${'x'.repeat(150_000)} hresult 0x80CF0437 ${'y'.repeat(50_000)}`;
    const out = cleanText(line, 2000);
    expect(out.text).toContain('0x80CF0437');
    expect(out.text.length).toBeLessThanOrEqual(2000);
  });
});
