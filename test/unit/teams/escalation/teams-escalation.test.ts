import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConversationReference,
} from 'botbuilder';
import nock from 'nock';
import { createEscalationService } from '../../../../src/core/escalation/service.ts';
import { createTranslator } from '../../../../src/i18n/translator.ts';
import {
  createTeamsHandoffNotifier,
  createTeamsSupportNotifier,
  createTeamsUserNotifier,
} from '../../../../src/teams/escalation/notifiers.ts';
import { linksIn } from '../../../fakes/linkable.ts';
import { MemoryDocumentStore } from '../../../fakes/memory-document-store.ts';
import {
  anEffect,
  aRequester,
  inSupportChannel,
  manualClock,
  recordingLogger,
  supportPlaces,
} from '../../core/escalation/fakes.ts';

const translator = createTranslator();
const serviceUrl = 'https://smba.trafficmanager.net/emea/';
const host = 'https://smba.trafficmanager.net';
const supportChannel = '19:support@thread.tacv2';
const threadId = `${supportChannel};messageid=1700000000001`;
const enc = (s: string) => encodeURIComponent(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
});
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const userReference: Partial<ConversationReference> = {
  channelId: 'msteams',
  serviceUrl,
  conversation: { id: 'a:conv-1', isGroup: false, conversationType: 'personal', name: '' },
  user: { id: '29:user-1', name: 'Alex Wilber' },
  bot: { id: '28:bot', name: 'bot' },
};
const teamsRequester = aRequester({ address: userReference, conversationKey: 'msteams/a:conv-1' });

function setUp(options: { handoff?: boolean } = {}) {
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: 'MultiTenant',
    } as never),
  );
  const logger = recordingLogger();
  const service = createEscalationService({
    store: new MemoryDocumentStore(),
    translator,
    clock: manualClock(),
    logger,
    supportPlaces,
    support: [
      createTeamsSupportNotifier({
        adapter,
        appId: '',
        channelId: supportChannel,
        serviceUrl,
        tenantId: 'tenant-1',
      }),
    ],
    users: [createTeamsUserNotifier({ adapter, appId: '' })],
    handoff: options.handoff ? createTeamsHandoffNotifier({ adapter, appId: '' }) : undefined,
    sleep: async () => {},
  });
  return { service, logger };
}

const created = { id: threadId, activityId: '1700000000001' };

/** Opens a case with the handoff event on and returns the `handoff.initiate` activity the hub got. */
async function handOff(
  effect: ReturnType<typeof anEffect>,
  requester = teamsRequester,
): Promise<Record<string, unknown>> {
  let event: Record<string, unknown> = {};
  const scope = nock(host)
    .post('/emea/v3/conversations')
    .reply(200, created)
    .post(new RegExp(`/emea/v3/conversations/${enc('a:conv-1')}/activities`), (b) => {
      event = b;
      return true;
    })
    .reply(200, { id: 'e1' });
  const { service } = setUp({ handoff: true });
  await service.open(effect, requester);
  await service.idle();
  scope.done();
  return event;
}

