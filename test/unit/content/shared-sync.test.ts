import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultContentDir } from '../../../src/content/load-knowledge.ts';

// The catalogue and the seed articles are maintained beside the repository; content/ carries copies
// so the bot runs without them. Where they are present the copies must not drift.
const shared = resolve(defaultContentDir, '..', '..', 'shared');
const present = existsSync(join(shared, 'kb-catalogue.tsv'));
if (!present) {
  process.stdout.write(`skipping the content/ vs ${shared} comparison: ${shared} is not present\n`);
}
const whenShared = present ? it : it.skip;
const note = present ? '' : ` (skipped: ${shared} is not present)`;

describe('content/ copies of the shared catalogue and articles', () => {
  whenShared(`content/kb-catalogue.tsv is identical to shared/kb-catalogue.tsv${note}`, () => {
    const copy = readFileSync(join(defaultContentDir, 'kb-catalogue.tsv'), 'utf8');
    expect(copy).toBe(readFileSync(join(shared, 'kb-catalogue.tsv'), 'utf8'));
  });

  whenShared.each([
    'ios-enrollment-errors.en.md',
    'ios-enrollment-errors.sv.md',
    'ios-enrollment-errors.zh-CN.md',
    'ios-enrollment-errors.fr.md',
    'device-enrollment.en.md',
  ])(`content/articles/%s is identical to the published seed${note}`, (file) => {
    const copy = readFileSync(join(defaultContentDir, 'articles', file), 'utf8');
    expect(copy).toBe(readFileSync(join(shared, 'seeds', file), 'utf8'));
  });
});
