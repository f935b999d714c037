import type { Locale } from '../core/knowledge/entry.ts';
import type { ImageReading, ImageTextReader } from '../core/ports/image-text-reader.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import { readAttachedImage } from '../ocr/read-attached-image.ts';

/** The fields of a Slack file object the bot reads. */
export type SlackFile = {
  mimetype?: string;
  filetype?: string;
  url_private?: string;
  url_private_download?: string;
};

const imageFileTypes = new Set(['png', 'jpg', 'jpeg', 'heic', 'heif']);
/** Slack serves `url_private` from this host only; the bot's token goes nowhere else. */
const slackFileHost = 'files.slack.com';

/** The first picture among a message's files. */
export function screenshotFile(files: SlackFile[] | undefined): SlackFile | undefined {
  return files?.find(
    (f) => f.mimetype?.startsWith('image/') || imageFileTypes.has(String(f.filetype ?? '').toLowerCase()),
  );
}

/** What was shared, for the log: each file's type (`pdf`, `gif`), never its name or address. */
export function fileTypes(files: SlackFile[] | undefined): string[] {
  return (files ?? []).map((f) => String(f.filetype ?? f.mimetype ?? 'unknown').slice(0, 40));
}

export type SlackScreenshotReader = (
  file: SlackFile,
  token: string | undefined,
  locale: Locale,
) => Promise<ImageReading>;

/** Reads a shared picture from `url_private` with the bot token (scope `files:read`), from Slack's file host only. */
export function createSlackScreenshotReader(deps: {
  reader: ImageTextReader;
  maxBytes?: number;
  logger?: Logger;
  /** The file host; a test's local stand-in may be given, production never changes it. */
  fileHost?: string;
}): SlackScreenshotReader {
  const logger = deps.logger ?? silentLogger;
  const fileHost = deps.fileHost ?? slackFileHost;
  return (file, token, locale) =>
    readAttachedImage(
      { reader: deps.reader, logger },
      file.url_private ?? file.url_private_download ?? '',
      {
        isAllowedHost: (url) => url.protocol === 'https:' && url.host.toLowerCase() === fileHost,
        headersFor: (): Record<string, string> => (token ? { authorization: `Bearer ${token}` } : {}),
        maxBytes: deps.maxBytes ?? 10 * 1024 * 1024,
      },
      locale,
      { attachment: 'slack-file' },
    );
}
