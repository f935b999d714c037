import { codeOf } from '../errors.ts';
import { buildQuestionReply, unansweredQuestions } from '../interview/form.ts';
import type { Locale } from '../knowledge/entry.ts';
import type { Clock } from '../ports/clock.ts';
import type { DocumentStore } from '../ports/document-store.ts';
import type { Logger } from '../ports/logger.ts';
import { noTelemetry, type Telemetry } from '../ports/telemetry.ts';
import type { Translator } from '../ports/translator.ts';
import type { Reply } from '../reply/reply.ts';
import { isInSupportChannel, isRequester, isWhereCardIs, type SupportPlaces } from './authorization.ts';
import { type Case, storageKeys } from './case.ts';
import { buildCaseCard, type EntryTitles } from './case-card.ts';
import { CaseBusyError, createCaseRepository, linkDoc } from './case-repository.ts';
import { createDispatcher, type RetryPolicy } from './dispatcher.ts';
import { buildThreadMessage, buildUserNotice } from './notices.ts';
import type { CaseWebhook, HandoffNotifier, SupportNotifier, UserNotifier } from './notifier.ts';
import { enqueue } from './outbox.ts';
import type {
  Actor,
  Agent,
  CaseAction,
  CaseDetailsEffect,
  EscalateEffect,
  EscalationPort,
  Requester,
} from './port.ts';
import {
  addDetails as addCaseDetails,
  claim as claimCase,
  rate,
  relay,
  remind,
  resolve as resolveCase,
  type SatisfactionOutcome,
  satisfactionOutcome,
  solveByRequester,
} from './transitions.ts';

export type EscalationDeps = {
  store: DocumentStore;
  translator: Translator;
  clock: Clock;
  logger: Logger;
  /** Support channels that get a case card (none = local mode: cases are stored, nobody is notified). */
  support?: SupportNotifier[];
  /** Proactive messages to requesters, one per platform they can come from. */
  users?: UserNotifier[];
  webhook?: CaseWebhook | undefined;
  handoff?: HandoffNotifier | undefined;
  /** Where claims, resolutions and thread replies may come from, per platform (none: from nowhere). */
  supportPlaces?: SupportPlaces;
  /** Language of the support channel cards, unless a support notifier knows its channel's own. */
  supportLocale?: Locale;
  remindMinutes?: number;
  entryTitles?: EntryTitles;
  sleep?: (ms: number) => Promise<void>;
  retry?: Partial<RetryPolicy>;
  /** See the dispatcher: how long one instance holds a notification it is sending. */
  leaseMs?: number;
  instanceId?: string;
  telemetry?: Telemetry;
};

export type EscalationService = EscalationPort & {
  explainUnrelayed(threadKey: string, agentLocale: Locale): Promise<Reply[]>;
  /** Sends whatever a previous run left in the outboxes. Call once at start. */
  start(): Promise<void>;
  /** Reminders for unclaimed cases and retries that are due. The server calls it every minute. */
  tick(): Promise<void>;
  /** Resolves when nothing is being sent (tests, graceful shutdown). */
  idle(): Promise<void>;
  getCase(id: string): Promise<Case | undefined>;
};

const maxRelayChars = 3000;
const text = (t: string): Reply => ({ kind: 'text', text: t });

/**
 * Cases one person may have open at once, over all their conversations: a Slack thread or a Teams
 * channel post is a new conversation, so without it one person could open case after case, each a card
 * in the support channel and a reminder.
 */
const maxOpenPerRequester = 3;

/** One person within their workspace or tenant. */
function requesterKeyOf(r: Requester): string {
  return [r.channel, r.home?.teamId ?? r.home?.tenantId ?? '', r.userId].map(encodeURIComponent).join('/');
}

