import { mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Tesseract's names for the data of each language the bot speaks. */
export const tesseractLanguages = ['eng', 'swe', 'fra', 'chi_sim'] as const;
export type TesseractLanguage = (typeof tesseractLanguages)[number];

const require = createRequire(import.meta.url);

/**
 * Each data package ships two models: `4.0.0` (the legacy engine's data plus LSTM) and `4.0.0_best_int`
 * (LSTM only). The reader runs the LSTM engine alone, so it takes the LSTM-only data: the legacy part
 * would only be held in memory (about half of an engine's footprint) and never used.
 */
const model = '4.0.0_best_int';

/**
 * One folder holding every language's `.traineddata.gz`: a Tesseract worker loads several languages from
 * a single path, while each npm data package ships its own folder. Links, not copies; nothing is
 * downloaded.
 */
export function linkLanguageData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ocr-langs-'));
  for (const lang of tesseractLanguages) {
    const { langPath } = require(`@tesseract.js-data/${lang}`) as { langPath: string };
    const file = `${lang}.traineddata.gz`;
    symlinkSync(join(dirname(langPath), model, file), join(dir, file));
  }
  return dir;
}