describe('the Teams support channel', () => {
  test('a case starts a thread in the support channel with a Claim / Resolve card', async () => {
    let body: Record<string, unknown> | undefined;
    const scope = nock(host)
      .post('/emea/v3/conversations', (b) => {
        body = b;
        return true;
      })
      .reply(200, created);
    const { service } = setUp();
    await service.open(
      anEffect({ answers: { errorText: '**bold** [link](https://x.example) <at>boss</at>' } }),
      teamsRequester,
    );
    await service.idle();
    scope.done();
    expect(body).toMatchObject({
      isGroup: true,
      tenantId: 'tenant-1',
      channelData: { channel: { id: supportChannel }, tenant: { id: 'tenant-1' } },
    });
    const json = JSON.stringify(body);
    expect(json).toContain('"data":{"ieb":{"type":"case-claim","caseId":"ENR-1001"}}');
    expect(json.replaceAll('\u2060', '')).toContain(
      '\\\\*\\\\*bold\\\\*\\\\* \\\\[link\\\\](https://x.example)',
    );
    expect((await service.getCase('ENR-1001'))?.posts.teams).toEqual({
      channel: 'teams',
      threadKey: threadId,
      ref: { conversationId: threadId, activityId: '1700000000001' },
      channelId: supportChannel,
    });
  });

  test('429 is retried and the card is posted once', async () => {
    let posts = 0;
    const scope = nock(host)
      .post('/emea/v3/conversations')
      .reply(429, { error: { code: 'Throttled' } }, { 'Retry-After': '0' })
      .post('/emea/v3/conversations', () => {
        posts++;
        return true;
      })
      .reply(200, created);
    const { service } = setUp();
    await service.open(anEffect(), teamsRequester);
    await service.idle();
    scope.done();
    expect(posts).toBe(1);
    expect((await service.getCase('ENR-1001'))?.posts.teams?.threadKey).toBe(threadId);
  });

  test.each([
    [403, 'BotNotInConversationRoster', /not installed in the team that owns TEAMS_SUPPORT_CHANNEL_ID/],
    [404, 'ConversationNotFound', /TEAMS_SUPPORT_CHANNEL_ID was not found/],
  ])(
    '%i from the connector is logged with the fix, the case stays open, the user is told',
    async (status, code, fix) => {
      let told = '';
      const scope = nock(host)
        .post('/emea/v3/conversations')
        .reply(status, { error: { code, message: 'nope' } })
        .post(new RegExp(`/emea/v3/conversations/${enc('a:conv-1')}/activities`), (b) => {
          told = String(b.text);
          return true;
        })
        .reply(200, { id: 'm1' });
      const { service, logger } = setUp();
      await service.open(anEffect(), teamsRequester);
      await service.idle();
      scope.done();
      const gaveUp = logger.lines.find((l) => l.msg === 'escalation.delivery-gave-up');
      expect(String(gaveUp?.fields?.fix)).toMatch(fix);
      expect((await service.getCase('ENR-1001'))?.status).toBe('open');
      expect(told).toMatch(/couldn't reach the support team/);
    },
  );

  test('claim updates the card in place; relay goes into the thread as a new post', async () => {
    const puts: Record<string, unknown>[] = [];
    const threadPosts: string[] = [];
    let userMessage = '';
    const scope = nock(host)
      .post('/emea/v3/conversations')
      .reply(200, created)
      .put(new RegExp(`/emea/v3/conversations/${enc(threadId)}/activities/1700000000001$`), (b) => {
        puts.push(b);
        return true;
      })
      .reply(200, { id: '1700000000001' })
      .post(new RegExp(`/emea/v3/conversations/${enc('a:conv-1')}/activities`), (b) => {
        userMessage = String(b.text);
        return true;
      })
      .reply(200, { id: 'm2' })
      .post(new RegExp(`/emea/v3/conversations/${enc(threadId)}/activities$`), (b) => {
        threadPosts.push(String(b.text));
        return true;
      })
      .reply(200, { id: 'm3' });
    const { service } = setUp();
    await service.open(anEffect(), teamsRequester);
    await service.idle();
    const agent = inSupportChannel({ channel: 'teams', userId: 'aad-ana', userName: 'Ana Lopez' });
    await service.handleAction({ type: 'case-claim', caseId: 'ENR-1001' }, agent, 'en');
    await service.idle();
    expect(await service.relayFromUser(teamsRequester, 'It is a **supervised** iPad')).toBe(true);
    await service.idle();
    scope.done();
    expect(JSON.stringify(puts[0])).toContain('Claimed by Ana Lopez');
    expect(userMessage).toBe(
      'Ana Lopez from the support team has picked up case ENR-1001. Write here and your messages go to them.',
    );
    expect(threadPosts).toEqual(['**Alex Wilber (requester):** It is a \\*\\*supervised\\*\\* iPad']);
    let relayed = '';
    nock(host)
      .post(new RegExp(`/emea/v3/conversations/${enc('a:conv-1')}/activities`), (b) => {
        relayed = String(b.text);
        return true;
      })
      .reply(200, { id: 'm4' });
    expect(await service.relayFromAgent(threadId, agent, 'Which iPadOS version?')).toBe(true);
    await service.idle();
    expect(relayed).toBe('**Ana Lopez (support):** Which iPadOS version?');
  });

  test('TEAMS_HANDOFF_EVENT sends handoff.initiate with the transcript into the user conversation', async () => {
    const event = await handOff(anEffect());
    expect(event).toMatchObject({
      type: 'event',
      name: 'handoff.initiate',
      value: { caseId: 'ENR-1001', trigger: 'not-fixed' },
    });
    expect(JSON.stringify(event.attachments)).toContain('Profile Installation Failed');
  });

  test('handoff.initiate: what the requester typed reaches the hub as words, never as a link, mention or markup', async () => {
    const hostile = [
      '[Reset your password here](https://evil.example/reset) then **Resolved by IT**',
      '<at>Helpdesk Lead</at> call me, <at id="0">everyone</at>',
      '<a href="https://evil.example">open</a><img src="https://evil.example/p.png"> &lt;b&gt;',
      '{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"**URGENT**"}],' +
        '"actions":[{"type":"Action.OpenUrl","title":"Fix","url":"https://evil.example/fix"}]}',
      'go to contoso-support.com/reset or http://203.0.113.9/x, www.intune-help.net',
      '# Case closed',
    ];
    const transcript = hostile.flatMap((text, i) => [
      { from: 'user' as const, text, at: `2026-11-22T01:5${i}:00Z` },
      // The bot's lines quote the requester's answers, so they are no safer.
      { from: 'bot' as const, text: `Noted: ${text}`, at: `2026-11-22T01:5${i}:01Z` },
    ]);
    const event = await handOff(
      anEffect({ transcript, answers: { errorText: hostile.join(' '), platform: 'ios' } }),
    );

    // The transcript is the one attachment: no line of it can become a card of its own.
    const attachments = event.attachments as { name: string; contentType: string; content: unknown }[];
    expect(attachments.map((a) => [a.name, a.contentType])).toEqual([['Transcript', 'application/json']]);
    const lines = (attachments[0]?.content as { activities?: Record<string, unknown>[] })?.activities ?? [];
    expect(lines).toHaveLength(transcript.length);
    const context = event.value as { answers: { errorText: string; platform: string } };
    const shown = [...lines.map((l) => String(l.text)), context.answers.errorText];
    for (const line of lines) {
      expect(line.textFormat).toBe('markdown');
      expect(line.attachments ?? []).toEqual([]);
    }
    for (const text of shown) {
      // No tag (mention, anchor, image) survives, no markdown link or emphasis, no heading, no address.
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/(?<!\\)[[\]*`]/);
      expect(text).not.toMatch(/^#/m);
      expect(linksIn(text)).toEqual([]);
    }
    // Nothing lost: shown as markdown and HTML show it, each line reads as the requester wrote it.
    const asRead = (text: string) =>
      text
        .replaceAll('\u2060', '')
        .replace(/\\(.)/g, '$1')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&amp;', '&');
    expect(lines.map((l) => asRead(String(l.text)))).toEqual(transcript.map((l) => l.text));
    expect(asRead(context.answers.errorText)).toBe(hostile.join(' '));
    expect(context.answers.platform).toBe('ios');
  });

  test("handoff.initiate: the requester's display name reaches the hub escaped like the transcript", async () => {
    const name = '[IT Admin](https://evil.example/x) <at>Helpdesk Lead</at> **Resolved**';
    const requester = aRequester({
      address: { ...userReference, user: { id: '29:user-1', name } },
      conversationKey: 'msteams/a:conv-1',
      userName: name,
    });
    const transcript = [{ from: 'user' as const, text: 'help', at: '2026-11-22T01:50:00Z' }];
    const event = await handOff(anEffect({ transcript }), requester);
    const lines =
      ((event.attachments as { content: { activities: { from: { name: string } }[] } }[])[0]?.content
        .activities as { from: { name: string } }[]) ?? [];
    const names = [
      (event.recipient as { name: string }).name,
      (event.relatesTo as { user: { name: string } }).user.name,
      ...lines.map((l) => l.from.name),
    ];
    expect(names).toHaveLength(3);
    for (const shown of names) {
      expect(shown).not.toMatch(/[<>]/);
      expect(shown).not.toMatch(/(?<!\\)[[\]*`]/);
      expect(linksIn(shown)).toEqual([]);
      // The same escaping as each transcript line: the name still reads as the person wrote it.
      expect(
        shown
          .replaceAll('\u2060', '')
          .replace(/\\(.)/g, '$1')
          .replaceAll('&lt;', '<')
          .replaceAll('&gt;', '>'),
      ).toBe(name);
    }
  });
});
