import { buildRuleTriage } from '../../src/app/build-rule-triage';
import { firstTurn, sharedContent, sharedEngine } from '../support/shared-engine';

// Issue 11, the known misses of this round: real red flags main answered, asked about or referred. Each
// message the review found, and variants of our own (other tense, person, typo, number), must end as a red
// flag from a rule (certain), at the level of its RED-FLAGS.md row, with that row's wording.

beforeAll(() => {
  sharedEngine();
}, 60_000);

const triage = buildRuleTriage(sharedContent());

function expectRuleFlag(text: string, row: string, level: string, message: string): void {
  // The rules alone: the row, its level and which wording.
  const found = triage(text, [], {});
  const got = found ? `${found.row} ${found.level} ${found.message} certain=${found.certain}` : 'no red flag';
  if (got !== `${row} ${level} ${message} certain=true`) throw new Error(`"${text}" got ${got}, expected ${row} ${level} ${message} certain=true`);
  // The whole pipeline, as \`latch classify\` sees a first message: that rule's escalation, and nothing that
  // could read as "it's normal" beside it.
  const { trace, replies } = firstTurn(text);
  expect({ text, route: trace.route, rule: trace.redFlag?.ruleId, level: trace.redFlag?.level, certain: trace.redFlag?.certain }).toEqual({ text, route: 'red_flag', rule: found?.ruleId, level, certain: true });
  expect(replies.some((reply) => reply.kind === 'answer')).toBe(false);
}

describe('1. a glass test told in the first person, with no baby named, is the baby’s test', () => {
  it.each([
    'i did the glass test and the rash hasnt faded',
    "i pressed a glass on the rash and it didn't fade",
    'i did the glass test on the spots and they didnt fade',
    "did the glass test and it didn't go white",
    'i rolled a glass over the spots on her leg and they stayed',
    'we did the glas test, the marks are still there',
    'just pressed a tumbler on it and it didnt go away',
    "done the glass test twice now, it doesn't fade",
  ])('"%s" is an emergency on the rash row', (text) => {
    expectRuleFlag(text, 'baby-skin-rash', 'emergency', 'emergency');
  });

  // RED-FLAGS.md has no row for the writer's own rash, but a rash that does not fade under a glass is a sign of
  // serious illness at any age: when unsure, escalate (the level's message and the rule's `means` name no baby).
  it.each(["i have a rash that doesnt fade under a glass", "i've got spots on my arms that dont go white when i press a glass on them"])(
    '"%s" (the writer’s own) is escalated too',
    (text) => {
      expectRuleFlag(text, 'baby-skin-rash', 'emergency', 'emergency');
    },
  );

  it.each(['i did the glass test and it all faded', 'did the glass test and they went away', 'did the glass test on the rash on my arm and it went white under the glass', 'i did the glass test and its fine'])(
    '"%s" (the test told as reassuring) is no red flag',
    (text) => {
      expect(firstTurn(text).trace.route).not.toBe('red_flag');
    },
  );
});

describe('2. breaths counted over part of a minute are scaled to a minute', () => {
  it.each([
    'i counted 35 in 30 seconds',
    '36 in half a minute',
    'she took 18 breaths in 15 seconds',
    'counted his breaths, 32 in 30 secs',
    'thirty six in thirty seconds, is that fast?',
  ])('"%s" is fast breathing, an emergency', (text) => {
    expectRuleFlag(text, 'baby-breathing-seizure', 'emergency', 'emergency');
  });

  it.each(['i counted 25 in 30 seconds', 'counted 40 heartbeats in 15 seconds'])('"%s" is not 60 breaths a minute', (text) => {
    expect(firstTurn(text).trace.redFlag?.row).not.toBe('baby-breathing-seizure');
  });
});
