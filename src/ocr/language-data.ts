import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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

/** One language's trained data, unpacked, from its npm package: nothing is downloaded. */
export function readLanguageData(lang: string): Uint8Array {
  if (!(tesseractLanguages as readonly string[]).includes(lang)) throw new Error(`no data for ${lang}`);
  const { langPath } = require(`@tesseract.js-data/${lang}`) as { langPath: string };
  return gunzipSync(readFileSync(join(dirname(langPath), model, `${lang}.traineddata.gz`)));
}
