import type { ImageRefusal } from '../core/ports/image-text-reader.ts';

export type FetchImageOptions = {
  /** The hosts the channel delivers files from; anything else is refused before a request is made. */
  isAllowedHost(url: URL): boolean;
  /** Headers for a URL (the bot's token), asked per hop so a redirect never carries them elsewhere. */
  headersFor?(url: URL): Promise<Record<string, string>> | Record<string, string>;
  maxBytes: number;
  timeoutMs?: number;
  /** Redirects followed, each to an allowed host. */
  maxRedirects?: number;
};

export type FetchedImage =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: ImageRefusal; detail: string };

/**
 * Downloads a file a user attached, from the channel's own file host only: every hop (redirects
 * included) must be an allowed HTTPS host, the size is capped while reading (a lying Content-Length
 * changes nothing), and the whole download has a deadline. The bytes stay in memory.
 */
export async function fetchImage(address: string, options: FetchImageOptions): Promise<FetchedImage> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: 'not-allowed', detail: 'invalid-url' };
  }
  const signal = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  try {
    for (let hop = 0; hop <= (options.maxRedirects ?? 3); hop++) {
      if (!options.isAllowedHost(url)) return { ok: false, reason: 'not-allowed', detail: url.host };
      const headers = (await options.headersFor?.(url)) ?? {};
      const res = await fetch(url, { headers, redirect: 'manual', signal });
      if (res.status >= 300 && res.status < 400) {
        const location = res.headers.get('location');
        await res.body?.cancel();
        if (!location) return { ok: false, reason: 'download-failed', detail: `redirect-${res.status}` };
        url = new URL(location, url);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        return { ok: false, reason: 'download-failed', detail: `status-${res.status}` };
      }
      const declared = Number(res.headers.get('content-length') ?? 0);
      if (declared > options.maxBytes) {
        await res.body?.cancel();
        return { ok: false, reason: 'too-large', detail: 'content-length' };
      }
      return await readCapped(res, options.maxBytes);
    }
    return { ok: false, reason: 'download-failed', detail: 'too-many-redirects' };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'error';
    return { ok: false, reason: name === 'TimeoutError' ? 'timeout' : 'download-failed', detail: name };
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<FetchedImage> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (!reader) return { ok: true, bytes: new Uint8Array() };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: 'too-large', detail: 'body' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

/** `host` is `domain` or one of its subdomains. */
export function isHostWithin(host: string, domain: string): boolean {
  const h = host.toLowerCase();
  return h === domain || h.endsWith(`.${domain}`);
}
