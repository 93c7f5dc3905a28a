import type { LatchConfig } from '../config';
import type { LatchServer } from './create-server';
import { mountWebChat } from './mount-web-chat';
import { closeOnSignals, startServer } from './start-server';
import type { Responder } from '../engine/responder';

export interface ServeOptions {
  config: LatchConfig;
  engine: Responder;
  port?: number;
  host?: string;
  print: (line: string) => void;
}

/**
 * `latch serve`: start the server, say where it is, and close cleanly on SIGTERM or Ctrl-C. Returns the
 * server and a function that stops listening for signals (for tests).
 */
export async function serve(options: ServeOptions): Promise<{ server: LatchServer; stopHandlingSignals: () => void }> {
  const { server, address } = await startServer({ config: options.config, engine: options.engine, port: options.port, host: options.host, mount: mountWebChat });
  const stopHandlingSignals = closeOnSignals(server);
  const { publicUrl } = options.config.server;
  options.print(`latch is listening on ${address.url}`);
  options.print(`  web chat                ${address.url}/${options.config.webChat.azureDirectLine ? '  (through Azure Direct Line)' : ''}`);
  options.print(`  Bot Framework endpoint  ${address.url}/api/messages${publicUrl ? `  (public: ${publicUrl}/api/messages)` : ''}`);
  options.print(`  Teams personal tab      ${address.url}/tab`);
  options.print(`  health and metrics      ${address.url}/healthz  ${address.url}/readyz  ${address.url}/metrics`);
  if (server.shared) options.print(`  conversations shared    Redis at ${server.shared.description}`);
  if (!options.config.botCredentials.appId) options.print('  no MicrosoftAppId set: requests are not authenticated (fine for local use and the Bot Framework Emulator)');
  options.print('Press Ctrl-C to stop.');
  return { server, stopHandlingSignals };
}
