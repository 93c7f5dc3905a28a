import { Writable } from 'node:stream';
import type { Activity } from 'botbuilder';
import { loadConfig, type LatchConfig } from '../../src/config';
import { createLogger } from '../../src/server/create-logger';
import { createServer, type CreateServerOptions, type LatchServer } from '../../src/server/create-server';
import { sharedEngine } from './shared-engine';
import type { Responder } from '../../src/engine/responder';

export interface ConfigOverrides {
  server?: Partial<LatchConfig['server']>;
  botCredentials?: Partial<LatchConfig['botCredentials']>;
  clinic?: LatchConfig['clinic'];
}

/** The real config with no latch.config.yaml influence beyond defaults, adjusted for a test. */
export function testConfig(overrides: ConfigOverrides = {}): LatchConfig {
  const config = loadConfig({});
  return {
    ...config,
    server: { ...config.server, host: '127.0.0.1', port: 0, logLevel: 'info', ...overrides.server },
    botCredentials: { ...config.botCredentials, ...overrides.botCredentials },
    clinic: overrides.clinic ?? config.clinic,
  };
}

/** Log lines written by the server, parsed, so tests can check what is (not) logged. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') this.lines.push(JSON.parse(line) as Record<string, unknown>);
    callback();
  }
  get text(): string {
    return this.lines.map((line) => JSON.stringify(line)).join('\n');
  }
}

export interface TestServer {
  server: LatchServer;
  url: string;
  logs: LogCapture;
  /** POSTs an activity to /api/messages and returns the status and the parsed body (if any). */
  post(activity: Partial<Activity> | string, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export async function startTestServer(options: { config?: LatchConfig; engine?: Responder } & Omit<Partial<CreateServerOptions>, 'config' | 'engine'> = {}): Promise<TestServer> {
  const config = options.config ?? testConfig();
  const logs = new LogCapture();
  const server = createServer({ ...options, config, engine: options.engine ?? sharedEngine(), logger: createLogger(config.server, logs) });
  const address = await server.listen(0, '127.0.0.1');
  const url = address.url;
  return {
    server,
    url,
    logs,
    async post(activity, headers = {}) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof activity === 'string' ? activity : JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body };
    },
    close: () => server.close(100),
  };
}

let activityCounter = 0;

/** A message Activity as a channel sends it, asking for the replies inline (expectReplies). */
export function messageActivity(text: string, overrides: Partial<Activity> = {}): Partial<Activity> {
  activityCounter++;
  return {
    type: 'message',
    id: `activity-${activityCounter}`,
    text,
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    timestamp: new Date('2026-11-26T10:00:00.000Z'),
    conversation: { id: 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'A parent' },
    recipient: { id: 'bot-1', name: 'latch' },
    deliveryMode: 'expectReplies',
    ...overrides,
  };
}

/** The texts a reply list shows, whether as plain text or as an answer card's short answer. */
export function replyTexts(activities: Partial<Activity>[]): string[] {
  return activities.map((activity) => activity.text ?? (activity.attachments?.[0]?.content as { body?: { text?: string }[] } | undefined)?.body?.[0]?.text ?? '');
}
