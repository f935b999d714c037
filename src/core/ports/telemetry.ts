/**
 * Traces and metrics in the core's own terms. The core records what it does (a turn, a match, a
 * screenshot read, a notification sent); whether that goes anywhere is decided at the edge, where an
 * OpenTelemetry implementation exports it when configured. By default nothing is recorded.
 *
 * Attributes hold ids, codes, counts, scores and outcomes only: never message text, names or tokens
 * (the same rule as the Logger port), since traces leave the deployment.
 */
export type TelemetryAttributes = Record<string, string | number | boolean | undefined>;

/** The units of work that get a span; each also feeds a duration histogram (`<name>.duration`, ms). */
export const spanNames = {
  /** One HTTP request from Teams or Slack: the turn runs inside it, so its error lines share the trace. */
  request: 'bot.request',
  turn: 'bot.turn',
  match: 'bot.match',
  ocr: 'bot.ocr',
  outboxSend: 'bot.outbox.send',
} as const;
export type SpanName = (typeof spanNames)[keyof typeof spanNames];

export type MetricKind = 'counter' | 'histogram' | 'gauge';
export type MetricDefinition = { name: string; kind: MetricKind; unit: string; description: string };

/** Every metric the bot records besides span durations, with its unit. One list, so names never drift. */
export const metricDefinitions = {
  turns: {
    name: 'bot.turns',
    kind: 'counter',
    unit: '{turn}',
    description: 'Turns handled, by channel, input kind and outcome',
  },
  matchOutcomes: {
    name: 'bot.match.outcomes',
    kind: 'counter',
    unit: '{match}',
    description: 'Matcher results: confident, a choice of candidates, out of scope, or nothing',
  },
  outboxLag: {
    name: 'bot.outbox.lag',
    kind: 'histogram',
    unit: 'ms',
    description: 'From a notification being queued to its delivery (case card, thread reply, notice)',
  },
  casesOpen: {
    name: 'bot.cases.open',
    kind: 'gauge',
    unit: '{case}',
    description: 'Cases not resolved yet, by status (open, claimed)',
  },
} as const satisfies Record<string, MetricDefinition>;
export type MetricName = keyof typeof metricDefinitions;

/**
 * Attributes with few values (a channel, an outcome, an error code): a span's duration histogram is
 * split by these only, so a metric series never multiplies per case id or entry.
 */
export const metricAttributeKeys: ReadonlySet<string> = new Set([
  'bot.channel',
  'bot.input.kind',
  'bot.outcome',
  'bot.match.outcome',
  'bot.ocr.outcome',
  'bot.notification.kind',
  'bot.notification.target',
  'http.response.status_code',
  'error.type',
]);

/** A span while its work runs: attributes learned on the way (the outcome) are added to it. */
export type ActiveSpan = { set(attributes: TelemetryAttributes): void };

export type Telemetry = {
  /**
   * Runs `work` inside a span, a child of whatever span is running; returns what `work` returns
   * (a promise too: the span ends when it settles). A throw marks the span failed with its code.
   */
  span<T>(name: SpanName, attributes: TelemetryAttributes, work: (span: ActiveSpan) => T): T;
  /** Adds to a counter, records in a histogram or sets a gauge, as the metric's kind says. */
  record(metric: MetricName, value: number, attributes?: TelemetryAttributes): void;
};

const noSpan: ActiveSpan = { set() {} };

/** Records nothing: the default everywhere, and what runs when no exporter is configured. */
export const noTelemetry: Telemetry = {
  span: (_name, _attributes, work) => work(noSpan),
  record() {},
};
