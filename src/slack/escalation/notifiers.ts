import { webApi } from '@slack/bolt';
import type { SupportPost } from '../../core/escalation/case.ts';
import type { SupportNotifier, UserNotifier } from '../../core/escalation/notifier.ts';
import type { Requester } from '../../core/escalation/port.ts';
import { caseThreadKey, conversationKey, type SlackAddress } from '../address.ts';
import { renderCaseBlocks, renderThreadMessage, renderUserNotice } from './case-blocks.ts';
import { toDeliveryError } from './errors.ts';

/** The Web API calls escalation makes; a WebClient fits, so does a test double. */
export type SlackChat = {
  chat: {
    postMessage(args: webApi.ChatPostMessageArguments): Promise<{ ts?: string; channel?: string }>;
    update(args: webApi.ChatUpdateArguments): Promise<unknown>;
  };
  conversations?: {
    history(args: webApi.ConversationsHistoryArguments): Promise<{
      messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: unknown } }[];
    }>;
  };
};

/** Message metadata on every case card: lets the bot find a card it posted but never heard back about. */
export const caseCardEventType = 'intune_enrollment_case';
const recentMessages = 100;

/**
 * A client for the outbox: it retries nothing itself and reports rate limits at once, so retries
 * and backoff live in one place (the dispatcher) and a case post is never sent twice by two layers.
 */
export function createOutboxSlackClient(token: string, slackApiUrl?: string): webApi.WebClient {
  return new webApi.WebClient(token, {
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    ...(slackApiUrl ? { slackApiUrl } : {}),
  });
}

async function call<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toDeliveryError(error);
  }
}

function refOf(post: SupportPost): { channel: string; ts: string } {
  return { channel: post.ref.channel ?? '', ts: post.ref.ts ?? '' };
}

/** Case cards in a Slack channel: posted, rewritten in place with chat.update, discussed in their thread. */
export function createSlackSupportNotifier(client: SlackChat, channel: string): SupportNotifier {
  return {
    channel: 'slack',
    async post(card) {
      const m = renderCaseBlocks(card);
      const res = await call(() =>
        client.chat.postMessage({
          channel,
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: caseCardEventType, event_payload: { case_id: card.caseId } },
        }),
      );
      const at = res.channel ?? channel;
      const ts = res.ts ?? '';
      return { channel: 'slack', threadKey: caseThreadKey(at, ts), ref: { channel: at, ts } };
    },
    async find(caseId) {
      const history = client.conversations?.history;
      if (!history) return undefined;
      const res = await call(() =>
        history.call(client.conversations, { channel, limit: recentMessages, include_all_metadata: true }),
      );
      const found = res.messages?.find(
        (m) =>
          m.metadata?.event_type === caseCardEventType &&
          (m.metadata.event_payload as { case_id?: unknown } | undefined)?.case_id === caseId,
      );
      if (!found?.ts) return undefined;
      return {
        channel: 'slack',
        threadKey: caseThreadKey(channel, found.ts),
        ref: { channel, ts: found.ts },
      };
    },
    async update(post, card) {
      const m = renderCaseBlocks(card);
      await call(() => client.chat.update({ ...refOf(post), text: m.text, blocks: m.blocks }));
    },
    async reply(post, message) {
      const m = renderThreadMessage(message);
      const { channel: at, ts } = refOf(post);
      await call(() =>
        client.chat.postMessage({
          channel: at,
          thread_ts: ts,
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          reply_broadcast: !!message.broadcast,
        }),
      );
    },
  };
}

function isSlackAddress(value: unknown): value is SlackAddress {
  const a = value as Partial<SlackAddress> | null;
  return (
    !!a && typeof a.channelId === 'string' && typeof a.userId === 'string' && typeof a.teamId === 'string'
  );
}

/**
 * Notices to a Slack requester where they talked to the bot: their DM (or its thread), the channel
 * thread they mentioned the bot in, or (after a slash command, whose response_url has expired by
 * then) a direct message, whose conversation then carries the relay.
 */
export function createSlackUserNotifier(client: SlackChat): UserNotifier {
  return {
    channel: 'slack',
    async send(requester: Requester, notice) {
      const to = requester.address;
      if (!isSlackAddress(to))
        throw toDeliveryError({ code: 'slack_webapi_platform_error', data: { error: 'bad_address' } });
      const m = renderUserNotice(notice);
      const direct = to.mode === 'ephemeral';
      const res = await call(() =>
        client.chat.postMessage({
          channel: direct ? to.userId : to.channelId,
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          ...(!direct && to.threadTs ? { thread_ts: to.threadTs } : {}),
        }),
      );
      if (!direct) return { conversationKey: conversationKey(to) };
      const dm: SlackAddress = {
        mode: 'dm',
        teamId: to.teamId,
        channelId: res.channel ?? to.userId,
        userId: to.userId,
      };
      return { conversationKey: conversationKey(dm) };
    },
  };
}
