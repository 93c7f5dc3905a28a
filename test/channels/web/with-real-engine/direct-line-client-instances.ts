import type { Activity, Message } from 'botframework-directlinejs';
import { DirectLine } from 'botframework-directlinejs';
import { WebSocket } from 'ws';
import { startRedisServer, type RedisServer } from '../../../support/redis-server';
import { sharedEngine } from '../../../support/shared-engine';
import type { LatchServer } from '../../../../src/server/create-server';
import { fetchAjax } from '../support/fetch-ajax';
import { startFullServer } from '../support/full-server';
import { waitForActivity } from '../support/wait-for-activity';
import { startSession } from '../support/web-test-server';
import { installWatchedWebSocket } from '../support/install-watched-web-socket';

let redis: RedisServer;
const servers: { server: LatchServer; url: string }[] = [];

// Two instances as `latch serve` builds them with LATCH_REDIS_URL; starting them trains the classifier.
beforeAll(async () => {
  redis = await startRedisServer();
  for (let index = 0; index < 2; index++) servers.push(await startFullServer({ redisUrl: redis.url }));
}, 60_000);

afterAll(async () => {
  await Promise.all(servers.map(({ server }) => server.close(0)));
  await redis?.stop();
});

type Reply = Activity & { replyToId?: string };

/** The client's requests, sent to each instance in turn, as a load balancer without affinity would. */
function alternatingAjax(): { ajax: typeof fetchAjax; sentTo: string[] } {
  const sentTo: string[] = [];
  let next = 0;
  const ajax: typeof fetchAjax = (request) => {
    const target = servers[next++ % servers.length].url;
    sentTo.push(target);
    return fetchAjax({ ...request, url: request.url?.replace(servers[0].url, target) });
  };
  return { ajax, sentTo };
}

/** The welcome, the milk-late dialog's question, then a reply to the first choice: a dialog that needs its state. */
async function holdDialog(directLine: DirectLine, received: Activity[]): Promise<Message> {
  const messages = sharedEngine().knowledgeBase.messages;
  const post = (text: string) =>
    new Promise<string>((resolve, reject) => {
      directLine.postActivity({ type: 'message', from: { id: 'ignored' }, text } as Activity).subscribe(resolve, reject);
    });
  await waitForActivity(received, (activity) => activity.type === 'message' && activity.text === messages.welcome, 'welcome');
  const askedId = await post('why is my milk late');
  const question = (await waitForActivity(received, (activity: Reply) => activity.replyToId === askedId && activity.type === 'message' && (activity.suggestedActions?.actions.length ?? 0) > 0, "the dialog's question")) as Message;
  const answeredId = await post(question.suggestedActions!.actions[1].value as string);
  return (await waitForActivity(received, (activity: Reply) => activity.replyToId === answeredId && activity.from.role === 'bot' && activity.type === 'message', 'a reply to the answer')) as Message;
}

describe('the official botframework-directlinejs client against two instances sharing Redis', () => {
  it('polling with requests alternating between the instances: one conversation, the dialog carried on', async () => {
    const session = await startSession(servers[0].url);
    const { ajax, sentTo } = alternatingAjax();
    const directLine = new DirectLine({
      domain: `${servers[0].url}/directline`,
      token: session.token,
      webSocket: false,
      pollingInterval: 200,
      ajax: ajax as never,
      WebSocket: WebSocket as never,
    });
    const received: Activity[] = [];
    const subscription = directLine.activity$.subscribe((activity) => received.push(activity));
    try {
      const reply = await holdDialog(directLine, received);
      // "2 days" answers the day question; the dialog then asks about nappies with Yes and No: a fresh
      // conversation would not have known what "2 days" answered.
      expect(reply.suggestedActions?.actions.map((action) => action.value)).toEqual(['Yes', 'No']);
      expect(new Set(sentTo)).toEqual(new Set(servers.map((server) => server.url)));
      // Every activity once, in order.
      const ids = received.map((activity) => activity.id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      subscription.unsubscribe();
      directLine.end();
    }
  }, 30_000);

  it('streaming from one instance while its messages are posted to both: every reply pushed over the one socket', async () => {
    const session = await startSession(servers[1].url);
    const { WebSocket: WatchedWebSocket, sockets, restore } = installWatchedWebSocket();
    const { ajax, sentTo } = alternatingAjax();
    const directLine = new DirectLine({ domain: `${servers[0].url}/directline`, token: session.token, ajax: ajax as never, WebSocket: WatchedWebSocket as never });
    const received: Activity[] = [];
    const subscription = directLine.activity$.subscribe((activity) => received.push(activity));
    try {
      const reply = await holdDialog(directLine, received);
      expect(reply.suggestedActions?.actions.map((action) => action.value)).toEqual(['Yes', 'No']);
      expect(sockets).toHaveLength(1);
      expect(new Set(sentTo)).toEqual(new Set(servers.map((server) => server.url)));
      const ids = received.map((activity) => activity.id);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      subscription.unsubscribe();
      directLine.end();
      restore();
    }
  }, 30_000);
});
