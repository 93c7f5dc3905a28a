import type { ConfigFile } from './config-file-schema';

/** The HTTP server (`latch serve`): where it listens, how much it accepts, how long it remembers. */
export function serverConfig(server: ConfigFile['server'], authenticated: boolean, production: boolean) {
  return {
    port: server.port,
    /** 127.0.0.1 unless app credentials are set, so an unauthenticated bot is not on the network by accident. */
    host: server.host ?? (authenticated ? '0.0.0.0' : '127.0.0.1'),
    /** The public https address Teams reaches (manifest, tab deep links); undefined for local use. */
    publicUrl: server.public_url?.replace(/\/+$/, ''),
    bodyLimitBytes: server.body_limit_kb * 1024,
    /** Conversation state unused for this long is forgotten (privacy, and memory). */
    idleExpiryMs: server.idle_expiry_minutes * 60_000,
    /** At most this many conversations in memory; the least recently used is forgotten first (memory stays flat). */
    maximumConversations: server.maximum_conversations,
    /** A typing indicator is sent when a reply takes longer than this. */
    typingAfterMs: server.typing_after_ms,
    /** Raw message text in the logs; off unless an operator turns it on. */
    logMessages: server.log_messages,
    logLevel: server.log_level,
    production,
    /** Node's server limits: whole headers, whole request (body included), keep-alive and an idle socket. */
    headersTimeoutMs: server.headers_timeout_seconds * 1000,
    requestTimeoutMs: server.request_timeout_seconds * 1000,
    keepAliveTimeoutMs: server.keep_alive_timeout_seconds * 1000,
    idleSocketTimeoutMs: server.idle_socket_timeout_seconds * 1000,
    maximumConnections: server.maximum_connections,
    unauthenticatedMessagesPerMinutePerAddress: server.unauthenticated_messages_per_minute_per_address,
    /** Origins (besides loopback) that local mode may post replies to; with credentials the token decides. */
    localReplyOrigins: server.local_reply_origins.map((origin) => new URL(origin).origin),
    /** Fetching Microsoft's signing keys: how long to wait, and how long to answer 503 before trying again. */
    openIdMetadata: { timeoutMs: server.open_id_metadata.timeout_ms, retryAfterSeconds: server.open_id_metadata.retry_after_seconds },
  };
}

export type ServerConfig = ReturnType<typeof serverConfig>;
