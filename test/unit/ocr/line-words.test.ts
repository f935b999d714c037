import { describe, expect, it } from '@jest/globals';
import { type Word, widestGap, withoutStrayMarks } from '../../../src/ocr/line-words.ts';

/** Words laid out left to right from [text, x0, x1, confidence]. */
const words = (...ws: [string, number, number, number?][]): Word[] =>
  ws.map(([text, x0, x1, confidence = 92]) => ({ text, confidence, bbox: { x0, x1 } }));

describe('the words of a recognised line', () => {
  it('drops a short shape set apart at either end, so a message line is not taken for icon labels', () => {
    // "Si Ce service n'est pas pris HI": the edges of an alert box read as letters.
    const line = words(
      ['Si', 0, 20],
      ['Ce', 90, 120],
      ['service', 130, 220],
      ["n'est", 230, 290],
      ['pas', 300, 340],
      ['pris', 350, 400],
      ['HI', 470, 490],
    );
    const kept = withoutStrayMarks(line, 33);
    expect(kept.map((w) => w.text).join(' ')).toBe("Ce service n'est pas pris");
    expect(widestGap(kept, 33)).toBeLessThan(0.5);
  });

  it('drops marks with no letter or digit, and a doubtful word set apart, but keeps the words of a row', () => {
    const line = words(
      ['A', 0, 15],
      ['Network', 25, 120],
      ['Error', 130, 190],
      ['Xq7', 260, 300, 30],
      [';', 310, 315],
    );
    expect(withoutStrayMarks(line, 40).map((w) => w.text)).toEqual(['A', 'Network', 'Error']);
    // A row of icon labels stays a row: its words are far apart but none is a stray mark.
    const icons = words(['Photos', 0, 90], ['Camera', 250, 350], ['Mail', 500, 560], ['Calendar', 720, 840]);
    expect(withoutStrayMarks(icons, 33)).toHaveLength(4);
    expect(widestGap(icons, 33)).toBeGreaterThan(4);
  });
});
