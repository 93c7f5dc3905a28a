import type { Activity, Message } from 'botframework-directlinejs';
import { DirectLine } from 'botframework-directlinejs';
import { sharedEngine } from '../../../support/shared-engine';
import type { LatchServer } from '../../../../src/server/create-server';
import { fetchAjax } from '../support/fetch-ajax';
import { waitForActivity } from '../support/wait-for-activity';
import { startFullServer } from '../support/full-server';
import { startSession } from '../support/web-test-server';
import { installWatchedWebSocket } from '../support/install-watched-web-socket';

let server: { server: LatchServer; url: string };

class PollingOnly {
  constructor() {
    throw new Error('this test polls; no WebSocket should be opened');
  }
}

type Reply = Activity & { replyToId?: string };

// Starting the server trains the classifier, which takes seconds on a busy machine.
beforeAll(async () => {
  server = await startFullServer();
}, 60_000);

afterAll(async () => {
  await server.server.close(0);
});


describe('the official botframework-directlinejs client, polling latch', () => {
  it('connects, receives the welcome, asks why the milk is late and receives a reply with suggested actions', async () => {
    const messages = sharedEngine().knowledgeBase.messages;
    const session = await startSession(server.url);
    const directLine = new DirectLine({
      domain: `${server.url}/directline`,
      token: session.token,
      webSocket: false,
      pollingInterval: 200,
      ajax: fetchAjax as never,
      // Node 20 has no global WebSocket and the client looks it up even when told to poll.
      WebSocket: PollingOnly as never,
    });
    const received: Activity[] = [];
    const subscription = directLine.activity$.subscribe((activity) => received.push(activity));
    try {
      const welcome = await waitForActivity(received, (activity) => activity.type === 'message' && activity.text === messages.welcome, 'welcome');
      expect(welcome.from.role).toBe('bot');
      expect((directLine as unknown as { conversationId: string }).conversationId).toBe(session.conversationId);

      const postedId = await new Promise<string>((resolve, reject) => {
        directLine
          .postActivity({ type: 'message', from: { id: 'ignored-by-the-server' }, text: 'why is my milk late', channelData: { clientActivityID: 'client-1' } } as Activity)
          .subscribe(resolve, reject);
      });

      const echo = await waitForActivity(received, (activity) => activity.id === postedId, 'echo of the posted message');
      expect(echo.channelData).toEqual(expect.objectContaining({ clientActivityID: 'client-1' }));
      expect(echo.from.role).toBe('user');
      expect(echo.timestamp).toEqual(expect.any(String));
      expect(echo.from.id).toMatch(/^dl_/);

      const withSuggestions = await waitForActivity(
        received,
        (activity: Reply) => activity.type === 'message' && activity.replyToId === postedId && (activity.suggestedActions?.actions.length ?? 0) > 0,
        'reply with suggested actions',
      );
      expect(withSuggestions.from.role).toBe('bot');
      expect(received.indexOf(withSuggestions)).toBeGreaterThan(received.indexOf(echo));
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  }, 30_000);
});

describe('the official botframework-directlinejs client in its default mode (WebSocket streaming)', () => {
  it('holds a conversation: the welcome, a dialog question, an answer to it, all pushed over the stream', async () => {
    const messages = sharedEngine().knowledgeBase.messages;
    const session = await startSession(server.url);
    // The client also takes the implementation to use: here the same watched ws.
    const { WebSocket: WatchedWebSocket, sockets, restore } = installWatchedWebSocket();
    // No pollingInterval and no webSocket flag: the library's defaults.
    const directLine = new DirectLine({ domain: `${server.url}/directline`, token: session.token, ajax: fetchAjax as never, WebSocket: WatchedWebSocket as never });
    const received: Activity[] = [];
    const subscription = directLine.activity$.subscribe((activity) => received.push(activity));
    const post = (text: string) =>
      new Promise<string>((resolve, reject) => {
        directLine.postActivity({ type: 'message', from: { id: 'ignored' }, text } as Activity).subscribe(resolve, reject);
      });
    try {
      await waitForActivity(received, (activity) => activity.type === 'message' && activity.text === messages.welcome, 'welcome');
      expect(sockets).toHaveLength(1);
      expect(sockets[0]).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/directline/conversations/${session.conversationId}/stream\\?`));

      const askedId = await post('why is my milk late');
      const question = (await waitForActivity(received, (activity: Reply) => activity.replyToId === askedId && activity.type === 'message' && (activity.suggestedActions?.actions.length ?? 0) > 0, 'the dialog\'s question')) as Message;
      const firstChoice = question.suggestedActions!.actions[0].value as string;
      const answeredId = await post(firstChoice);
      await waitForActivity(received, (activity: Reply) => activity.replyToId === answeredId && activity.from.role === 'bot', 'a reply to the answer');
      // Nothing was polled: every activity came over the one socket.
      expect(sockets).toHaveLength(1);
    } finally {
      subscription.unsubscribe();
      directLine.end();
      restore();
    }
  }, 30_000);
});
