import type { DecodedPixels } from './decode-pixels.ts';

/** One recognised line as the worker thread reports it: text, Tesseract's confidence (0–100), box. */
export type OcrLine = {
  text: string;
  confidence: number;
  top: number;
  bottom: number;
  /** The widest space between two words of the line, in line heights: a row of icon labels is wide apart. */
  widestGap: number;
  /** Lines of one paragraph (as Tesseract's layout analysis groups them) share this number. */
  paragraph: number;
};

/** What a worker thread returns for one image. */
export type OcrPageResult = {
  lines: OcrLine[];
  languages: string;
  width: number;
  height: number;
  /**
   * The recognition work spent on the picture so far: the length of every line Tesseract recognised, in
   * line heights (its LSTM's time is in proportion). Noise and long lines of small text cost the most.
   */
  work?: number;
};

/** Tesseract languages read together, `+`-joined (`swe+eng`): the first is tried first on every word. */
export type LanguageSet = string;

/**
 * One decoded picture to read (the pixels move to the worker thread, not copied): the language sets to
 * try in order (the second only when the first reads no message).
 */
export type OcrJob = {
  /** Decoded pixels, or a small JPEG the worker decodes itself (`small-jpeg.ts`). */
  pixels: DecodedPixels | { jpeg: Uint8Array };
  /** EXIF orientation (1–8; 1 is upright as stored). */
  orientation: number;
  order: LanguageSet[];
};
