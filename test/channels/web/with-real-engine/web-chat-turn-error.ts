import { MemoryStorage, type StoreItems } from 'botbuilder';
import type { LatchServer } from '../../../../src/server/create-server';
import { sharedEngine } from '../../../support/shared-engine';
import { startFullServer } from '../support/full-server';
import { startSession } from '../support/web-test-server';

/** Conversation state that can be made to fail on saving, as an unreachable store does. */
class BreakableStorage extends MemoryStorage {
  broken = false;
  override async write(changes: StoreItems): Promise<void> {
    if (this.broken) throw new Error('the store is unreachable (test)');
    await super.write(changes);
  }
}

let server: { server: LatchServer; url: string };
const storage = new BreakableStorage();

beforeAll(async () => {
  server = await startFullServer({ storage });
}, 60_000);

afterAll(async () => {
  await server.server.close(0);
});

async function activityTexts(url: string, session: { token: string; conversationId: string }): Promise<string[]> {
  const response = await fetch(`${url}/directline/conversations/${session.conversationId}/activities?watermark=`, { headers: { Authorization: `Bearer ${session.token}` } });
  const body = (await response.json()) as { activities: { from: { role?: string }; text?: string }[] };
  return body.activities.filter((activity) => activity.from.role === 'bot').map((activity) => activity.text ?? '');
}

async function waitForText(url: string, session: { token: string; conversationId: string }, text: string): Promise<string[]> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const texts = await activityTexts(url, session);
    if (texts.includes(text)) return texts;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no bot activity with the text "${text}" arrived`);
}

describe('a web chat turn that fails outside the engine', () => {
  it('is answered with the system error sentence and counted in /metrics, as a Teams turn is', async () => {
    const messages = sharedEngine().knowledgeBase.messages;
    const session = await startSession(server.url);
    const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
    expect((await fetch(`${server.url}/directline/conversations`, { method: 'POST', headers })).status).toBe(201);
    await waitForText(server.url, session, messages.welcome);

    storage.broken = true;
    try {
      const posted = await fetch(`${server.url}/directline/conversations/${session.conversationId}/activities`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ type: 'message', from: { id: 'parent' }, text: 'is colostrum enough for my baby' }),
      });
      expect(posted.status).toBe(200);
      const texts = await waitForText(server.url, session, messages.error);
      expect(texts.filter((text) => text === messages.error)).toHaveLength(1);
    } finally {
      storage.broken = false;
    }

    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/latch_turn_errors_total 1/);
    // Two waits of up to 5 s each: past jest's default 5 s, so a slow turn would end as a bare timeout
    // instead of waitForText naming the text that did not arrive.
  }, 30_000);
});
