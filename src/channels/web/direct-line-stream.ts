import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DirectLineTokens } from './direct-line-tokens';
import type { WebConversation, WebConversations } from './web-conversations';

export interface DirectLineStreamOptions {
  conversations: WebConversations;
  tokens: DirectLineTokens;
  /** Where the Direct Line routes are mounted, e.g. "/directline". */
  basePath: string;
  /** Open streams allowed per conversation: a page and a reconnect overlapping, not a crowd. */
  maximumStreamsPerConversation?: number;
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
  // Clients never need to send on the stream; a small limit keeps a misbehaving one cheap.
  const server = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const open = new Map<WebSocket, { conversation: WebConversation; alive: boolean }>();

  function attach(socket: WebSocket, conversation: WebConversation, watermark: number): void {
    const send = (activities: unknown[], after: number) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ activities, watermark: String(after) }));
    };
    const backlog = conversations.since(conversation, watermark);
    if (backlog.activities.length > 0) send(backlog.activities, backlog.watermark);
    const listener = (activity: unknown, after: number) => send([activity], after);
    conversation.listeners.add(listener);
    open.set(socket, { conversation, alive: true });
    socket.on('pong', () => {
      const entry = open.get(socket);
      if (entry) entry.alive = true;
    });
    // Anything the client sends is ignored: messages are posted to the activities route.
    socket.on('message', () => undefined);
    socket.on('error', () => socket.terminate());
    socket.on('close', () => {
      conversation.listeners.delete(listener);
      open.delete(socket);
    });
  }

  const heartbeat = setInterval(() => {
    for (const [socket, entry] of open) {
      // A conversation that expired or was evicted ends its streams; a silent peer is dropped.
      if (!conversations.get(entry.conversation.id) || !entry.alive) {
        socket.terminate();
        continue;
      }
      entry.alive = false;
      socket.ping();
      // Direct Line's keep-alive: an empty message, which clients skip, keeps proxies from closing the socket.
      socket.send('');
    }
  }, options.heartbeatMs ?? 20_000);
  heartbeat.unref();

  function handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const address = new URL(request.url ?? '/', 'http://stream.invalid');
    const match = streamPath.exec(address.pathname);
    if (!match) return false;
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const token = address.searchParams.get('t') ?? bearer;
    if (!token) {
      refuse(socket, 401, 'Unauthorized');
      return true;
    }
    const check = tokens.check(token);
    if (!check.valid) {
      refuse(socket, 403, 'Forbidden');
      return true;
    }
    let conversationId: string;
    try {
      conversationId = decodeURIComponent(match[1]);
    } catch {
      refuse(socket, 400, 'Bad Request');
      return true;
    }
    const conversation = conversationId === check.claims.conversationId ? conversations.get(conversationId) : undefined;
    if (!conversation) {
      refuse(socket, conversationId === check.claims.conversationId ? 404 : 403, conversationId === check.claims.conversationId ? 'Not Found' : 'Forbidden');
      return true;
    }
    if (conversation.listeners.size >= maximumStreams) {
      refuse(socket, 429, 'Too Many Requests');
      return true;
    }
    // "-" or nothing: from the start of the conversation, as after a fresh connect.
    const given = Number(address.searchParams.get('watermark'));
    const watermark = Number.isInteger(given) && given > 0 ? given : 0;
    server.handleUpgrade(request, socket, head, (webSocket) => attach(webSocket, conversation, watermark));
    return true;
  }

  function close(): void {
    clearInterval(heartbeat);
    for (const socket of open.keys()) socket.terminate();
    open.clear();
    server.close();
  }

  return { handleUpgrade, close };
}
