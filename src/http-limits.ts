import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * How long a client may take, and how many may be connected at once. A request (headers and body)
 * must arrive within `requestMs` of the connection opening or of the previous response on it; an idle
 * kept-alive connection closes after `keepAliveMs`. Node's own headers and request timeouts are set as
 * well, but it checks them only every 30 seconds, so a client sending one byte every few seconds
 * (Slowloris) is closed here, by a timer of its own per connection.
 */
export type HttpLimits = { requestMs: number; keepAliveMs: number; maxConnections: number };

export const defaultHttpLimits: HttpLimits = { requestMs: 10_000, keepAliveMs: 5_000, maxConnections: 1_024 };

export function applyHttpLimits(server: Server, limits: HttpLimits, onSlowClient: () => void): void {
  server.headersTimeout = limits.requestMs;
  server.requestTimeout = limits.requestMs;
  server.keepAliveTimeout = limits.keepAliveMs;
  server.maxConnections = limits.maxConnections;
  const deadlines = new WeakMap<Socket, NodeJS.Timeout>();
  /** Connections with part of a request received: closing those is worth a log line, idle ones are not. */
  const midRequest = new WeakSet<Socket>();
  const arm = (socket: Socket) => {
    clearTimeout(deadlines.get(socket));
    const timer = setTimeout(() => {
      if (midRequest.has(socket)) onSlowClient();
      socket.destroy();
    }, limits.requestMs);
    timer.unref();
    deadlines.set(socket, timer);
  };
  const disarm = (socket: Socket) => clearTimeout(deadlines.get(socket));
  server.on('connection', (socket: Socket) => {
    arm(socket);
    socket.on('data', () => midRequest.add(socket));
    socket.once('close', () => disarm(socket));
  });
  server.on('request', (req, res) => {
    const socket = req.socket;
    let answered = false;
    // Received in full: the bot may take its time to answer. The next request has its own deadline.
    req.once('end', () => {
      if (!answered) disarm(socket);
    });
    res.once('finish', () => {
      answered = true;
      midRequest.delete(socket);
      if (!socket.destroyed) arm(socket);
    });
  });
}

/**
 * Tells whether the server accepted a connection since the last ask. Node accepts one connection per
 * loop turn, so while this keeps saying yes, more are probably waiting in the accept queue: the work
 * limiter gives way to them (see `giveWay` in src/core/async/work-limiter.ts).
 */
export type ConnectionCue = {
  /** Called by the server for each connection it accepts. */
  accepted(): void;
  acceptedSinceAsked(): boolean;
};

export function createConnectionCue(): ConnectionCue {
  let accepted = false;
  return {
    accepted() {
      accepted = true;
    },
    acceptedSinceAsked() {
      const was = accepted;
      accepted = false;
      return was;
    },
  };
}
