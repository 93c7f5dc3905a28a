import { Agent, request as httpRequest } from 'node:http';

/*
 * Malformed requests, as an attacker or a careless client sends them, to every route of a running latch
 * server. Seeded, so a run that finds a 5xx can be replayed exactly.
 */

export interface FuzzOptions {
  seed: number;
  requests: number;
  concurrency: number;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  /** Answers by status code, e.g. { "400": 5120, "200": 3310 }. */
  statuses: Record<string, number>;
  /** Requests answered 5xx, by route, with one example each. */
  serverErrors: Array<{ route: string; status: number; example: string }>;
  /** Requests the server never answered (reset, hang past the client's time limit). */
  unanswered: number;
  routes: Record<string, number>;
  durationMs: number;
}

interface FuzzRequest {
  route: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Session {
  token: string;
  conversationId: string;
}

/** mulberry32: small, fast and seedable; nothing here needs more. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

class Chooser {
  constructor(readonly next: () => number) {}
  integer(maximum: number): number {
    return Math.floor(this.next() * maximum);
  }
  pick<T>(choices: readonly T[]): T {
    return choices[this.integer(choices.length)];
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

const junkStrings = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff\ud800',
  '\u202e\u200b\ufeff',
  '../../etc/passwd',
  '%00%2e%2e%2f',
  '<script>alert(1)</script>',
  '{{constructor.constructor("x")()}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '💥'.repeat(50),
  'my baby is floppy and will not wake',
  'is colostrum enough for my baby',
  'stop',
  '1e309',
];

/** Percent-encoded; a lone surrogate, which encodeURIComponent refuses, becomes the invalid UTF-8 it would be. */
function encoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function deepJson(depth: number, chooser: Chooser): string {
  return chooser.chance(0.5) ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** A JSON value of a wrong or hostile kind, written as text (deep ones could not be built as objects). */
function hostileValue(chooser: Chooser): string {
  switch (chooser.integer(12)) {
    case 0:
      return String(chooser.pick([0, -1, 1e308, -1e308, 12345, 3.14, 2 ** 53 + 1]));
    case 1:
      return chooser.pick(['true', 'false', 'null']);
    case 2:
      return '[]';
    case 3:
      return '{}';
    case 4:
      return deepJson(chooser.pick([5, 40, 1000, 20_000]), chooser);
    case 5:
      return JSON.stringify('x'.repeat(chooser.pick([300, 5000, 70_000])));
    case 6:
      return JSON.stringify(chooser.pick(junkStrings));
    case 7:
      return '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    case 8:
      return JSON.stringify(Array.from({ length: chooser.pick([10, 100, 2000]) }, (_, index) => ({ id: index })));
    case 9:
      return '{"id":{"id":{"id":"x"}}}';
    case 10:
      return JSON.stringify({ id: chooser.pick(junkStrings), name: 7 });
    default:
      return JSON.stringify(chooser.pick(['message', 'invoke', 'event', 'conversationUpdate', 'typing', 'endOfConversation', 'messageReaction', 'installationUpdate']));
  }
}

const activityFields = [
  'type',
  'id',
  'channelId',
  'serviceUrl',
  'conversation',
  'conversation.id',
  'from',
  'from.id',
  'recipient',
  'text',
  'entities',
  'membersAdded',
  'membersRemoved',
  'attachments',
  'channelData',
  'value',
  'timestamp',
  'locale',
  'deliveryMode',
  'name',
  'replyToId',
  'textFormat',
] as const;

/** A Bot Framework Activity with one to three fields broken, as JSON text. */
function brokenActivity(chooser: Chooser, index: number): string {
  const base: Record<string, unknown> = {
    type: chooser.pick(['message', 'message', 'message', 'conversationUpdate', 'invoke', 'event', 'typing']),
    id: `fuzz-${index}`,
    text: chooser.pick(junkStrings),
    channelId: chooser.pick(['msteams', 'webchat', 'emulator', 'test', 'made-up-channel', 'x'.repeat(200)]),
    serviceUrl: chooser.pick(['https://smba.trafficmanager.net/emea/', 'https://attacker.example/', 'http://169.254.169.254/', 'urn:x', 'file:///etc/passwd']),
    conversation: { id: `fuzz-conversation-${chooser.integer(50)}` },
    from: { id: 'fuzz-user', name: 'A parent' },
    recipient: { id: 'latch', name: 'latch' },
    // Mostly inline replies: a fuzz run should not post to the network.
    deliveryMode: chooser.chance(0.9) ? 'expectReplies' : undefined,
    membersAdded: chooser.chance(0.2) ? [{ id: 'fuzz-user' }, { id: 'latch' }] : undefined,
  };
  const replacements: Array<[string, string]> = [];
  const count = 1 + chooser.integer(3);
  for (let broken = 0; broken < count; broken++) replacements.push([chooser.pick(activityFields), hostileValue(chooser)]);
  // Placeholders stand in for the broken values, so deep or huge ones are pasted in as text.
  const placeholders = new Map<string, string>();
  for (const [field, value] of replacements) {
    const placeholder = `__fuzz_${placeholders.size}__`;
    placeholders.set(placeholder, value);
    const [outer, inner] = field.split('.');
    if (inner) {
      const container = typeof base[outer] === 'object' && base[outer] !== null ? (base[outer] as Record<string, unknown>) : {};
      base[outer] = { ...container, [inner]: placeholder };
    } else {
      base[outer] = placeholder;
    }
  }
  let text = JSON.stringify(base);
  for (const [placeholder, value] of placeholders) text = text.replace(`"${placeholder}"`, value);
  return text;
}

/** Bodies that are not JSON objects at all, or not even JSON. */
function brokenBody(chooser: Chooser): string {
  return chooser.pick([
    '',
    'null',
    '[]',
    '1',
    '"text"',
    '{"type":',
    '{"type":"message",',
    '\ufeff{"type":"message"}',
    'type=message&text=hi',
    '{"type":"message"}'.repeat(3),
    deepJson(20_000, chooser),
    deepJson(7_000, chooser),
    '\u0000\u0001\u0002',
    '{"a":1,"a":2}',
    `{"text":"${'\\u0000'.repeat(100)}"}`,
  ]);
}

const contentTypes = ['application/json', 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', ''];

function authorisation(chooser: Chooser, sessions: Session[], session: Session | undefined): string | undefined {
  switch (chooser.integer(8)) {
    case 0:
      return undefined;
    case 1:
      return 'Bearer';
    case 2:
      return `Bearer ${chooser.pick(junkStrings.filter((value) => /^[\x21-\x7e]+$/.test(value)))}`;
    case 3:
      return session ? `Bearer ${session.token.slice(0, -4)}AAAA` : 'Bearer a.b.c';
    case 4:
      return `Bearer ${chooser.pick(sessions).token}`;
    case 5:
      return `Basic ${Buffer.from('user:password').toString('base64')}`;
    default:
      return session ? `Bearer ${session.token}` : undefined;
  }
}

function fuzzRequest(chooser: Chooser, index: number, sessions: Session[]): FuzzRequest {
  const session = sessions.length > 0 && chooser.chance(0.85) ? chooser.pick(sessions) : undefined;
  const conversationId = session && chooser.chance(0.8) ? session.conversationId : chooser.pick(['x', 'latch-missing', '%2e%2e', 'a'.repeat(3000), '../web/session', encoded('\u202e')]);
  const headers: Record<string, string> = {};
  const contentType = chooser.pick(contentTypes);
  if (contentType) headers['content-type'] = contentType;
  const token = authorisation(chooser, sessions, session);
  if (token !== undefined) headers.authorization = token;
  const kind = chooser.integer(21);
  if (kind === 20) return streamUpgrade(chooser, headers, session, conversationId);
  if (kind < 8) return { route: 'POST /api/messages', method: 'POST', path: '/api/messages', headers, body: chooser.chance(0.85) ? brokenActivity(chooser, index) : brokenBody(chooser) };
  if (kind < 11) {
    const body = chooser.chance(0.6) ? brokenActivity(chooser, index) : brokenBody(chooser);
    return { route: 'POST /directline/conversations/:id/activities', method: 'POST', path: `/directline/conversations/${conversationId}/activities`, headers, body };
  }
  if (kind < 13) {
    const watermark = chooser.pick(['', '0', '3', '-1', '1e9', 'yesterday', '9'.repeat(400), '%00']);
    return { route: 'GET /directline/conversations/:id/activities', method: 'GET', path: `/directline/conversations/${conversationId}/activities?watermark=${watermark}`, headers };
  }
  if (kind === 13) return { route: 'POST /directline/conversations', method: 'POST', path: '/directline/conversations', headers, body: chooser.chance(0.5) ? brokenBody(chooser) : `{"locale":${hostileValue(chooser)}}` };
  if (kind === 14) return { route: 'GET /directline/conversations/:id', method: 'GET', path: `/directline/conversations/${conversationId}`, headers };
  if (kind === 15) return { route: 'POST /directline/tokens/refresh', method: 'POST', path: '/directline/tokens/refresh', headers, body: chooser.chance(0.5) ? brokenBody(chooser) : undefined };
  if (kind === 16) return { route: 'POST /web/session', method: 'POST', path: '/web/session', headers, body: chooser.chance(0.5) ? brokenBody(chooser) : undefined };
  if (kind === 17) {
    const path = chooser.pick(['/', '/healthz', '/readyz', '/tab', `/tab?theme=${chooser.pick(junkStrings.map(encoded))}`, '/tab/tab.js', '/tab/tab.css', '/web/branding.css', '/web/latch-web-chat.js', '/web/../../package.json', '/web/%2e%2e/%2e%2e/package.json']);
    return { route: `GET ${path.split('?')[0]}`, method: 'GET', path, headers };
  }
  if (kind === 18) return { route: 'GET /metrics', method: 'GET', path: '/metrics', headers };
  const method = chooser.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'GET', 'HEAD', 'POST']);
  const path = chooser.pick(['/api/messages', '/directline', '/directline/', '/directline/tokens/generate', `/${'a/'.repeat(200)}`, '/%ff%fe', '/api/messages/../healthz', '/tab/teams-js.js/x']);
  return { route: `${method} (other)`, method, path, headers, body: method === 'GET' || method === 'HEAD' ? undefined : brokenBody(chooser) };
}

/** A WebSocket upgrade to the Direct Line stream, with its token in the query or the header, or broken. */
function streamUpgrade(chooser: Chooser, headers: Record<string, string>, session: Session | undefined, conversationId: string): FuzzRequest {
  const upgrade: Record<string, string> = {
    ...headers,
    connection: chooser.pick(['Upgrade', 'upgrade', 'keep-alive, Upgrade']),
    upgrade: chooser.pick(['websocket', 'websocket', 'WebSocket', 'h2c', 'nonsense']),
  };
  if (chooser.chance(0.9)) upgrade['sec-websocket-version'] = chooser.pick(['13', '13', '8', '99', 'x']);
  if (chooser.chance(0.9)) upgrade['sec-websocket-key'] = chooser.pick([Buffer.from(`fuzz-key-${chooser.integer(1e6)}`.padEnd(16, '.').slice(0, 16)).toString('base64'), 'not base64', '']);
  const token = session && chooser.chance(0.7) ? session.token : chooser.pick(['', 'a.b.c', 'garbage']);
  const watermark = chooser.pick(['-', '0', '5', '-7', 'x', '1e99']);
  const query = chooser.chance(0.8) ? `?watermark=${watermark}&t=${encoded(token)}` : `?watermark=${watermark}`;
  return { route: 'GET /directline/conversations/:id/stream (upgrade)', method: 'GET', path: `/directline/conversations/${conversationId}/stream${query}`, headers: upgrade };
}

function send(baseUrl: string, agent: Agent, fuzz: FuzzRequest, timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const url = new URL(baseUrl);
    const body = fuzz.body === undefined ? undefined : Buffer.from(fuzz.body);
    const headers = { ...fuzz.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const request = httpRequest({ host: url.hostname, port: url.port, method: fuzz.method, path: fuzz.path, headers, agent, timeout: timeoutMs }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
      response.on('error', () => resolve(undefined));
    });
    // A stream that opened: counted as answered (101), then closed at once.
    request.on('upgrade', (_response, socket) => {
      socket.destroy();
      resolve(101);
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve(undefined));
    request.end(body);
  });
}

