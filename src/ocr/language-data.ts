import { mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Tesseract's names for the data of each language the bot speaks. */
export const tesseractLanguages = ['eng', 'swe', 'fra', 'chi_sim'] as const;
export type TesseractLanguage = (typeof tesseractLanguages)[number];

const require = createRequire(import.meta.url);

/**
 * One folder holding every language's `.traineddata.gz`: a Tesseract worker loads several languages from
 * a single path, while each npm data package ships its own folder. Links, not copies; nothing is
 * downloaded.
 */
export function linkLanguageData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-langs-'));
  for (const lang of tesseractLanguages) {
    const { langPath } = require(`@tesseract.js-data/${lang}`) as { langPath: string };
    symlinkSync(join(langPath, `${lang}.traineddata.gz`), join(dir, `${lang}.traineddata.gz`));
  }
  return dir;
}
