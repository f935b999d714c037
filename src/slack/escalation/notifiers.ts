import { webApi } from '@slack/bolt';
import type { SupportPost } from '../../core/escalation/case.ts';
import { DeliveryError } from '../../core/escalation/errors.ts';
import type { SupportNotifier, UserNotifier } from '../../core/escalation/notifier.ts';
import type { Requester } from '../../core/escalation/port.ts';
import type { Locale } from '../../core/knowledge/entry.ts';
import { caseThreadKey, conversationKey, type SlackAddress } from '../address.ts';
import type { WorkspaceRef } from '../installations/installation-store.ts';
import type { SlackWorkspaces } from '../workspaces.ts';
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

/**
 * Which client (bot token) and support channel serve a workspace. `undefined` is a requester who came
 * from Teams: with one pasted token that is the one workspace; with installs there is no such thing.
 */
export type SlackRouter = {
  route(
    ws: WorkspaceRef | undefined,
  ): Promise<{ client: SlackChat; supportChannel?: string; locale?: Locale } | undefined>;
};

/** One workspace, one token: the single-token deployment (and tests). */
export function fixedRoute(client: SlackChat, supportChannel?: string): SlackRouter {
  return { route: async () => ({ client, ...(supportChannel ? { supportChannel } : {}) }) };
}

/** Each workspace through its own installation's token and its own settings. */
export function createWorkspaceRouter(
  workspaces: SlackWorkspaces,
  clients: { forToken(token: string): SlackChat },
): SlackRouter {
  return {
    async route(ws) {
      if (!ws && workspaces.multi) return undefined;
      const token = await workspaces.tokenFor(ws ?? {});
      if (!token) return undefined;
      const { supportChannel, locale } = await workspaces.settings(ws ?? {});
      return {
        client: clients.forToken(token),
        ...(supportChannel ? { supportChannel } : {}),
        ...(locale ? { locale } : {}),
      };
    },
  };
}

/** The workspace a Slack requester wrote from; undefined for anyone else. */
function workspaceOf(requester: Requester | undefined): WorkspaceRef | undefined {
  if (requester?.channel !== 'slack' || !isSlackAddress(requester.address)) return undefined;
  return { teamId: requester.address.teamId, enterpriseId: requester.address.enterpriseId };
}

const noInstallation = () =>
  new DeliveryError('unauthorized', {
    adminHint:
      'The Slack workspace has no installation of the app (uninstalled or revoked): install it again.',
  });
const noSupportChannel = () =>
  new DeliveryError('not-found', {
    adminHint:
      'This Slack workspace has no support channel: a workspace admin runs `/intune admin support-channel` in it (or set SLACK_SUPPORT_CHANNEL with a single bot token).',
  });

/** Message metadata on every case card: lets the bot find a card it posted but never heard back about. */
export const caseCardEventType = 'intune_enrollment_case';
const recentMessages = 100;

/**
 * A client for the outbox: it retries nothing itself and reports rate limits at once, so retries
 * and backoff live in one place (the dispatcher) and a case post is never sent twice by two layers.
 */
export function createOutboxSlackClient(token: string, slackApiUrl?: string): webApi.WebClient {
  return new webApi.WebClient(token, outboxClientOptions(slackApiUrl));
}

export function outboxClientOptions(slackApiUrl?: string): webApi.WebClientOptions {
  return {
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 15_000,
    ...(slackApiUrl ? { slackApiUrl } : {}),
  };
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

/** The workspace a card lives in travels in its ref, so updates and replies use that workspace's token. */
function workspaceRef(ws: WorkspaceRef | undefined): Record<string, string> {
  return {
    ...(ws?.teamId ? { team: ws.teamId } : {}),
    ...(ws?.enterpriseId ? { enterprise: ws.enterpriseId } : {}),
  };
}

function workspaceOfPost(post: SupportPost): WorkspaceRef | undefined {
  return post.ref.team || post.ref.enterprise
    ? { teamId: post.ref.team, enterpriseId: post.ref.enterprise }
    : undefined;
}

function isRouter(target: SlackChat | SlackRouter): target is SlackRouter {
  return typeof (target as Partial<SlackRouter>).route === 'function';
}

/**
 * Case cards in a Slack channel: posted, rewritten in place with chat.update, discussed in their thread.
 * With a router, each card goes to the support channel of the requester's own workspace.
 */
export function createSlackSupportNotifier(
  target: SlackChat | SlackRouter,
  channel?: string,
): SupportNotifier {
  const router = isRouter(target) ? target : fixedRoute(target, channel);
  async function routeTo(ws: WorkspaceRef | undefined) {
    const route = await router.route(ws);
    if (!route) throw noInstallation();
    if (!route.supportChannel) throw noSupportChannel();
    return { client: route.client, channel: route.supportChannel };
  }
  async function clientOf(post: SupportPost) {
    const route = await router.route(workspaceOfPost(post));
    if (!route) throw noInstallation();
    return route.client;
  }
  return {
    channel: 'slack',
    async post(card, requester) {
      const ws = workspaceOf(requester);
      const { client, channel } = await routeTo(ws);
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
      return {
        channel: 'slack',
        threadKey: caseThreadKey(at, ts),
        ref: { channel: at, ts, ...workspaceRef(ws) },
        channelId: at,
      };
    },
    async find(caseId, requester) {
      const ws = workspaceOf(requester);
      const { client, channel } = await routeTo(ws);
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
        ref: { channel, ts: found.ts, ...workspaceRef(ws) },
        channelId: channel,
      };
    },
    // The workspace's language setting (`/intune admin language`) is its support team's language too.
    async locale(requester) {
      return (await router.route(workspaceOf(requester)))?.locale;
    },
    async update(post, card) {
      const client = await clientOf(post);
      const m = renderCaseBlocks(card);
      await call(() => client.chat.update({ ...refOf(post), text: m.text, blocks: m.blocks }));
    },
    async reply(post, message) {
      const client = await clientOf(post);
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
export function createSlackUserNotifier(target: SlackChat | SlackRouter): UserNotifier {
  const router = isRouter(target) ? target : fixedRoute(target);
  return {
    channel: 'slack',
    async send(requester: Requester, notice) {
      const to = requester.address;
      if (!isSlackAddress(to))
        throw toDeliveryError({ code: 'slack_webapi_platform_error', data: { error: 'bad_address' } });
      const route = await router.route(workspaceOf(requester));
      if (!route) throw noInstallation();
      const client = route.client;
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
        ...(to.enterpriseId ? { enterpriseId: to.enterpriseId } : {}),
        channelId: res.channel ?? to.userId,
        userId: to.userId,
      };
      return { conversationKey: conversationKey(dm) };
    },
  };
}