/** Cases with an outbox: stored first, then sent, claimed once, relayed both ways, resolved, rated. */
export function createEscalationService(deps: EscalationDeps): EscalationService {
  const repo = createCaseRepository(deps.store);
  const support = deps.support ?? [];
  const supportLocale = deps.supportLocale ?? 'en';
  const remindMinutes = deps.remindMinutes ?? 30;
  const log = deps.logger;
  const supportPlaces = deps.supportPlaces ?? {};
  const telemetry = deps.telemetry ?? noTelemetry;
  const dispatcher = createDispatcher({
    repo,
    support,
    users: deps.users ?? [],
    webhook: deps.webhook,
    handoff: deps.handoff,
    clock: deps.clock,
    logger: log,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    ...(deps.retry ? { retry: deps.retry } : {}),
    ...(deps.leaseMs ? { leaseMs: deps.leaseMs } : {}),
    ...(deps.instanceId ? { instanceId: deps.instanceId } : {}),
    telemetry,
    render: {
      card: (c, locale) =>
        buildCaseCard(c, {
          translator: deps.translator,
          locale: locale ?? supportLocale,
          ...(deps.entryTitles ? { entryTitles: deps.entryTitles } : {}),
        }),
      notice: (c, n) => buildUserNotice(c, n, deps.translator),
      thread: (c, n, locale) =>
        buildThreadMessage(c, n, {
          translator: deps.translator,
          locale: locale ?? supportLocale,
          remindMinutes,
        }),
    },
  });
  const now = () => deps.clock.now();
  const kick = (id: string) => void dispatcher.dispatch(id);
  /** False in local mode: cases are stored and listed by `npm run cases`, nobody is told. */
  const notified = (r: Requester) =>
    support.length > 0 || !!deps.webhook || (!!deps.handoff && r.channel === 'teams');

  async function open(effect: EscalateEffect, requester: Requester): Promise<Reply[]> {
    // The conversation's language (the user may have chosen one) wins over the client's.
    const t = deps.translator.forLocale(effect.locale ?? requester.locale);
    try {
      const existingId = await repo.caseForConversation(requester.conversationKey);
      const existing = existingId ? (await repo.get(existingId))?.value : undefined;
      if (existing && existing.status === 'claimed') {
        return [
          text(
            t('escalation:user.alreadyClaimed', {
              caseId: existing.id,
              agent: existing.assignee?.userName ?? '',
            }),
          ),
        ];
      }
      if (existing && existing.status === 'open') {
        // One open case per conversation: asking again does not queue a duplicate for the team. Without a
        // support channel the notice was given when the case was saved: only the case id again, in one line.
        const key = notified(requester) ? 'escalation:user.alreadyOpen' : 'escalation:user.alreadySavedLocal';
        return [text(t(key, { caseId: existing.id }))];
      }
      // Case ids are cheap to ask for in new threads and chats; the support channel's attention is not.
      const reserved = await repo.reserveForRequester(requesterKeyOf(requester), maxOpenPerRequester, now());
      if (!reserved.ok) {
        log.warn('escalation.refused', {
          action: 'open',
          reason: 'too-many-open',
          channel: requester.channel,
          open: reserved.open.length,
        });
        return [text(t('escalation:user.tooManyOpen', { caseIds: reserved.open.join(', ') }))];
      }
      const id = reserved.id;
      const at = now();
      const c: Case = {
        version: 1,
        id,
        status: 'open',
        trigger: effect.trigger,
        requester: { ...requester, locale: effect.locale ?? requester.locale },
        answers: effect.answers,
        shown: effect.shown,
        notHelped: effect.shown.filter((s) => s.verdict === 'not-fixed').map((s) => s.entryId),
        transcript: effect.transcript,
        messages: [],
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        openSince: at.toISOString(),
        cardRevision: 1,
        posts: {},
        outbox: [],
      };
      for (const s of support) enqueue(c, { kind: 'post', target: s.channel }, at);
      if (deps.webhook) enqueue(c, { kind: 'webhook' }, at);
      if (deps.handoff && requester.channel === 'teams') enqueue(c, { kind: 'handoff' }, at);
      // Stored before anything is sent: a crash from here on loses nothing, the outbox resumes it.
      await repo.put(c, undefined, linkDoc(storageKeys.conversation(requester.conversationKey), id));
      log.info('escalation.opened', { caseId: id, trigger: effect.trigger, channel: requester.channel });
      kick(id);
      if (!notified(requester)) {
        // Nobody is coming: the case id to quote, said once and plainly, and no questions "for the team".
        return [{ kind: 'text', tone: 'warning', text: t('escalation:user.openedLocal', { caseId: id }) }];
      }
      const opened = text(t('escalation:user.opened', { caseId: id }));
      // The article's questions not answered yet: each answer goes onto the case while the user waits.
      const missing = unansweredQuestions(effect.answers)[0];
      if (!missing) return [opened];
      return [
        opened,
        text(t('escalation:user.whileYouWait')),
        buildQuestionReply(missing, effect.answers, t),
      ];
    } catch (error) {
      log.error('escalation.open-failed', { code: codeOf(error), channel: requester.channel });
      return [{ kind: 'text', text: t('escalation:user.saveFailed'), tone: 'warning' }];
    }
  }

  async function addDetails(details: CaseDetailsEffect, requester: Requester): Promise<Reply[]> {
    const t = deps.translator.forLocale(details.locale ?? requester.locale);
    const id = await repo.caseForConversation(requester.conversationKey);
    // A note the user wrote must not vanish in silence: say where it went, or that no case took it.
    const say = (key: string) =>
      details.note ? [text(t(`escalation:user.${key}`, { caseId: id ?? '' }))] : [];
    if (!id) return say('noteNoCase');
    let changed = false;
    let closed = false;
    await repo.update(id, (fresh) => {
      closed = fresh.status === 'resolved';
      changed = addCaseDetails(fresh, details, now());
      return changed;
    });
    if (changed) {
      log.info('escalation.details-added', { caseId: id, channel: requester.channel });
      kick(id);
    }
    return say(closed ? 'noteCaseClosed' : 'noteAdded');
  }

  async function solvedByRequester(requester: Requester, entryId?: string): Promise<Reply[]> {
    const id = await repo.caseForConversation(requester.conversationKey);
    if (!id) return [];
    // The one who presses it must be the one who asked (a channel thread has other people in it).
    const who: Agent = { channel: requester.channel, userId: requester.userId, userName: requester.userName };
    const actor: Actor = {
      ...who,
      where: {
        conversationKey: requester.conversationKey,
        teamId: requester.home?.teamId,
        tenantId: requester.home?.tenantId,
      },
    };
    let closed = false;
    let refused = false;
    const c = await repo.update(id, (fresh) => {
      // A card of another problem (after "start over") says nothing about this case.
      if (fresh.status === 'resolved') return false;
      if (entryId !== undefined && !fresh.shown.some((s) => s.entryId === entryId)) return false;
      refused = !isRequester(actor, fresh);
      closed = !refused && solveByRequester(fresh, who, now());
      return closed;
    });
    if (refused) {
      log.warn('escalation.refused', { caseId: id, action: 'requester-solved', channel: requester.channel });
      return [];
    }
    if (!c || !closed) return [];
    log.info('escalation.solved-by-requester', { caseId: id, channel: requester.channel });
    kick(id);
    const t = deps.translator.forLocale(requester.locale);
    // Without a support channel nobody was told when it opened, nor now.
    const key = notified(requester) ? 'escalation:user.closedSolved' : 'escalation:user.closedSolvedLocal';
    return [text(t(key, { caseId: id }))];
  }

  async function relayFromUser(requester: Requester, message: string): Promise<boolean> {
    const body = message.trim().slice(0, maxRelayChars);
    if (!body) return false;
    try {
      const id = await repo.caseForConversation(requester.conversationKey);
      if (!id) return false;
      let relayed = false;
      await repo.update(id, (c) => {
        relayed = relay(c, 'user', requester.userName, body, now());
        return relayed;
      });
      if (relayed) kick(id);
      return relayed;
    } catch (error) {
      log.error('escalation.relay-failed', { code: codeOf(error), direction: 'to-agent' });
      return false;
    }
  }

  async function relayFromAgent(threadKey: string, agent: Actor, message: string): Promise<boolean> {
    const body = message.trim().slice(0, maxRelayChars);
    if (!body) return false;
    try {
      const id = await repo.caseForThread(threadKey);
      if (!id) return false;
      if (!(await isInSupportChannel(agent, supportPlaces))) {
        log.warn('escalation.refused', { caseId: id, action: 'relay', channel: agent.channel });
        return false;
      }
      let relayed = false;
      await repo.update(id, (c) => {
        relayed = relay(c, 'agent', agent.userName, body, now());
        return relayed;
      });
      if (relayed) kick(id);
      return relayed;
    } catch (error) {
      log.error('escalation.relay-failed', { code: codeOf(error), direction: 'to-user' });
      return false;
    }
  }

  async function explainUnrelayed(threadKey: string, agentLocale: Locale): Promise<Reply[]> {
    try {
      const id = await repo.caseForThread(threadKey);
      const c = id ? (await repo.get(id))?.value : undefined;
      if (!c || c.status === 'claimed') return [];
      const t = deps.translator.forLocale(agentLocale);
      const key = c.status === 'open' ? 'escalation:agent.claimFirst' : 'escalation:agent.relayEnded';
      return [text(t(key, { caseId: c.id, user: c.requester.userName }))];
    } catch (error) {
      log.error('escalation.explain-failed', { code: codeOf(error) });
      return [];
    }
  }

  async function handleAction(action: CaseAction, actor: Actor, actorLocale: Locale): Promise<Reply[]> {
    const t = deps.translator.forLocale(actorLocale);
    const caseId = action.caseId;
    const refuse = () => {
      // A case id is easy to guess: a button payload sent from anywhere else changes nothing.
      log.warn('escalation.refused', { caseId: clipId(caseId), action: action.type, channel: actor.channel });
      return [text(t('escalation:agent.supportChannelOnly', { caseId: clipId(caseId) }))];
    };
    if (action.type !== 'case-satisfied' && !(await isInSupportChannel(actor, supportPlaces)))
      return refuse();
    try {
      if (action.type !== 'case-satisfied') {
        // Another workspace's support channel is a support channel, but not where this case's card is.
        const c = (await repo.get(caseId))?.value;
        if (c && !isWhereCardIs(actor, c)) return refuse();
      }
      switch (action.type) {
        case 'case-claim':
          return await claim(caseId, actor, t);
        case 'case-resolve':
          return await resolve(caseId, actor, t);
        case 'case-satisfied':
          return await satisfied(caseId, action.solved, actor, t);
      }
    } catch (error) {
      const code = codeOf(error);
      log.error('escalation.action-failed', { caseId, action: action.type, code });
      const key = error instanceof CaseBusyError ? 'escalation:agent.busy' : 'escalation:agent.storageDown';
      return [{ kind: 'text', text: t(key, { caseId }), tone: 'warning' }];
    }
  }

  type T = ReturnType<Translator['forLocale']>;
  const notFound = (t: T, caseId: string) => [
    text(t('escalation:agent.notFound', { caseId: clipId(caseId) })),
  ];

  async function claim(caseId: string, actor: Actor, t: T): Promise<Reply[]> {
    let won = false;
    const c = await repo.update(caseId, (fresh) => {
      won = claimCase(fresh, agentOf(actor), now());
      return won;
    });
    if (!c) return notFound(t, caseId);
    const user = c.requester.userName;
    if (won) {
      log.info('escalation.claimed', { caseId, channel: actor.channel });
      kick(caseId);
      return [text(t('escalation:agent.claimedByYou', { caseId, user }))];
    }
    if (c.status === 'resolved') {
      return [text(t('escalation:agent.alreadyResolved', { caseId, agent: c.resolvedBy?.userName ?? '' }))];
    }
    if (c.assignee && sameAgent(c.assignee, actor))
      return [text(t('escalation:agent.alreadyYours', { caseId }))];
    return [text(t('escalation:agent.claimedByOther', { caseId, agent: c.assignee?.userName ?? '' }))];
  }

  async function resolve(caseId: string, actor: Actor, t: T): Promise<Reply[]> {
    let done = false;
    const c = await repo.update(caseId, (fresh) => {
      done = resolveCase(fresh, agentOf(actor), now());
      return done;
    });
    if (!c) return notFound(t, caseId);
    if (!done)
      return [text(t('escalation:agent.alreadyResolved', { caseId, agent: c.resolvedBy?.userName ?? '' }))];
    log.info('escalation.resolved', { caseId, channel: actor.channel });
    kick(caseId);
    return [text(t('escalation:agent.resolvedByYou', { caseId, user: c.requester.userName }))];
  }

  async function satisfied(caseId: string, solved: boolean, actor: Actor, t: T): Promise<Reply[]> {
    let outcome = 'recorded' as SatisfactionOutcome;
    const c = await repo.update(caseId, (fresh) => {
      outcome = satisfactionOutcome(fresh, actor);
      if (outcome !== 'recorded') return false;
      rate(fresh, solved, now());
      return true;
    });
    if (!c) return notFound(t, caseId);
    switch (outcome) {
      case 'not-yours':
        log.warn('escalation.refused', { caseId, action: 'case-satisfied', channel: actor.channel });
        return [text(t('escalation:user.notYourCase', { caseId }))];
      case 'not-resolved':
        return [text(t('escalation:user.notResolvedYet', { caseId }))];
      case 'answered':
        return [text(t('escalation:user.alreadyAnswered', { caseId }))];
      default:
        log.info('escalation.satisfaction', { caseId, solved });
        kick(caseId);
        return [
          text(t(solved ? 'escalation:user.thanksSolved' : 'escalation:user.thanksNotSolved', { caseId })),
        ];
    }
  }

  async function tick(): Promise<void> {
    let ids: string[];
    try {
      ids = await repo.activeIds();
    } catch (error) {
      log.error('escalation.tick-failed', { code: codeOf(error) });
      return;
    }
    const at = now();
    // Every active case is read here anyway: counting the unresolved ones costs nothing more.
    const open = { open: 0, claimed: 0 };
    for (const id of ids) {
      try {
        const c = await repo.update(id, (fresh) => remind(fresh, remindMinutes, at));
        if (c?.status === 'open' || c?.status === 'claimed') open[c.status]++;
      } catch (error) {
        log.error('escalation.remind-failed', { caseId: id, code: codeOf(error) });
      }
    }
    for (const [status, count] of Object.entries(open))
      telemetry.record('casesOpen', count, { 'bot.case.status': status });
    await dispatcher.dispatchAll(ids);
  }

  async function start(): Promise<void> {
    try {
      const ids = await repo.activeIds();
      if (ids.length) log.info('escalation.resuming', { cases: ids.length });
      await dispatcher.dispatchAll(ids);
    } catch (error) {
      log.error('escalation.resume-failed', { code: codeOf(error) });
    }
  }

  return {
    open,
    addDetails,
    solvedByRequester,
    relayFromUser,
    relayFromAgent,
    explainUnrelayed,
    handleAction,
    start,
    tick,
    idle: () => dispatcher.idle(),
    getCase: async (id) => (await repo.get(id))?.value,
  };
}

/** Case ids in buttons come from the client: only a bounded piece is echoed or logged. */
function clipId(caseId: string): string {
  return caseId.slice(0, 40);
}

/** Who acted, as the case stores it: the place is checked, not kept. */
function agentOf(actor: Actor): Agent {
  return { channel: actor.channel, userId: actor.userId, userName: actor.userName };
}

function sameAgent(a: Agent, b: Agent): boolean {
  return a.channel === b.channel && a.userId === b.userId;
}
