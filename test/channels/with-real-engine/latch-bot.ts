import { ActivityTypes, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import type { ConversationStore } from '../../../src/channels/botbuilder/conversation-store';
import { LatchBot, type LatchBotOptions, type StoredConversation, type TurnEvent } from '../../../src/channels/botbuilder/latch-bot';
import { MemoryConversationStore } from '../../../src/channels/botbuilder/memory-conversation-store';
import { StorageConversationStore } from '../../../src/channels/botbuilder/storage-conversation-store';
import { sharedEngine } from '../../support/shared-engine';
import type { Responder } from '../../../src/engine/responder';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

const messages = () => sharedEngine().knowledgeBase.messages;

// Each store a test made, stopped after it: a memory store's sweeper is a timer made inside the test, and a
// timer left running keeps the test (through jest's per-test async context) and so this file's every module
// alive in the worker after the file ends, until the timer fires a minute later.
const storesMade: ConversationStore[] = [];
afterEach(() => {
  for (const store of storesMade.splice(0)) store.dispose?.();
});

function botAdapter(engine: Responder = sharedEngine(), options: LatchBotOptions = {}, store: ConversationStore = new MemoryConversationStore({ idleMs: 60 * 60_000, maximumConversations: 100 })) {
  storesMade.push(store);
  const bot = new LatchBot(engine, store, { typingAfterMs: 1_000, ...options });
  return new TestAdapter((context) => bot.run(context));
}

const shortOf = (activity: Partial<Activity>) => activity.attachments?.[0]?.content?.body?.[0]?.text;
const answerShort = (intentId: string) => sharedEngine().knowledgeBase.answerById.get(sharedEngine().knowledgeBase.intentById.get(intentId)!.answerId)!.short;

/** The engine with a delay, or a failure on one message, and a promise-returning respond like the model engine's. */
function wrappedEngine(behaviour: { delayMs?: number; failOn?: string }): Responder {
  const real = sharedEngine();
  return {
    knowledgeBase: real.knowledgeBase,
    contacts: real.contacts,
    welcome: (state) => real.welcome(state),
    async respond(turn, state) {
      if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
      if (turn.text === behaviour.failOn) throw new Error('engine failure for the test');
      return real.respond(turn, state);
    },
  };
}

describe('LatchBot', () => {
  it('sends the disclaimer, then the answer card, then "Was this helpful?" as suggested actions', async () => {
    await botAdapter()
      .send('is colostrum enough for my baby')
      .assertReply(messages().disclaimer)
      .assertReply((activity) => expect(shortOf(activity)).toBe(answerShort('milk.colostrum')))
      .assertReply((activity) => {
        expect(activity.text).toBe(messages().feedback_question);
        expect(activity.suggestedActions?.actions.map((action) => action.value)).toEqual([messages().feedback_yes, messages().feedback_no]);
      });
  });

  it('remembers the conversation between turns: no second disclaimer', async () => {
    await botAdapter()
      .send('is colostrum enough for my baby')
      .assertReply(messages().disclaimer)
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('is colostrum enough')
      .assertReply((activity) => expect(shortOf(activity)).toBe(answerShort('milk.colostrum')));
  });

  it('keeps conversations in any botbuilder Storage under the key and shape ConversationState used', async () => {
    const storage = new MemoryStorage();
    await botAdapter(sharedEngine(), {}, new StorageConversationStore(storage))
      .send('is colostrum enough for my baby')
      .assertReply(messages().disclaimer)
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('is colostrum enough')
      .assertReply((activity) => expect(shortOf(activity)).toBe(answerShort('milk.colostrum')));
    // TestAdapter's conversation is "Convo1" on the "test" channel.
    const items = await storage.read(['test/conversations/Convo1/']);
    const stored = (items['test/conversations/Convo1/'] as { latch: StoredConversation }).latch;
    expect(stored.engineState.turnCount).toBe(2);
    expect(stored.engineState.disclaimerShown).toBe(true);
  });

  it('answers a pressed follow-up button by its label, offered once the feedback is given', async () => {
    let label = '';
    await botAdapter()
      .send('is colostrum enough for my baby')
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send(messages().feedback_yes)
      .assertReply(messages().feedback_thanks)
      .assertReply((activity) => {
        expect(activity.text).toBe(messages().follow_ups);
        label = String(activity.suggestedActions?.actions[0].value);
      })
      .send({ type: ActivityTypes.Message, get text() { return label; } } as Partial<Activity>)
      .assertReply((activity) => {
        const intent = sharedEngine().knowledgeBase.intents.find((candidate) => candidate.title === label)!;
        expect(shortOf(activity)).toBe(answerShort(intent.id));
      });
  });

  it('awaits an engine that answers with a promise, with a typing indicator first when it is slow', async () => {
    await botAdapter(wrappedEngine({ delayMs: 80 }), { typingAfterMs: 10 })
      .send('is colostrum enough for my baby')
      .assertReply((activity) => expect(activity.type).toBe(ActivityTypes.Typing))
      .assertReply(messages().disclaimer);
  });

  it('sends no typing indicator when the answer is quick', async () => {
    await botAdapter(sharedEngine(), { typingAfterMs: 1_000 })
      .send('is colostrum enough for my baby')
      .assertReply((activity) => expect(activity.type).toBe(ActivityTypes.Message));
  });

  it('answers an engine failure with the error sentence and carries on with the same conversation', async () => {
    const turns: TurnEvent[] = [];
    const failures: unknown[] = [];
    await botAdapter(wrappedEngine({ failOn: 'break please' }), { observer: { turnCompleted: (event) => turns.push(event), turnFailed: (error) => failures.push(error) } })
      .send('is colostrum enough for my baby')
      .assertReply(messages().disclaimer)
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('break please')
      .assertReply(messages().error)
      .send('is colostrum enough')
      .assertReply((activity) => expect(shortOf(activity)).toBe(answerShort('milk.colostrum')));
    expect(failures).toHaveLength(1);
    expect(turns.map((turn) => turn.trace.intent)).toEqual(['milk.colostrum', 'milk.colostrum']);
    expect(turns.every((turn) => turn.text === undefined)).toBe(true);
  });

  it('starts afresh after the idle expiry, whatever the store still holds', async () => {
    let now = Date.parse('2026-11-26T10:00:00Z');
    await botAdapter(sharedEngine(), { idleExpiryMs: 60_000, now: () => now })
      .send('is colostrum enough for my baby')
      .assertReply(messages().disclaimer)
      .assertReply(() => undefined)
      .assertReply(() => {
        now += 61_000;
      })
      .send('is colostrum enough')
      .assertReply(messages().disclaimer);
  });

  it('welcomes a new member on conversationUpdate', async () => {
    const adapter = botAdapter();
    await adapter
      .send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'user', name: 'User' }] })
      .assertReply(messages().welcome)
      .assertReply(messages().disclaimer);
  });

  it('passes the message text to the observer only when asked to', async () => {
    const turns: TurnEvent[] = [];
    await botAdapter(sharedEngine(), { includeText: true, observer: { turnCompleted: (event) => turns.push(event) } })
      .send('is colostrum enough for my baby')
      .assertReply(() => undefined);
    expect(turns[0].text).toBe('is colostrum enough for my baby');
    expect(turns[0].replyKinds).toEqual(['text', 'answer', 'choices']);
  });
});
