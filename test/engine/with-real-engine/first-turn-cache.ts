import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config';
import { cacheFirstTurns, isEmbeddedEngine } from '../../../src/engine/first-turn-cache';
import { createModelEngine } from '../../../src/engine/create-model-engine';
import { initialConversationState, type ConversationState, type Turn, type TurnResult } from '../../../src/engine/turn-types';
import { readLabelledQuestions } from '../../../src/evaluation/labelled-questions';
import { readDevelopmentQuestions } from '../../../src/evaluation/read-development-questions';
import type { Engine } from '../../../src/engine/create-engine';
import { expectEqual } from '../../support/expect-equal';
import { sharedEngine } from '../../support/shared-engine';
import { throughYamlCache } from '../../support/through-yaml-cache';

const projectRoot = loadConfig({}).projectRoot;
const blank = () => initialConversationState();
const welcomed = () => sharedEngine().welcome(initialConversationState()).state;

/** How many of the real questions' development split the cache tests answer (see corpus). */
const realQuestionsSampled = 400;

/**
 * Possible first messages from the project's development sets (never a held-out file, which only the
 * coordinator reads): the red flags' development set whole, the route that must never be served wrongly,
 * and a fixed number of the real questions' development split, those first by a hash of their text. All
 * 1,800 took 7.5 s of every run (five turns each) and grew with every batch of questions the writers added;
 * the hash picks the same questions each run, from every site and topic alike, however the split grows.
 */
let messages: string[] | undefined;
function corpus(): string[] {
  // Read once for the file: parsing the two YAML files took some 0.2 s each time, and three tests read them.
  messages ??= [
    ...readLabelledQuestions(join(projectRoot, 'eval/red-flags/dev.yaml')).map((question) => question.q),
    ...sampleByHash(
      throughYamlCache((readYaml) => readDevelopmentQuestions(join(projectRoot, 'eval/real-questions/train.yaml'), readYaml)).map((question) => question.q),
      realQuestionsSampled,
    ),
  ];
  return [...messages];
}

/** The `count` texts first by a hash of their text (all of them when there are no more). */
function sampleByHash(texts: string[], count: number): string[] {
  const hashed = texts.map((text) => ({ text, hash: createHash('sha256').update(text).digest('hex') }));
  return hashed
    .sort((first, second) => (first.hash < second.hash ? -1 : first.hash > second.hash ? 1 : 0))
    .slice(0, count)
    .map((entry) => entry.text);
}

/** An engine that counts its turns, so a test can see which were served from the cache. */
function countingEngine(): { engine: Engine; turns: () => number } {
  const real = sharedEngine();
  let turns = 0;
  return {
    engine: {
      ...real,
      respond(turn: Turn, state: ConversationState) {
        turns++;
        return real.respond(turn, state);
      },
    },
    turns: () => turns,
  };
}

/**
 * Two moments on one day, both as the local clock and as UTC read it (the two ways the engine reads a
 * date), as far apart as this machine's time zone allows.
 */
function twoMomentsOfOneDay(): [string, string] {
  const sameDay = (a: Date, b: Date) => a.getDate() === b.getDate() && a.getUTCDate() === b.getUTCDate();
  let widest: [Date, Date] = [new Date(2026, 10, 26, 12, 0), new Date(2026, 10, 26, 12, 30)];
  for (let early = 0; early < 24; early++) {
    for (let late = early + 1; late < 24; late++) {
      const pair: [Date, Date] = [new Date(2026, 10, 26, early, 5), new Date(2026, 10, 26, late, 55)];
      if (sameDay(...pair) && pair[1].getTime() - pair[0].getTime() > widest[1].getTime() - widest[0].getTime()) widest = pair;
    }
  }
  return [widest[0].toISOString(), widest[1].toISOString()];
}

/** Early and late on one day (see twoMomentsOfOneDay): the cache tests' moment, and the day test's two. */
const [early, late] = twoMomentsOfOneDay();

const blankTurnsEarly = new Map<string, TurnResult>();
/**
 * The engine's own turn for `text` as the first message of a blank conversation, early in the day: the
 * cache test compares the cache with it and the day test compares the late turn with it, so each is worked
 * out once for the file (some 500 turns fewer).
 */
function blankTurnEarly(text: string): TurnResult {
  let turn = blankTurnsEarly.get(text);
  if (!turn) blankTurnsEarly.set(text, (turn = sharedEngine().respond({ text, timestamp: early }, blank())));
  return turn;
}

