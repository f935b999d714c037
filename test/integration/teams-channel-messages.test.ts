import { describe, expect, test } from '@jest/globals';
import type { Activity } from 'botbuilder';
import type { Agent } from '../../src/core/escalation/port.ts';
import { createFakeEngine } from '../fakes/fake-engine.ts';
import { FakeEscalation } from '../fakes/fake-escalation.ts';
import { createTestBot } from '../fakes/teams-test-bot.ts';

const supportChannel = '19:support@thread.tacv2';
const caseThread = `${supportChannel};messageid=1700000000001`;

/** Relays only in the thread of a claimed case, as the escalation service does. */
class CaseThreads extends FakeEscalation {
  override async relayFromAgent(threadKey: string, agent: Agent, text: string): Promise<boolean> {
    if (threadKey !== caseThread) return false;
    return super.relayFromAgent(threadKey, agent, text);
  }
}

/** A message in a team channel as Teams delivers it with resource-specific consent: no mention needed. */
function channelMessage(
  text: string,
  where: { channel: string; thread: string },
  mention = false,
): Partial<Activity> {
  return {
    type: 'message',
    text: mention ? `<at>Enrollment Assistant</at> ${text}` : text,
    from: { id: '29:agent-1', name: 'Dana Agent', aadObjectId: 'aad-agent-1' },
    conversation: { id: where.thread, conversationType: 'channel', isGroup: true, name: '' },
    channelData: { tenant: { id: 'tenant-1' }, channel: { id: where.channel }, team: { id: '19:team' } },
    ...(mention
      ? {
          entities: [
            {
              type: 'mention',
              text: '<at>Enrollment Assistant</at>',
              mentioned: { id: '28:bot', name: 'Enrollment Assistant' },
            },
          ],
        }
      : {}),
  };
}

function setUp() {
  const escalation = new CaseThreads();
  const bot = createTestBot({ engine: createFakeEngine(), escalation, supportChannelId: supportChannel });
  return { escalation, ...bot };
}

describe('Teams channel messages delivered without an @mention', () => {
  test("an agent's reply in a case thread reaches the requester without a mention", async () => {
    const { escalation, say } = setUp();
    const replies = await say(
      channelMessage('Remove the old device from Intune and retry', {
        channel: supportChannel,
        thread: caseThread,
      }),
    );
    expect(replies).toEqual([]);
    expect(escalation.relayedFromAgent).toEqual([
      {
        threadKey: caseThread,
        agent: expect.objectContaining({ userId: 'aad-agent-1' }),
        text: 'Remove the old device from Intune and retry',
      },
    ]);
  });

  test('messages outside case threads are ignored: no reply, no relay, nothing logged of them', async () => {
    const { escalation, say, logger, storage } = setUp();
    const secret = 'Payroll numbers for Q3 are in the usual place';
    const places = [
      { channel: '19:general@thread.tacv2', thread: '19:general@thread.tacv2;messageid=42' },
      // The support channel, but a thread that is no case (a new post, or the team chatting).
      { channel: supportChannel, thread: `${supportChannel};messageid=1700000000999` },
    ];
    for (const where of places) expect(await say(channelMessage(secret, where))).toEqual([]);
    expect(escalation.relayedFromAgent).toEqual([]);
    expect(escalation.relayedFromUser).toEqual([]);
    const logged = JSON.stringify(logger.lines);
    expect(logged).not.toContain('Payroll');
    expect(logged).not.toContain('Dana');
    // Nothing is stored for those conversations either (no dialog state, no text).
    expect(JSON.stringify(await storage.read(places.map((p) => `msteams/conversations/${p.thread}`)))).toBe(
      '{}',
    );
  });

  test('with an @mention it still works, as in installs without the consent', async () => {
    const { escalation, say } = setUp();
    await say(
      channelMessage('Try a new enrollment token', { channel: supportChannel, thread: caseThread }, true),
    );
    expect(escalation.relayedFromAgent.map((r) => r.text)).toEqual(['Try a new enrollment token']);
    // A mention in any other channel is a question for the bot, answered in its thread.
    const answer = await say(
      channelMessage(
        'Device cap reached',
        { channel: '19:general@thread.tacv2', thread: '19:general@thread.tacv2;messageid=7' },
        true,
      ),
    );
    expect(answer.length).toBeGreaterThan(0);
  });

  test('a case button pressed in the support channel still reaches escalation', async () => {
    const { escalation, say } = setUp();
    const press = {
      ...channelMessage('', { channel: supportChannel, thread: caseThread }),
      text: undefined,
      value: { ieb: { type: 'case-claim', caseId: 'ENR-1001' } },
    } as Partial<Activity>;
    expect(await say(press)).toEqual(['case-claim by aad-agent-1']);
    expect(escalation.actions).toHaveLength(1);
  });
});
