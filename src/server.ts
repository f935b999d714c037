import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request as BotRequest, Response as BotResponse, TurnContext } from 'botbuilder';
import restify from 'restify';
import { z } from 'zod';
import { codeOf } from './core/errors.ts';
import type { Logger } from './core/ports/logger.ts';
import { noTelemetry, spanNames, type Telemetry } from './core/ports/telemetry.ts';
import { applyHttpLimits, type ConnectionCue, defaultHttpLimits, type HttpLimits } from './http-limits.ts';

/**
 * Slack's receiver: it verifies the signature over the raw body, so its route has no body parser.
 * With `oauth` it also serves the install page and Slack's redirect back after consent.
 */
export type SlackMount = {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  oauth?: boolean;
};

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
  /** Timeouts and the connection cap (defaults: requests within 10 s, idle keep-alive 5 s, 1,024 connections). */
  limits?: Partial<HttpLimits>;
  telemetry?: Telemetry;
  /** Told of every accepted connection, so turn work can give way to a burst of them. */
  connections?: ConnectionCue;
};

/**
 * The HTTP surface: `POST /api/messages` (Bot Framework, JSON parsed here), `POST /slack/events`
 * (raw body, when Slack is on) and `GET /healthz`. Does not listen: the caller (index.ts or a test)
 * picks the port.
 */
export function createServer(deps: ServerDeps): restify.Server {
  const { logger } = deps;
  const telemetry = deps.telemetry ?? noTelemetry;
  /** Each platform request in a span, so every log line of its turn, errors included, has its trace id. */
  const traced =
    (channel: string, handler: (req: restify.Request, res: restify.Response) => Promise<void>) =>
    // Restify tells async handlers from callback ones by their kind: this one must stay `async`.
    async (req: restify.Request, res: restify.Response) =>
      telemetry.span(spanNames.request, { 'bot.channel': channel }, async (span) => {
        await handler(req, res);
        span.set({ 'http.response.status_code': res.statusCode });
      });
  const server = restify.createServer({
    name: 'intune-enrollment-assistant',
    handleUncaughtExceptions: false,
  });
  applyHttpLimits(server.server, { ...defaultHttpLimits, ...deps.limits }, () =>
    logger.warn('http-slow-client-closed', {}),
  );
  const connections = deps.connections;
  if (connections) server.server.on('connection', () => connections.accepted());

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
  const fromTeams = async (req: restify.Request, res: restify.Response) => {
    const problem = activityProblem(req.body);
    if (problem) {
      logger.warn('bot-request-invalid', { reason: problem });
      res.send(400, { error: 'bad-request' });
      return;
    }
    // The SDK writes its own error text (and sometimes a library's) into a failed response: it answers
    // into a buffer, and the client gets a status and a code of ours.
    const answer = bufferedResponse(res.socket);
    let admitted = false;
    try {
      await deps.teams.adapter.process(req, answer, (context) => {
        admitted = true;
        return deps.teams.bot.run(context);
      });
    } catch (error) {
      logger.error('bot-request-failed', { code: codeOf(error) });
      answer.status(500);
    }
    const status = answer.statusCode;
    // Refused before any turn ran: the token was missing, forged, expired or for another bot.
    if (status === 401 || status === 403 || (!admitted && status >= 500)) {
      logger.warn('bot-request-unauthorized', { status });
      res.send(401, { error: 'unauthorized' });
    } else if (status >= 400) {
      res.send(status, { error: status >= 500 ? 'internal' : 'bad-request' });
    } else if (answer.body !== undefined) {
      res.send(status, answer.body);
    } else {
      res.status(status);
      res.end();
    }
  };
  server.post('/api/messages', bodyParser, traced('teams', fromTeams));
  // The Agents Playground and health probes knock with HEAD: a quiet yes, no error in the log.
  server.head('/api/messages', async (_req: restify.Request, res: restify.Response) => {
    res.status(204);
    res.end();
  });

  const slack = deps.slack;
  if (slack) {
    const toSlack = traced('slack', async (req: restify.Request, res: restify.Response) => {
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
    server.post('/slack/events', toSlack);
    if (slack.oauth) {
      server.get('/slack/install', toSlack);
      server.get('/slack/oauth_redirect', toSlack);
    }
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

const idOf = z.looseObject({ id: z.string().min(1) });
/**
 * What every turn relies on: an activity type, who wrote it, in which conversation, where to answer, and
 * text that is text. The Bot Framework always sends these; a body without them (an unsigned request in
 * local mode) would fail inside the SDK or the dialog instead of being refused here.
 */
const activityShapeSchema = z.looseObject({
  type: z.string().min(1),
  from: idOf,
  conversation: idOf,
  serviceUrl: z.string().min(1),
  text: z.string().nullish(),
});

/** The first field that does not fit, for the log line; undefined for a usable activity. */
function activityProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'not an object';
  const result = activityShapeSchema.safeParse(body);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue?.path.length ? `bad ${issue.path.join('.')}` : 'not an activity';
}

/** A response the SDK can write to (`status`, `header`, `send`, `end`) that keeps what it wrote. */
function bufferedResponse(socket: unknown) {
  const answer = {
    socket,
    statusCode: 200,
    body: undefined as unknown,
    status(code: number) {
      answer.statusCode = code;
      return answer;
    },
    header() {
      return answer;
    },
    send(body?: unknown) {
      answer.body = body;
      return answer;
    },
    end() {
      return answer;
    },
  };
  return answer;
}
