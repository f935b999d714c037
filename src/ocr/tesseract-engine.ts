import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readLanguageData } from './language-data.ts';
import type { LanguageSet } from './ocr-lines.ts';

/** The few calls of Tesseract's C++ API (compiled to WebAssembly by `tesseract.js-core`) the reader makes. */
type TessBaseApi = {
  Init(dataPath: string, languages: string, oem: number): number;
  End(): void;
  SetImageFile(exifOrientation: number, angle: number): number;
  SetVariable(name: string, value: string): boolean;
  Recognize(monitor: null): number;
  GetJSONText(page: number): string;
  Clear(): void;
};
type CoreModule = {
  TessBaseAPI: new () => TessBaseApi;
  FS: { writeFile(path: string, data: Uint8Array): void; unlink(path: string): void };
};
type CoreFactory = (options: {
  wasmBinary: Uint8Array;
  print: (line: string) => void;
  printErr: (line: string) => void;
}) => Promise<CoreModule>;

/** A word as Tesseract's JSON output gives it. */
export type TesseractWord = {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
};
export type TesseractLine = {
  words: TesseractWord[];
  bbox: { x0: number; y0: number; x1: number; y1: number };
};
export type TesseractBlock = { paragraphs: { lines: TesseractLine[] }[] };

export type TesseractEngine = {
  /** Loads the language set unless the engine holds it already (a switch re-initialises in place). */
  load(languages: LanguageSet): void;
  /**
   * Reads a binary PGM with the language set, loading it first when the engine holds another. With
   * `retryInverted`, each unsure line is read a second time inverted (light text on a dark area).
   */
  recognise(languages: LanguageSet, pgm: Uint8Array, options: { retryInverted: boolean }): TesseractBlock[];
  /** The language set the engine holds now. */
  loaded(): LanguageSet | undefined;
};

// The project's TypeScript library list has no WebAssembly types; Node has the global.
declare const WebAssembly: { validate(bytes: Uint8Array): boolean };

const require = createRequire(import.meta.url);
const lstmOnly = 1;

/**
 * The fastest build of the core this runtime can run: the LSTM-only builds leave out the legacy engine
 * the reader never uses; relaxed SIMD, then SIMD, then plain WebAssembly.
 */
function coreBuild(): { factory: CoreFactory; wasm: Uint8Array } {
  const dir = dirname(require.resolve('tesseract.js-core/package.json'));
  for (const name of ['tesseract-core-relaxedsimd-lstm', 'tesseract-core-simd-lstm', 'tesseract-core-lstm']) {
    const wasm = readFileSync(join(dir, `${name}.wasm`));
    if (WebAssembly.validate(wasm)) return { factory: require(join(dir, `${name}.js`)) as CoreFactory, wasm };
  }
  throw new Error('this runtime runs none of the Tesseract builds');
}

/**
 * One Tesseract engine in the calling thread, holding one language set at a time. It runs in the
 * reader's own worker thread rather than behind tesseract.js's extra thread: one thread a worker, one
 * copy of each picture, and Tesseract's own console output ("Image too small to scale!!") handed to
 * `output` instead of written to the process's stderr beside the JSON log.
 */
export async function startTesseractEngine(output: (line: string) => void): Promise<TesseractEngine> {
  const { factory, wasm } = coreBuild();
  const core = await factory({ wasmBinary: wasm, print: output, printErr: output });
  const api = new core.TessBaseAPI();
  let held: LanguageSet | undefined;

  function load(languages: LanguageSet) {
    if (held === languages) return;
    if (held) api.End();
    held = undefined;
    const files = languages.split('+').map((lang) => `/${lang}.traineddata`);
    languages.split('+').forEach((lang, i) => {
      core.FS.writeFile(files[i] as string, readLanguageData(lang));
    });
    // Tesseract reads the whole data at start: the file copies are dropped so they are not held twice.
    const status = api.Init('/', languages, lstmOnly);
    for (const file of files) core.FS.unlink(file);
    if (status !== 0) throw new Error(`Tesseract could not start with ${languages}`);
    held = languages;
  }

  return {
    load,
    loaded: () => held,
    recognise(languages, pgm, { retryInverted }) {
      load(languages);
      api.SetVariable('tessedit_do_invert', retryInverted ? '1' : '0');
      core.FS.writeFile('/input', pgm);
      let status: number;
      try {
        status = api.SetImageFile(1, 0);
      } finally {
        // Tesseract holds the picture it read: the file's copy goes before recognition, not after.
        core.FS.unlink('/input');
      }
      try {
        if (status === 1) throw new Error('unreadable image');
        api.Recognize(null);
        return (JSON.parse(api.GetJSONText(0)) as { blocks?: TesseractBlock[] }).blocks ?? [];
      } finally {
        // The picture and its layout are freed now, not when the next picture replaces them.
        api.Clear();
      }
    },
  };
}
