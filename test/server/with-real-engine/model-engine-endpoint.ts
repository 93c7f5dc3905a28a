import type { Activity } from 'botbuilder';
import { buildResponder } from '../../../src/app/build-responder';
import { modelConfig } from '../../../src/config';
import { messageActivity, startTestServer, testConfig, type TestServer } from '../../support/bot-server';
import '../../support/load-botbuilder-now';
import { startFakeModelServer, type FakeModelServer } from '../../support/fake-model-server';
import { sharedEngine } from '../../support/shared-engine';

let model: FakeModelServer;
let test: TestServer;

beforeAll(async () => {
  model = await startFakeModelServer();
  const config = testConfig();
  const engine = buildResponder(config, sharedEngine(), modelConfig({ url: model.url, name: 'fake', timeoutMs: 400 }));
  test = await startTestServer({ config, engine });
  // It builds the shared engine too: seconds on a busy machine.
}, 60_000);
afterAll(async () => {
  await test.close();
  await model.close();
});

const cardOf = (body: { activities: Activity[] }) => JSON.stringify(body.activities.find((activity) => activity.attachments?.length)?.attachments?.[0].content);
const metrics = async () => (await fetch(`${test.url}/metrics`)).text();

describe('POST /api/messages with the model engine', () => {
  it("puts the model's wording in the answer card and counts it", async () => {
    const { status, body } = await test.post(messageActivity('is colostrum enough for my baby', { conversation: { id: 'model-1' } as Activity['conversation'] }));
    expect(status).toBe(200);
    expect(cardOf(body)).toContain('Thank you for asking, it is a good question.');
    expect(await metrics()).toMatch(/^latch_model_replies_total 1$/m);
  });

  it('sends the curated card within the deadline when the model server hangs, and counts the timeout', async () => {
    model.behaviour = 'hang';
    const started = Date.now();
    const { body } = await test.post(messageActivity('is colostrum enough for my baby', { conversation: { id: 'model-2' } as Activity['conversation'] }));
    expect(Date.now() - started).toBeLessThan(2000);
    const curated = sharedEngine().knowledgeBase.answerById.get('milk.colostrum')?.text ?? '';
    expect(cardOf(body)).not.toContain('Thank you for asking');
    expect(cardOf(body)).toContain(JSON.stringify(curated.split('\n')[0]).slice(1, -1));
    expect(await metrics()).toMatch(/^latch_model_fallbacks_total\{reason="timeout"\} 1$/m);
  });
});
