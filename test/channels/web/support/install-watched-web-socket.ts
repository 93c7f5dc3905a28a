import { WebSocket } from 'ws';

/**
 * ws installed as the global WebSocket, noting the address of every socket opened: botframework-directlinejs
 * streams only where a global WebSocket exists, as in a browser, and Node 20 has none. `restore` puts back
 * whatever was there before.
 */
export function installWatchedWebSocket(): { WebSocket: new (address: string) => WebSocket; sockets: string[]; restore(): void } {
  const sockets: string[] = [];
  class WatchedWebSocket extends WebSocket {
    constructor(address: string) {
      super(address);
      sockets.push(address);
    }
  }
  const globals = globalThis as { WebSocket?: unknown };
  const ownWebSocket = globals.WebSocket;
  globals.WebSocket = WatchedWebSocket;
  return {
    WebSocket: WatchedWebSocket,
    sockets,
    restore: () => {
      globals.WebSocket = ownWebSocket;
    },
  };
}
