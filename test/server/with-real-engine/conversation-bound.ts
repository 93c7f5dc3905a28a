import type { Activity } from 'botbuilder';
import { messageActivity, replyTexts, startTestServer, testConfig, type TestServer } from '../../support/bot-server';
import '../../support/load-botbuilder-now';
import { sharedEngine } from '../../support/shared-engine';

const disclaimer = () => sharedEngine().knowledgeBase.messages.disclaimer;

describe('conversations held by the server', () => {
  let test: TestServer;
  // The engine first, with its own time limit: training it can take seconds on a loaded machine.
  beforeAll(() => {
    sharedEngine();
  }, 60_000);
  beforeAll(async () => {
    test = await startTestServer({ config: testConfig({ server: { maximumConversations: 2 } }) });
  });
  afterAll(() => test.close());

  const ask = async (conversationId: string) => {
    const { status, body } = await test.post(messageActivity('is colostrum enough for my baby', { conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' } }));
    expect(status).toBe(200);
    return replyTexts(body.activities as Partial<Activity>[]);
  };

  it('holds at most server.maximum_conversations, forgetting the least recently used first, and counts them in /metrics', async () => {
    expect(await ask('first')).toContain(disclaimer());
    expect(await ask('second')).toContain(disclaimer());
    // Remembered: no second disclaimer.
    expect(await ask('first')).not.toContain(disclaimer());
    // A third conversation pushes out "second", the least recently used.
    expect(await ask('third')).toContain(disclaimer());
    expect(await ask('first')).not.toContain(disclaimer());
    expect(await ask('second')).toContain(disclaimer());
    const metrics = await (await fetch(`${test.url}/metrics`)).text();
    expect(metrics).toMatch(/^latch_conversations 2$/m);
  });
});