async function openSessions(baseUrl: string, count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let index = 0; index < count; index++) {
    const session = (await (await fetch(`${baseUrl}/web/session`, { method: 'POST' })).json()) as Session;
    await fetch(`${baseUrl}/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
    sessions.push(session);
  }
  return sessions;
}

/** Sends `requests` malformed requests to the server at `baseUrl`, `concurrency` at a time, and counts the answers. */
export async function fuzzServer(baseUrl: string, options: FuzzOptions): Promise<FuzzReport> {
  const chooser = new Chooser(randomSource(options.seed));
  const sessions = await openSessions(baseUrl, 6);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const report: FuzzReport = { seed: options.seed, requests: 0, statuses: {}, serverErrors: [], unanswered: 0, routes: {}, durationMs: 0 };
  const planned = Array.from({ length: options.requests }, (_, index) => fuzzRequest(chooser, index, sessions));
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < planned.length) {
      const fuzz = planned[next++];
      const status = await send(baseUrl, agent, fuzz, 30_000);
      report.requests++;
      report.routes[fuzz.route] = (report.routes[fuzz.route] ?? 0) + 1;
      if (status === undefined) {
        report.unanswered++;
        continue;
      }
      report.statuses[status] = (report.statuses[status] ?? 0) + 1;
      if (status >= 500 && !report.serverErrors.some((error) => error.route === fuzz.route && error.status === status)) {
        report.serverErrors.push({ route: fuzz.route, status, example: `${fuzz.method} ${fuzz.path.slice(0, 120)} ${JSON.stringify(fuzz.headers)} ${(fuzz.body ?? '').slice(0, 300)}` });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  report.durationMs = Math.round(performance.now() - started);
  return report;
}

export function serverErrorCount(report: FuzzReport): number {
  return Object.entries(report.statuses)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, count]) => sum + count, 0);
}