describe('cacheFirstTurns', () => {
  beforeAll(() => sharedEngine(), 60_000);

  // One test for each state a first message can meet: each is some 500 first messages, two turns each compared whole.
  it.each([
    ['blank', blank, (text: string) => blankTurnEarly(text)],
    ['welcomed', welcomed, (text: string, state: ConversationState) => sharedEngine().respond({ text, timestamp: early }, state)],
  ])('answers each sampled development message, %s, exactly as the engine does, the first time and from the cache', (_name, makeState, engineTurn) => {
    const engine = sharedEngine();
    const cached = cacheFirstTurns(engine, { capacity: 4096 });
    const timestamp = early;
    const messages = corpus();
    expect(messages.length).toBeGreaterThan(realQuestionsSampled);
    const state = makeState();
    for (const text of messages) {
      const expected = engineTurn(text, state);
      expectEqual(cached.respond({ text, timestamp }, state), expected);
      expectEqual(cached.respond({ text, timestamp }, { ...state }), expected);
    }
  }, 60_000);

  it('relies on the engine reading no finer than the day: the same message early and late on one day gets the same turn', () => {
    const engine = sharedEngine();
    const messages = [...corpus(), 'he was born on monday, is he feeding enough', 'my baby was born on the 3rd and my milk is late'];
    for (const text of messages) {
      expectEqual(engine.respond({ text, timestamp: late }, blank()), blankTurnEarly(text));
    }
  }, 60_000);

  it('keeps days apart: "born on monday" read on Tuesday and on Wednesday gets each day\'s age', () => {
    const { engine, turns } = countingEngine();
    const cached = cacheFirstTurns(engine);
    const text = 'my baby was born on monday and my milk has not come in';
    const tuesday = cached.respond({ text, timestamp: '2026-11-24T12:00:00.000Z' }, blank());
    const wednesday = cached.respond({ text, timestamp: '2026-11-25T12:00:00.000Z' }, blank());
    expect(turns()).toBe(2);
    expect(tuesday.trace.facts.days_since_birth).not.toEqual(wednesday.trace.facts.days_since_birth);
    expect(wednesday).toEqual(engine.respond({ text, timestamp: '2026-11-25T12:00:00.000Z' }, blank()));
  });

  it('serves a repeated first message from the cache, and every later message from the engine', () => {
    const { engine, turns } = countingEngine();
    const cached = cacheFirstTurns(engine);
    const turn = { text: 'is colostrum enough for my baby', timestamp: '2026-11-26T10:00:00.000Z' };
    const first = cached.respond(turn, blank());
    cached.respond(turn, blank());
    expect(turns()).toBe(1);
    cached.respond(turn, welcomed());
    expect(turns()).toBe(2);
    cached.respond(turn, first.state);
    cached.respond(turn, first.state);
    expect(turns()).toBe(4);
    cached.respond({ ...turn, text: 'Is colostrum enough for my baby' }, blank());
    expect(turns()).toBe(5);
  });

  it('passes a state that only looks new (facts already known) to the engine', () => {
    const { engine, turns } = countingEngine();
    const cached = cacheFirstTurns(engine);
    const turn = { text: 'is colostrum enough for my baby', timestamp: '2026-11-26T10:00:00.000Z' };
    cached.respond(turn, blank());
    const withFacts = { ...blank(), facts: { days_since_birth: 2 } } as unknown as ConversationState;
    expect(cached.respond(turn, withFacts)).toEqual(engine.respond(turn, withFacts));
    expect(turns()).toBe(3);
  });

  it('forgets the least recently used first turn beyond its capacity', () => {
    const { engine, turns } = countingEngine();
    const cached = cacheFirstTurns(engine, { capacity: 2 });
    const ask = (text: string) => cached.respond({ text, timestamp: '2026-11-26T10:00:00.000Z' }, blank());
    ask('hello');
    ask('thank you');
    ask('hello');
    ask('is colostrum enough for my baby');
    expect(turns()).toBe(3);
    ask('hello');
    expect(turns()).toBe(3);
    ask('thank you');
    expect(turns()).toBe(4);
  });

  it('keeps no long message and no undated one', () => {
    const { engine, turns } = countingEngine();
    const cached = cacheFirstTurns(engine, { maximumTextLength: 20 });
    const long = { text: 'is colostrum really enough for my baby', timestamp: '2026-11-26T10:00:00.000Z' };
    const undated = { text: 'hello', timestamp: 'not a date' };
    for (const turn of [long, long, undated, undated]) cached.respond(turn, blank());
    expect(turns()).toBe(4);
  });

  it('hands out frozen results, so no conversation can change what another is served', () => {
    const cached = cacheFirstTurns(sharedEngine());
    const result = cached.respond({ text: 'is colostrum enough for my baby', timestamp: '2026-11-26T10:00:00.000Z' }, blank());
    expect(Object.isFrozen(result.state)).toBe(true);
    expect(Object.isFrozen(result.replies[0])).toBe(true);
    expect(() => {
      (result.state as { turnCount: number }).turnCount = 5;
    }).toThrow(TypeError);
  });

  it('tells the embedded engine from a model engine', () => {
    const engine = sharedEngine();
    expect(isEmbeddedEngine(engine)).toBe(true);
    expect(isEmbeddedEngine(cacheFirstTurns(engine))).toBe(true);
    const modelEngine = createModelEngine(engine, {} as Parameters<typeof createModelEngine>[1]);
    expect(isEmbeddedEngine(modelEngine)).toBe(false);
    expect(isEmbeddedEngine({ ...engine, respond: async (turn, state) => engine.respond(turn, state) })).toBe(false);
    expect(isEmbeddedEngine(Object.create(engine) as Engine)).toBe(false);
  });
});
