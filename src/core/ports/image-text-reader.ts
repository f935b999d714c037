import type { Locale } from '../knowledge/entry.ts';

/**
 * Reads the text of a screenshot the user sent. The image bytes never leave the reader (no storage, no
 * logging); only the recognised text joins the conversation.
 */
export type ImageTextReader = {
  read(image: Uint8Array, options: { locale: Locale }): Promise<ImageReading>;
};

/** Why an image gave no usable text; each has its own polite reply. */
export type ImageRefusal =
  | 'too-large' // more bytes than the limit
  | 'too-many-pixels' // a decompression bomb or a giant canvas
  | 'unsupported-format' // not PNG or JPEG (HEIC has its own reason)
  | 'heic'
  | 'corrupt'
  | 'busy' // the queue is full
  | 'timeout'
  | 'no-text' // nothing legible, too faint
  | 'not-allowed' // the file is not on a host of the channel
  | 'download-failed';

export type ImageReading =
  | {
      kind: 'text';
      /** The lines that most look like the message (status bar, clock and icon labels dropped). */
      text: string;
      /** Mean word confidence of the kept lines, 0–100 as Tesseract reports it. */
      confidence: number;
      /** The recognition language set that produced the text (`eng+swe+fra`, `chi_sim+eng`). */
      languages: string;
    }
  | { kind: 'refused'; reason: ImageRefusal };
