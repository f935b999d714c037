// Per-request timings of a load run, to tell where a slow answer spent its time: opening the
// connection, waiting for the bot to accept it, waiting for the bot to read the request, the bot's own
// work, or the way back. The client side comes from fetch's diagnostics channels (undici), the server
// side from the bot's (scripts/load-probe.ts); both stamp wall-clock milliseconds, and a request is
// matched across the two by its `x-load-seq` header, a connection by its client port. Dev-only.
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

/** Milliseconds of the system's monotonic clock, sub-millisecond: comparable between two processes on one machine. */
export const wallMs = () => Number(process.hrtime.bigint()) / 1e6;

export const seqHeader = 'x-load-seq';

/** What the bot saw of one request (see scripts/load-probe.ts). */
export type ServerTiming = {
  seq: number;
  /** The client's port: with the accept time, identifies the connection. */
  port: number;
  /** When the bot accepted the connection the request came on. */
  acceptedAt: number;
  /** When its headers were parsed, and when its body had been read. */
  startedAt: number;
  readAt?: number;
  /** When the response had been handed to the kernel. */
  finishedAt?: number;
};

export type ClientTiming = {
  seq: number;
  /** What the request was to its sender: 0 for the first. */
  senderTurn: number;
  sentAt: number;
  port?: number;
  /** When the connection the request went on was established (client side), and how many went before. */
  connectedAt?: number;
  earlierOnConnection?: number;
  headersSentAt?: number;
  firstByteAt?: number;
  doneAt?: number;
  ok?: boolean;
};

/** Watches every fetch of this process; `begin` stamps a request before it is sent. */
export function createClientTrace() {
  const bySeq = new Map<number, ClientTiming>();
  const sockets = new WeakMap<Socket, { connectedAt: number; requests: number }>();
  const requests = new WeakMap<object, ClientTiming>();
  const seqOf = (headers: unknown): number | undefined => {
    if (!Array.isArray(headers)) return undefined;
    const i = headers.findIndex((h, k) => k % 2 === 0 && String(h).toLowerCase() === seqHeader);
    return i < 0 ? undefined : Number(headers[i + 1]);
  };
  subscribe('undici:request:create', (m) => {
    const { request } = m as { request: { headers: unknown } };
    const seq = seqOf(request.headers);
    const timing = seq === undefined ? undefined : bySeq.get(seq);
    if (timing) requests.set(request, timing);
  });
  subscribe('undici:client:connected', (m) => {
    sockets.set((m as { socket: Socket }).socket, { connectedAt: wallMs(), requests: 0 });
  });
  subscribe('undici:client:sendHeaders', (m) => {
    const { request, socket } = m as { request: object; socket: Socket };
    const timing = requests.get(request);
    if (!timing) return;
    // A connection opened before the trace began (the health check's) has no connect time.
    let conn = sockets.get(socket);
    if (!conn) {
      conn = { connectedAt: Number.NaN, requests: 1 };
      sockets.set(socket, conn);
    }
    timing.headersSentAt = wallMs();
    timing.port = socket.localPort;
    timing.connectedAt = conn.connectedAt;
    timing.earlierOnConnection = conn.requests++;
  });
  subscribe('undici:request:headers', (m) => {
    const timing = requests.get((m as { request: object }).request);
    if (timing) timing.firstByteAt = wallMs();
  });
  return {
    begin(seq: number, senderTurn: number): ClientTiming {
      const timing: ClientTiming = { seq, senderTurn, sentAt: wallMs() };
      bySeq.set(seq, timing);
      return timing;
    },
    all: () => [...bySeq.values()],
  };
}

/** One row a request, both sides joined; undefined where a side did not see it. */
export type Breakdown = {
  seq: number;
  senderTurn: number;
  /** When it was sent, from the start of the run. */
  atMs: number;
  newConnection: boolean;
  /** Client: from fetch() until the headers were on the wire (includes opening the connection). */
  sendMs: number;
  /** Kernel accept queue: from the client's connect to the bot's accept (new connections only). */
  acceptWaitMs?: number;
  /** From the headers on the wire until the bot parsed them (after the accept, for a new connection). */
  readWaitMs?: number;
  /** The bot: headers parsed → body read → response written. */
  bodyMs?: number;
  serverMs?: number;
  /** From the response written until the client had its first byte. */
  returnMs?: number;
  totalMs: number;
};

