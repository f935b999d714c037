import type { Locale } from '../core/knowledge/entry.ts';
import type { ImageReading, ImageTextReader } from '../core/ports/image-text-reader.ts';
import type { LogFields, Logger } from '../core/ports/logger.ts';
import { type FetchImageOptions, fetchImage } from './fetch-image.ts';

/** Downloads an attached picture from its channel's file host and reads it; bytes never outlive this call. */
export async function readAttachedImage(
  deps: { reader: ImageTextReader; logger: Logger },
  address: string,
  fetchOptions: FetchImageOptions,
  locale: Locale,
  logFields: LogFields = {},
): Promise<ImageReading> {
  const fetched = await fetchImage(address, fetchOptions);
  if (!fetched.ok) {
    deps.logger.info('screenshot.not-fetched', {
      ...logFields,
      reason: fetched.reason,
      detail: fetched.detail,
    });
    return { kind: 'refused', reason: fetched.reason };
  }
  return deps.reader.read(fetched.bytes, { locale });
}
