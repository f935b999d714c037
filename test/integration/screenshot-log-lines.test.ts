import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { runNode } from '../fakes/run-node.ts';

/** Reads a picture in a child process with the bot's reader and JSON logger; returns what it printed. */
function readInChild(picture: string, locale: string) {
  const path = join('test/fixtures/screenshots', picture);
  return runNode(['test/fakes/read-picture-process.ts', path, locale], {
    env: { PATH: process.env.PATH ?? '' },
  });
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe("Tesseract's own console output", () => {
  it('reaches the log as JSON lines, never as raw lines on stdout or stderr', async () => {
    // This photographed page makes Tesseract print "Image too small to scale!!" and "Line cannot be
    // recognized!!"; loading the Chinese model prints "Warning: Parameter not found" lines.
    const notes = await readInChild('notes-photo.jpg', 'sv');
    const chinese = await readInChild('ios-alert-en.png', 'zh-CN');
    for (const { stdout, stderr } of [notes, chinese]) {
      expect(stderr).toBe('');
      expect(() => jsonLines(stdout)).not.toThrow();
      expect(jsonLines(stdout).some((l) => l.msg === 'ocr.read')).toBe(true);
    }
    const said = (out: string) =>
      jsonLines(out)
        .filter((l) => l.msg === 'ocr.engine_output')
        .map((l) => ({ level: l.level, line: String(l.line) }));
    expect(said(notes.stdout)).toContainEqual({
      level: 'debug',
      line: expect.stringMatching(/too small to scale/),
    });
    expect(said(chinese.stdout)).toContainEqual({
      level: 'debug',
      line: expect.stringMatching(/Parameter not found/),
    });
  }, 120_000);
});
