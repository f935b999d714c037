import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request as BotRequest, Response as BotResponse, TurnContext } from 'botbuilder';
import restify from 'restify';
import { codeOf } from './core/errors.ts';
import type { Logger } from './core/ports/logger.ts';

/** Slack's receiver: it verifies the signature over the raw body, so its route has no body parser. */
export type SlackMount = { handle(req: IncomingMessage, res: ServerResponse): Promise<void> };

export type BotEndpoint = {
  adapter: {
    process(req: BotRequest, res: BotResponse, logic: (context: TurnContext) => Promise<void>): Promise<void>;
  };
  bot: { run(context: TurnContext): Promise<void> };
};

export type ServerDeps = {
  teams: BotEndpoint;
  /** Storage (or anything) that throws when the bot cannot serve. */
  health: { check(): Promise<void> };
  logger: Logger;
  slack?: SlackMount | undefined;
  /** Largest accepted /api/messages body; Teams activities are far below 1 MB. */
  maxBodyBytes?: number;
};

/**
 * The HTTP surface: `POST /api/messages` (Bot Framework, JSON parsed here), `POST /slack/events`
 * (raw body, when Slack is on) and `GET /healthz`. Does not listen: the caller (index.ts or a test)
 * picks the port.
 */
export function createServer(deps: ServerDeps): restify.Server {
  const { logger } = deps;
  const server = restify.createServer({
    name: 'intune-enrollment-assistant',
    handleUncaughtExceptions: false,
  });

  server.on(
    'restifyError',
    (
      req: restify.Request,
      _res: restify.Response,
      err: { statusCode?: number; name?: string },
      cb: () => void,
    ) => {
      logger.warn('http-error', {
        method: req.method,
        path: req.getPath(),
        status: err.statusCode,
        code: err.name,
      });
      cb();
    },
  );

  const bodyParser = restify.plugins.bodyParser({
    maxBodySize: deps.maxBodyBytes ?? 1024 * 1024,
    mapParams: false,
  });
  server.post('/api/messages', bodyParser, async (req: restify.Request, res: restify.Response) => {
    try {
      await deps.teams.adapter.process(req, res, (context) => deps.teams.bot.run(context));
    } catch (error) {
      logger.error('bot-request-failed', { code: codeOf(error) });
      if (!res.headersSent) res.send(500, { error: 'internal' });
    }
  });

  const slack = deps.slack;
  if (slack) {
    server.post('/slack/events', async (req: restify.Request, res: restify.Response) => {
      try {
        await slack.handle(req, res);
      } catch (error) {
        logger.error('slack-request-failed', { code: codeOf(error) });
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end();
        }
      }
    });
  }

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    try {
      await deps.health.check();
      res.send(200, { status: 'ok', storage: 'ok' });
    } catch (error) {
      logger.error('health-check-failed', { code: codeOf(error) });
      res.send(503, { status: 'unavailable', storage: 'error' });
    }
  });

  return server;
}
