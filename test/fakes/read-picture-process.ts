// Reads one picture with the bot's screenshot reader and its JSON logger at debug level, as the bot's
// process would: `node test/fakes/read-picture-process.ts <picture> <locale>`. Its output is checked
// for anything that is not a JSON line.
import { readFileSync } from 'node:fs';
import type { Locale } from '../../src/core/knowledge/entry.ts';
import { createJsonLogger } from '../../src/logger.ts';
import { createOcrReader } from '../../src/ocr/ocr-reader.ts';

const [picture, locale] = process.argv.slice(2);
const reader = createOcrReader({
  workers: 1,
  timeoutMs: 60_000,
  logger: createJsonLogger({ level: 'debug' }),
});
await reader.read(new Uint8Array(readFileSync(picture as string)), { locale: locale as Locale });
await reader.close();
