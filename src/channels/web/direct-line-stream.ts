import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import type { DirectLineTokens } from './direct-line-tokens';
import type { Limiter } from './limiter';
import type { WebConversationStore } from './web-conversation-store';

export interface DirectLineStreamOptions {
  conversations: WebConversationStore;
  tokens: DirectLineTokens;
  /** Where the Direct Line routes are mounted, e.g. "/directline". */
  basePath: string;
  /** Open streams allowed per conversation: a page and a reconnect overlapping, not a crowd. */
  maximumStreamsPerConversation?: number;
  /** Upgrades refused for a missing, forged or foreign token, by client address: guessing tokens costs a 429. */
  refusedPerAddress?: Limiter;
  /** How often an idle stream is sent an empty message and checked with a ping. */
  heartbeatMs?: number;
}

export interface DirectLineStream {
  /** Takes an HTTP upgrade for `…/conversations/{id}/stream`; false when the path is not a stream's. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Closes every open stream (at shutdown). */
  close(): void;
}

/** Answers a refused upgrade with a plain HTTP status, as the WebSocket handshake expects. */
function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}

/**
 * Direct Line 3.0 streaming: the client opens the conversation's `streamUrl` as a WebSocket and is sent
 * `{ activities, watermark }` as each activity is added, the protocol's own way, so a reply appears as
 * soon as it exists instead of on the next poll. The token travels as `t` in the address, as Azure's does;
 * the stream only reads, so everything a person sends still goes through the routes and their limits.
 */
export function createDirectLineStream(options: DirectLineStreamOptions): DirectLineStream {
  const { conversations, tokens } = options;
  const maximumStreams = options.maximumStreamsPerConversation ?? 4;
  const streamPath = new RegExp(`^${options.basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/conversations/([^/]+)/stream$`);
  // Clients never need to send on the stream; a small limit keeps a misbehaving one cheap. The ws library
  // is loaded with the first stream opened: a server nobody streams from does not hold it (some 5 MB).
  let server: WebSocketServer | undefined;
  const webSockets = () => (server ??= new (require('ws') as typeof import('ws')).WebSocketServer({ noServer: true, maxPayload: 4096 }));
  const open = new Map<WebSocket, { conversationId: string; alive: boolean }>();
  /** Streams open on this instance per conversation, for the per-conversation ceiling. */
  const streamCounts = new Map<string, number>();
  const countStream = (conversationId: string, change: number) => {
    const count = (streamCounts.get(conversationId) ?? 0) + change;
    if (count > 0) streamCounts.set(conversationId, count);
    else streamCounts.delete(conversationId);
  };

  /**
   * Sends the history after `watermark`, then each new activity. Activities may be announced out of order
   * when several instances add to one conversation, so a gap is filled from the store instead of skipped,
   * and anything at or below the watermark already sent is not sent twice.
   */
  async function attach(socket: WebSocket, conversationId: string, watermark: number): Promise<void> {
    let sent = watermark;
    let delivery = Promise.resolve();
    const send = (activities: unknown[], after: number) => {
      if (after <= sent) return;
      sent = after;
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ activities, watermark: String(after) }));
    };
    const catchUp = async () => {
      const page = await conversations.since(conversationId, sent);
      if (page.activities.length > 0) send(page.activities, page.watermark);
    };
    const deliver = (activity: unknown, after: number) => {
      delivery = delivery.then(() => (after === sent + 1 ? send([activity], after) : after > sent ? catchUp() : undefined)).catch(() => undefined);
    };
    countStream(conversationId, 1);
    open.set(socket, { conversationId, alive: true });
    let unsubscribe: (() => void) | undefined;
    socket.on('pong', () => {
      const entry = open.get(socket);
      if (entry) entry.alive = true;
    });
    // Anything the client sends is ignored: messages are posted to the activities route.
    socket.on('message', () => undefined);
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      unsubscribe?.();
      unsubscribe = undefined;
      countStream(conversationId, -1);
      open.delete(socket);
    });
    try {
      // Subscribed before the history is read, so nothing added in between is missed.
      const stop = await conversations.subscribe(conversationId, deliver);
      if (!open.has(socket)) return stop();
      unsubscribe = stop;
      delivery = delivery.then(catchUp);
      await delivery;
    } catch {
      socket.terminate();
    }
  }

  const heartbeat = setInterval(() => {
    for (const [socket, entry] of open) {
      if (!entry.alive) {
        socket.terminate();
        continue;
      }
      entry.alive = false;
      socket.ping();
      // Direct Line's keep-alive: an empty message, which clients skip, keeps proxies from closing the socket.
      socket.send('');
      // A conversation that expired or was evicted ends its streams; a store that cannot answer ends none.
      conversations.get(entry.conversationId).then(
        (conversation) => conversation === undefined && socket.terminate(),
        () => undefined,
      );
    }
  }, options.heartbeatMs ?? 20_000);
  heartbeat.unref();

  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const address = new URL(request.url ?? '/', 'http://stream.invalid');
    const match = streamPath.exec(address.pathname);
    if (!match) return false;
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const token = address.searchParams.get('t') ?? bearer;
    const check = token ? tokens.check(token) : undefined;
    let conversationId: string | undefined;
    try {
      conversationId = decodeURIComponent(match[1]);
    } catch {
      conversationId = undefined;
    }
    if (!check?.valid || conversationId !== check.claims.conversationId) {
      const [status, reason] = !token ? [401, 'Unauthorized'] : conversationId === undefined ? [400, 'Bad Request'] : [403, 'Forbidden'];
      refuseCounted(request, socket, status, reason);
      return true;
    }
    if ((streamCounts.get(conversationId) ?? 0) >= maximumStreams) {
      refuse(socket, 429, 'Too Many Requests');
      return true;
    }
    // "-" or nothing: from the start of the conversation, as after a fresh connect.
    const given = Number(address.searchParams.get('watermark'));
    const watermark = Number.isInteger(given) && given > 0 ? given : 0;
    conversations.get(conversationId).then(
      (conversation) => {
        if (!conversation) return refuse(socket, 404, 'Not Found');
        webSockets().handleUpgrade(request, socket, head, (webSocket) => void attach(webSocket, conversationId, watermark));
      },
      () => refuse(socket, 503, 'Service Unavailable'),
    );
    return true;
  }

  /** A refused upgrade, counted against the client's address like refused requests on the routes. */
  function refuseCounted(request: IncomingMessage, socket: Duplex, status: number, reason: string): void {
    if (!options.refusedPerAddress) return refuse(socket, status, reason);
    options.refusedPerAddress.consume(request.socket.remoteAddress ?? 'unknown').then(
      (decision) => (decision.allowed ? refuse(socket, status, reason) : refuse(socket, 429, 'Too Many Requests')),
      () => refuse(socket, status, reason),
    );
  }

  function close(): void {
    clearInterval(heartbeat);
    for (const socket of open.keys()) socket.terminate();
    open.clear();
    server?.close();
  }

  return { handleUpgrade, close };
}
