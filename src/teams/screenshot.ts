import type { Activity, TurnContext } from 'botbuilder';
import type { Locale } from '../core/knowledge/entry.ts';
import type { ImageReading, ImageTextReader } from '../core/ports/image-text-reader.ts';
import { type Logger, silentLogger } from '../core/ports/logger.ts';
import { isHostWithin } from '../ocr/fetch-image.ts';
import { readAttachedImage } from '../ocr/read-attached-image.ts';

const fileDownloadInfo = 'application/vnd.microsoft.teams.file.download.info';
const imageFileTypes = new Set(['png', 'jpg', 'jpeg', 'heic', 'heif']);
/** Where Teams keeps files shared in chat: the tenant's SharePoint / OneDrive (commercial and sovereign clouds). */
const fileHostDomains = ['sharepoint.com', 'sharepoint.us', 'sharepoint-mil.us', 'sharepoint.cn'];

/** A picture attached to a Teams message, and where it may be fetched from. */
export type TeamsScreenshot =
  /** Pasted inline: served by the Bot Connector of this conversation, with the bot's token. */
  | { kind: 'inline'; url: string }
  /** Sent as a file: a short-lived pre-authorised download URL on the tenant's SharePoint/OneDrive. */
  | { kind: 'file'; url: string };

/** The first picture on the activity (inline image or image file); other attachments are ignored. */
export function screenshotOf(activity: Partial<Activity>): TeamsScreenshot | undefined {
  for (const a of activity.attachments ?? []) {
    if (a.contentType?.startsWith('image/') && a.contentUrl) return { kind: 'inline', url: a.contentUrl };
    if (a.contentType === fileDownloadInfo) {
      const content = a.content as { downloadUrl?: unknown; fileType?: unknown } | undefined;
      const type = String(content?.fileType ?? '').toLowerCase();
      if (typeof content?.downloadUrl === 'string' && imageFileTypes.has(type))
        return { kind: 'file', url: content.downloadUrl };
    }
  }
  return undefined;
}

/** What was attached, for the log: a file's type (`pdf`) or the content type, never a name or address. */
export function attachmentTypes(activity: Partial<Activity>): string[] {
  return (activity.attachments ?? []).map((a) => {
    const content = a.content as { fileType?: unknown } | undefined;
    const type = a.contentType === fileDownloadInfo ? String(content?.fileType ?? 'file') : a.contentType;
    return String(type ?? 'unknown').slice(0, 80);
  });
}

export function hasScreenshot(activity: Partial<Activity>): boolean {
  return screenshotOf(activity) !== undefined;
}

function hostOf(address: string | undefined): string | undefined {
  try {
    return address ? new URL(address).host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** An https address (plain http only for a local Bot Connector such as the Playground). */
function secure(url: URL, serviceUrl: URL | undefined): boolean {
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && serviceUrl?.protocol === 'http:' && url.hostname === 'localhost')
  );
}

/** One path segment of an attachment id or view: no slash, no escape, not `.` or `..`. */
const pathSegment = /^(?!\.+$)[A-Za-z0-9._~-]{1,256}$/;

export type ConnectorAttachmentCheck =
  | { ok: true }
  | { ok: false; reason: 'other-host' | 'not-an-attachment' | 'other-conversation' };

/**
 * Whether a pasted picture's URL may be fetched with the bot's token. The Bot Connector serves it at
 * `<serviceUrl>v3/attachments/<id>/views/<view>` (`https://smba.trafficmanager.net/amer/v3/attachments/
 * 0-eus-d6-…/views/original`), a path that names no conversation; a path that does name one
 * (`v3/conversations/<id>/attachments/<id>`) must name this activity's. Anything else on the connector
 * host (its conversations, members and activities API) is never asked with the token: an attachment
 * URL is data from the message, and the token opens more than pictures. See docs/screenshots.md.
 */
