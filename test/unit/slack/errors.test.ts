import { describe, expect, it } from '@jest/globals';
import type { App, webApi } from '@slack/bolt';
import { createTranslator } from '../../../src/i18n/translator.ts';
import type { SlackContext } from '../../../src/slack/context.ts';
import type { Delivery } from '../../../src/slack/delivery.ts';
import { registerErrorHandler } from '../../../src/slack/listeners/errors.ts';
import type { SlackMessage } from '../../../src/slack/message.ts';
import { RecordingLogger } from '../../fakes/teams-test-bot.ts';

type Handler = (args: {
  error: Error & { code: string };
  body: unknown;
  context: Record<string, unknown>;
}) => Promise<void>;

function setup() {
  let handler: Handler | undefined;
  const app = { error: (h: Handler) => (handler = h) } as unknown as App;
  const responded: { url: string; body: Record<string, unknown> }[] = [];
  const sent: { channel: string; threadTs?: string | undefined; messages: SlackMessage[] }[] = [];
  const delivery: Delivery = {
    async replace() {
      return false;
    },
    async respond(url, body) {
      responded.push({ url, body });
      return true;
    },
    async send(_c, to, messages) {
      sent.push({ channel: to.channelId, threadTs: to.threadTs, messages });
      return messages.map(() => undefined);
    },
  };
  const logger = new RecordingLogger();
  const ctx = {
    delivery,
    logger,
    translator: createTranslator(),
    defaultLocale: 'fr',
    clients: { forToken: () => ({}) as webApi.WebClient },
    users: {
      // U0SV uses Slack in Swedish; anyone else's language is unknown.
      async lookup(_client: unknown, _team: string, userId: string) {
        return userId === 'U0SV' ? { name: 'Sven', locale: 'sv' } : { name: '' };
      },
    },
  } as unknown as SlackContext;
  registerErrorHandler(app, ctx);
  if (!handler) throw new Error('no error handler registered');
  return { handler, responded, sent, logger };
}

const error = Object.assign(new Error('listener exploded with user text'), {
  code: 'slack_bolt_unknown_error',
});

describe('last-resort error handler', () => {
  it('logs the code and answers an interaction privately, never with the raw message', async () => {
    const { handler, responded, logger } = setup();
    await handler({
      error,
      body: { response_url: 'https://hooks.slack.com/a' },
      context: { botToken: 'xoxb-1' },
    });
    expect(responded[0]?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(responded[0]?.body.text)).toContain('Un problème est survenu');
    expect(JSON.stringify(responded)).not.toContain('exploded');
    expect(logger.lines[0]).toMatchObject({
      msg: 'slack.unhandled',
      fields: { code: 'slack_bolt_unknown_error' },
    });
  });

  it('answers in the user’s Slack language when it is known', async () => {
    const { handler, responded } = setup();
    await handler({
      error,
      body: { response_url: 'https://hooks.slack.com/b', user_id: 'U0SV' },
      context: { botToken: 'xoxb-1' },
    });
    expect(String(responded[0]?.body.text)).toContain('Något gick fel hos mig');
  });

  it('answers an event in its thread', async () => {
    const { handler, sent } = setup();
    await handler({
      error,
      body: { event: { channel: 'C1', user: 'U1', ts: '5.5', channel_type: 'channel' } },
      context: { teamId: 'T1', botToken: 'xoxb-1' },
    });
    expect(sent).toMatchObject([{ channel: 'C1', threadTs: '5.5' }]);
  });
});