export function joinTimings(client: ClientTiming[], server: ServerTiming[]): Breakdown[] {
  const bySeq = new Map(server.map((s) => [s.seq, s]));
  const rows: Breakdown[] = [];
  const start = Math.min(...client.map((c) => c.sentAt));
  for (const c of client) {
    if (c.doneAt === undefined || c.headersSentAt === undefined) continue;
    const s = bySeq.get(c.seq);
    const newConnection = c.earlierOnConnection === 0;
    const received = s ? Math.max(s.startedAt, s.acceptedAt) : undefined;
    rows.push({
      seq: c.seq,
      senderTurn: c.senderTurn,
      atMs: c.sentAt - start,
      newConnection,
      sendMs: c.headersSentAt - c.sentAt,
      ...(s && newConnection && c.connectedAt !== undefined
        ? { acceptWaitMs: s.acceptedAt - c.connectedAt }
        : {}),
      ...(received !== undefined
        ? { readWaitMs: s && newConnection ? s.startedAt - s.acceptedAt : received - c.headersSentAt }
        : {}),
      ...(s?.readAt !== undefined ? { bodyMs: s.readAt - s.startedAt } : {}),
      ...(s?.finishedAt !== undefined ? { serverMs: s.finishedAt - s.startedAt } : {}),
      ...(s?.finishedAt !== undefined && c.firstByteAt !== undefined
        ? { returnMs: c.firstByteAt - s.finishedAt }
        : {}),
      totalMs: c.doneAt - c.sentAt,
    });
  }
  return rows;
}

const pct = (values: number[], p: number) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

export const breakdownColumns = [
  'seq',
  'senderTurn',
  'atMs',
  'newConnection',
  'sendMs',
  'acceptWaitMs',
  'readWaitMs',
  'bodyMs',
  'serverMs',
  'returnMs',
  'totalMs',
] as const satisfies readonly (keyof Breakdown)[];

/** Where the slowest requests spent their time, by group: the summary `--trace` prints. */
export function summarize(rows: Breakdown[]): string[] {
  const slowest = [...rows].sort((a, b) => b.totalMs - a.totalMs).slice(0, Math.max(1, rows.length / 100));
  const threshold = slowest.at(-1)?.totalMs ?? 0;
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
  const group = (name: string, of: Breakdown[]) => {
    if (of.length === 0) return `  ${name}: none`;
    const part = (key: keyof Breakdown) =>
      `${key} p50 ${f(
        pct(
          of.map((r) => r[key] as number),
          50,
        ),
      )}/p99 ${f(
        pct(
          of.map((r) => r[key] as number),
          99,
        ),
      )}`;
    return `  ${name} (${of.length}): total p50 ${f(
      pct(
        of.map((r) => r.totalMs),
        50,
      ),
    )}/p99 ${f(
      pct(
        of.map((r) => r.totalMs),
        99,
      ),
    )} ms; ${(['sendMs', 'acceptWaitMs', 'readWaitMs', 'bodyMs', 'serverMs', 'returnMs'] as const).map(part).join(', ')}`;
  };
  return [
    'per request (ms; the parts add up to the total for a new connection: send ⊇ connect, then accept wait, read wait, server, return):',
    group(
      'on a new connection',
      rows.filter((r) => r.newConnection),
    ),
    group(
      'on a reused connection',
      rows.filter((r) => !r.newConnection),
    ),
    group(
      "a sender's first request",
      rows.filter((r) => r.senderTurn === 0),
    ),
    group(
      "a sender's later requests",
      rows.filter((r) => r.senderTurn > 0),
    ),
    group(`the slowest 1 % (≥ ${f(threshold)} ms)`, slowest),
    `  the slowest 1 %: ${slowest.filter((r) => r.newConnection).length} on a new connection, ${slowest.filter((r) => r.senderTurn === 0).length} a sender's first; their request numbers ${f(
      pct(
        slowest.map((r) => r.seq),
        0,
      ),
    )}–${f(
      pct(
        slowest.map((r) => r.seq),
        100,
      ),
    )}`,
  ];
}
