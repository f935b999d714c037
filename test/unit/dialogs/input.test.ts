import { cleanText } from '../../../dialogs/input.ts';

describe('cleanText', () => {
  test('removes Teams mentions and control characters, keeps line breaks and non-Latin text', () => {
    const raw = '<at>Enrollment Assistant</at> 设备\u0007注册失败\r\n0x80CF0437\u001b[31m';
    expect(cleanText(raw)).toEqual({
      text: '设备注册失败\n0x80CF0437[31m',
      originalLength: 21,
      truncated: false,
    });
  });

  test('keeps a message at the limit whole', () => {
    const text = 'a'.repeat(4000);
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