export function checkConnectorAttachment(
  url: URL,
  serviceUrl: URL,
  conversationId: string | undefined,
): ConnectorAttachmentCheck {
  if (url.origin !== serviceUrl.origin) return { ok: false, reason: 'other-host' };
  const notAttachment = { ok: false, reason: 'not-an-attachment' } as const;
  const servicePath = serviceUrl.pathname.endsWith('/') ? serviceUrl.pathname : `${serviceUrl.pathname}/`;
  const at = url.pathname.indexOf('/v3/');
  // The connector's own prefix (region, tenant) or a shorter one of it; never another region's.
  if (at < 0 || !servicePath.startsWith(url.pathname.slice(0, at + 1))) return notAttachment;
  let rest = url.pathname.slice(at + 4).split('/');
  if (rest[0] === 'conversations') {
    const named = decodedSegment(rest[1]);
    const own = conversationId ? [conversationId, conversationId.split(';')[0]] : [];
    if (named === undefined || !own.includes(named)) return { ok: false, reason: 'other-conversation' };
    rest = rest.slice(2);
  }
  const [kind, id, views, view] = rest;
  const shaped =
    kind === 'attachments' &&
    pathSegment.test(id ?? '') &&
    (rest.length === 2 || (rest.length === 4 && views === 'views' && pathSegment.test(view ?? '')));
  return shaped ? { ok: true } : notAttachment;
}

function decodedSegment(segment: string | undefined): string | undefined {
  try {
    return segment ? decodeURIComponent(segment) : undefined;
  } catch {
    return undefined;
  }
}

/** The bot's token for the Bot Connector of this turn, when the bot has an identity (none in local mode). */
async function botToken(context: TurnContext): Promise<string | undefined> {
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as
    | { credentials?: { appId?: string; getToken?: (forceRefresh?: boolean) => Promise<string> } }
    | undefined;
  const credentials = client?.credentials;
  if (!credentials?.appId || !credentials.getToken) return undefined;
  return credentials.getToken();
}

export type TeamsScreenshotReader = (
  context: TurnContext,
  locale: Locale,
) => Promise<ImageReading | undefined>;

/**
 * Reads the picture of a Teams message. Inline images come only from the Bot Connector that delivered
 * the message (the activity's `serviceUrl`), only from its attachment paths (see
 * {@link checkConnectorAttachment}), and only those get the bot's token; files come only from the
 * tenant's SharePoint/OneDrive download URL and get no token. A URL anywhere else — or one the user
 * typed — is never fetched.
 */
export function createTeamsScreenshotReader(deps: {
  reader: ImageTextReader;
  maxBytes?: number;
  logger?: Logger;
}): TeamsScreenshotReader {
  const logger = deps.logger ?? silentLogger;
  const maxBytes = deps.maxBytes ?? 10 * 1024 * 1024;
  return async (context, locale) => {
    const activity = context.activity;
    const shot = screenshotOf(activity);
    if (!shot) return undefined;
    const serviceHost = hostOf(activity.serviceUrl);
    const service = serviceHost ? new URL(activity.serviceUrl) : undefined;
    const conversation = activity.conversation?.id;
    /** Asked for every hop, redirects included: each must be a picture of this conversation. */
    const inlineAllowed = (url: URL) => {
      if (!service) return false;
      const check = checkConnectorAttachment(url, service, conversation);
      if (!check.ok && check.reason !== 'other-host')
        logger.warn('teams.attachment-refused', { reason: check.reason, conversation });
      return check.ok;
    };
    const isAllowedHost = (url: URL) =>
      secure(url, service) &&
      (shot.kind === 'inline'
        ? inlineAllowed(url)
        : fileHostDomains.some((d) => isHostWithin(url.hostname, d)));
    return readAttachedImage(
      { reader: deps.reader, logger },
      shot.url,
      {
        isAllowedHost,
        maxBytes,
        async headersFor(url): Promise<Record<string, string>> {
          if (shot.kind !== 'inline' || !service || !checkConnectorAttachment(url, service, conversation).ok)
            return {};
          const token = await botToken(context);
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      },
      locale,
      { attachment: shot.kind, conversation: activity.conversation?.id },
    );
  };
}
