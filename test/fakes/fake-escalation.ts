import type {
  Agent,
  CaseAction,
  EscalateEffect,
  EscalationPort,
  Requester,
} from '../../src/core/escalation/port.ts';
import type { Locale } from '../../src/core/knowledge/entry.ts';
import type { Reply } from '../../src/core/reply/reply.ts';

/** Records what the adapter asked of escalation; `claimed` users have their messages relayed. */
export class FakeEscalation implements EscalationPort {
  opened: { effect: EscalateEffect; requester: Requester }[] = [];
  relayedFromUser: { requester: Requester; text: string }[] = [];
  relayedFromAgent: { threadKey: string; agent: Agent; text: string }[] = [];
  actions: { action: CaseAction; actor: Agent; locale: Locale }[] = [];
  claimed = new Set<string>();
  failOpen = false;

  async open(effect: EscalateEffect, requester: Requester): Promise<Reply[]> {
    if (this.failOpen) throw Object.assign(new Error('down'), { code: 'notifier-unavailable' });
    this.opened.push({ effect, requester });
    return [{ kind: 'text', text: `case opened for ${requester.userId}` }];
  }

  async relayFromUser(requester: Requester, text: string): Promise<boolean> {
    if (!this.claimed.has(requester.userId)) return false;
    this.relayedFromUser.push({ requester, text });
    return true;
  }

  async handleAction(action: CaseAction, actor: Agent, locale: Locale): Promise<Reply[]> {
    this.actions.push({ action, actor, locale });
    return [{ kind: 'text', text: `${action.type} by ${actor.userId}` }];
  }

  async relayFromAgent(threadKey: string, agent: Agent, text: string): Promise<boolean> {
    this.relayedFromAgent.push({ threadKey, agent, text });
    return true;
  }
}
