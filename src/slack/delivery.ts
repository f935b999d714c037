import type { webApi } from '@slack/bolt';
import type { Logger } from '../core/ports/logger.ts';
import { isDirectChannel, type SlackAddress } from './address.ts';
import type { SlackMessage } from './message.ts';
import { errorCode } from './user-directory.ts';

export type Delivery = {
  /**
   * Posts messages in order where the conversation lives; never throws (a Slack outage is logged).
   * Returns each message's ts, or undefined where it failed or went through a response_url (no ts).
   */
  send(client: webApi.WebClient, to: SlackAddress, messages: SlackMessage[]): Promise<(string | undefined)[]>;
  /**
   * Puts a message in place of the one whose button was pressed (`chat.update`, or `replace_original`
   * for an ephemeral message, which `chat.update` cannot edit). Without a pressed message it does nothing.
   */
  replace(client: webApi.WebClient, to: SlackAddress, message: SlackMessage): Promise<boolean>;
  /** Posts through a response_url; `in_channel` makes it visible to everyone in the channel. */
  respond(url: string, body: Record<string, unknown>): Promise<boolean>;
};

/** response_url hosts are Slack's; anything else in a payload is refused rather than fetched. */
function isSlackResponseUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && (u.hostname === 'hooks.slack.com' || u.hostname.endsWith('.slack.com'));
  } catch {
    return false;
  }
}

export function createDelivery(logger: Logger, timeoutMs = 10_000): Delivery {
  async function respond(url: string, body: Record<string, unknown>): Promise<boolean> {
    if (!isSlackResponseUrl(url)) {
      logger.warn('slack.response-url-rejected', {});
      return false;
    }
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.ok) return true;
      // 404 = expired (30 minutes) or used five times: the caller falls back to a direct message.
      logger.warn('slack.response-url-failed', { status: res.status });
      return false;
    } catch (err) {
      logger.warn('slack.response-url-failed', { code: errorCode(err) });
      return false;
    }
  }

  async function post(
    client: webApi.WebClient,
    channel: string,
    m: SlackMessage,
    threadTs?: string,
  ): Promise<string | undefined> {
    try {
      const res = await client.chat.postMessage({
        channel,
        text: m.text,
        blocks: m.blocks,
        unfurl_links: false,
        unfurl_media: false,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      return res.ts ?? '';
    } catch (err) {
      logger.error('slack.post-failed', { channel, code: errorCode(err) });
      return undefined;
    }
  }

  async function whisper(client: webApi.WebClient, to: SlackAddress, m: SlackMessage): Promise<boolean> {
    try {
      await client.chat.postEphemeral({
        channel: to.channelId,
        user: to.userId,
        text: m.text,
        blocks: m.blocks,
        ...(to.threadTs ? { thread_ts: to.threadTs } : {}),
      });
      return true;
    } catch (err) {
      logger.warn('slack.ephemeral-failed', { channel: to.channelId, code: errorCode(err) });
      return false;
    }
  }

  return {
    respond,
    async replace(client, to, m) {
      if (to.mode === 'ephemeral') {
        if (!to.responseUrl) return false;
        return respond(to.responseUrl, { replace_original: true, text: m.text, blocks: m.blocks });
      }
      if (!to.pressedTs) return false;
      try {
        await client.chat.update({ channel: to.channelId, ts: to.pressedTs, text: m.text, blocks: m.blocks });
        return true;
      } catch (err) {
        // The old card stays as it was; the conversation goes on below it.
        logger.warn('slack.update-failed', { channel: to.channelId, code: errorCode(err) });
        return false;
      }
    },
    async send(client, to, messages) {
      const sent: (string | undefined)[] = [];
      for (const m of messages) {
        if (to.mode === 'ephemeral') {
          const body = {
            response_type: 'ephemeral',
            replace_original: false,
            text: m.text,
            blocks: m.blocks,
          };
          if (to.responseUrl && (await respond(to.responseUrl, body))) {
            sent.push(undefined);
            continue;
          }
          // A word for one person in a channel thread (typed there, so no response_url): only they see it.
          if (to.threadTs && !isDirectChannel(to.channelId) && (await whisper(client, to, m))) {
            sent.push(undefined);
            continue;
          }
          // The answer must not be lost: without a usable response_url it goes to the user's DM with the app.
          await post(client, to.userId, m);
          // Posted in the DM, not where the conversation lives: no card there to rewrite later.
          sent.push(undefined);
        } else {
          sent.push(await post(client, to.channelId, m, to.threadTs));
        }
      }
      return sent;
    },
  };
}
