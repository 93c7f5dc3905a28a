import { dialogFileSchema, type DialogDefinition } from '../../src/dialog/dialog-schema';
import type { NappyChart } from '../../src/safety/nappy-chart';
import { runDialog, type DialogState } from '../../src/dialog/run-dialog';
import type { ReadContext } from '../../src/dialog/read-slot-answer';
import type { Facts } from '../../src/nlu/extract-facts';

const chart: NappyChart = {
  wet_nappies: { minimum_by_day: { 1: 1, 2: 2, 3: 3, 4: 3, 5: 5, 6: 5, 7: 6 } },
  dirty_nappies: { minimum_by_day: { 1: 1, 2: 1, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2 }, until_day: 28 },
};

const definition: DialogDefinition = dialogFileSchema.parse({
  version: 1,
  id: 'check',
  title: 'a check',
  trigger: 'feeding.enough',
  slots: [
    { id: 'days_since_birth', fact: 'days_since_birth', read: 'days', question: 'Which day?', help: 'A number of days, please.' },
    { id: 'wet', read: 'count', question: 'Wet nappies on day {days_since_birth}? At least {wet_nappies_minimum}.', help: 'A number, please.' },
    { id: 'late', read: 'yes_no', question: 'Late?', choices: [{ label: 'Yes', value: true }, { label: 'No', value: false }], help: 'Yes or no.', ask_when: { days_since_birth: { gte: 3 } } },
  ],
  branches: [
    { when: { wet: { below_minimum_for_day: 'wet_nappies' } }, red_flag: 'baby.wet_nappies' },
    { when: { late: true }, answer: 'late' },
    { answer: 'fine' },
  ],
  on_cancel: { say: 'Cancelled.' },
  on_give_up: { say: 'Giving up.', answer: 'general' },
});

const today = new Date('2024-05-15T12:00:00.000Z');
function answer(raw: string, messageFacts: Facts = {}): { kind: 'answer'; read: ReadContext } {
  return { kind: 'answer', read: { raw, normalised: raw, messageFacts, today, yesWords: ['yes'], noWords: ['no'] } };
}

function run(state: DialogState | null, turn: Parameters<typeof runDialog>[2], facts: Facts = {}) {
  return runDialog(definition, state, turn, { facts, chart });
}

describe('runDialog', () => {
  it('asks the first question on start, with no answers yet', () => {
    const result = run(null, { kind: 'start' });
    expect(result.outcome).toEqual({ kind: 'asked', slot: 'days_since_birth' });
    expect(result.replies).toEqual([{ kind: 'text', text: 'Which day?' }]);
    expect(result.state).toEqual({ id: 'check', values: {}, asking: 'days_since_birth', misses: 0 });
  });

  it('fills a slot from a known fact instead of asking it', () => {
    const result = run(null, { kind: 'start' }, { days_since_birth: 4 });
    expect(result.outcome).toEqual({ kind: 'asked', slot: 'wet' });
    expect(result.state?.values).toEqual({ days_since_birth: 4 });
  });

  it('fills the templates of a question from what it knows', () => {
    const result = run(null, { kind: 'start' }, { days_since_birth: 2 });
    expect(result.replies).toEqual([{ kind: 'text', text: 'Wet nappies on day 2? At least 2.' }]);
  });

  it('learns the facts of its slots, with the age in weeks', () => {
    const asked = run(null, { kind: 'start' });
    const result = run(asked.state, answer('15'));
    expect(result.facts).toEqual({ days_since_birth: 15, baby_age_weeks: 2 });
  });

  it('skips a question whose ask_when does not hold and ends on the branch that matches', () => {
    const asked = run(null, { kind: 'start' }, { days_since_birth: 2 });
    const result = run(asked.state, answer('4'), { days_since_birth: 2 });
    expect(result.outcome).toEqual({ kind: 'finished', branch: expect.objectContaining({ answer: 'fine' }) });
    expect(result.state).toBeNull();
  });

  it('asks a question whose ask_when holds and reads a pressed button', () => {
    const asked = run(null, { kind: 'start' }, { days_since_birth: 5 });
    const late = run(asked.state, answer('6'), { days_since_birth: 5 });
    expect(late.outcome).toEqual({ kind: 'asked', slot: 'late' });
    expect(late.replies[0]).toEqual({ kind: 'choices', text: 'Late?', choices: [{ label: 'Yes', intentId: null }, { label: 'No', intentId: null }] });
    expect(run(late.state, answer('Yes'), { days_since_birth: 5 }).outcome).toEqual({ kind: 'finished', branch: expect.objectContaining({ answer: 'late' }) });
    expect(run(late.state, answer('2'), { days_since_birth: 5 }).outcome).toEqual({ kind: 'finished', branch: expect.objectContaining({ answer: 'fine' }) });
  });

  it('escalates as soon as an answer shows a red flag, before the remaining questions', () => {
    const asked = run(null, { kind: 'start' }, { days_since_birth: 5 });
    const result = run(asked.state, answer('2'), { days_since_birth: 5 });
    expect(result.outcome).toEqual({ kind: 'finished', branch: expect.objectContaining({ red_flag: 'baby.wet_nappies' }) });
  });

  it('asks again with help after an answer it cannot read, then gives up after the second', () => {
    const asked = run(null, { kind: 'start' });
    const first = run(asked.state, answer('what do you mean'));
    expect(first.outcome).toEqual({ kind: 'not_read', slot: 'days_since_birth' });
    expect(first.replies).toEqual([{ kind: 'text', text: 'A number of days, please.' }, { kind: 'text', text: 'Which day?' }]);
    expect(first.state?.misses).toBe(1);
    const second = run(first.state, answer('no idea'));
    expect(second.outcome).toEqual({ kind: 'gave_up', say: 'Giving up.', answerId: 'general' });
    expect(second.state).toBeNull();
  });

  it('counts misses per question: a read answer starts the next question afresh', () => {
    const asked = run(null, { kind: 'start' });
    const missed = run(asked.state, answer('hmm'));
    const next = run(missed.state, answer('2'));
    expect(next.state).toMatchObject({ asking: 'wet', misses: 0 });
    expect(run(next.state, answer('lots')).outcome).toEqual({ kind: 'not_read', slot: 'wet' });
  });

  it('asks the open question again on resume, keeping its answers', () => {
    const asked = run(null, { kind: 'start' });
    const wet = run(asked.state, answer('2'));
    const resumed = run(wet.state, { kind: 'resume' });
    expect(resumed.outcome).toEqual({ kind: 'asked', slot: 'wet' });
    expect(resumed.state?.values).toEqual({ days_since_birth: 2 });
  });

  it('does not change the state it was given', () => {
    const asked = run(null, { kind: 'start' });
    const before = JSON.stringify(asked.state);
    run(asked.state, answer('3'));
    expect(JSON.stringify(asked.state)).toBe(before);
  });

  describe('a day of life given as a range', () => {
    const ranged: DialogDefinition = dialogFileSchema.parse({
      ...definition,
      slots: [
        {
          ...definition.slots[0],
          choices: [
            { label: '2 days', value: 2 },
            { label: '1 to 4 weeks', value: { gte: 7, lt: 29 } },
            { label: 'More than 4 weeks', value: { gte: 29 } },
          ],
        },
        ...definition.slots.slice(1),
      ],
    });
    const runRanged = (state: DialogState | null, turn: Parameters<typeof runDialog>[2], facts: Facts = {}) => runDialog(ranged, state, turn, { facts, chart });

    it('keeps a pressed "1 to 4 weeks" as that range, never as exactly 7 days', () => {
      const asked = runRanged(null, { kind: 'start' });
      const result = runRanged(asked.state, answer('1 to 4 weeks'));
      expect(result.state?.values.days_since_birth).toEqual({ gte: 7, lt: 29 });
      expect(result.facts).toEqual({ days_since_birth_range: { gte: 7, lt: 29 } });
      expect(result.facts.days_since_birth).toBeUndefined();
    });

    it('compares a nappy count with the strictest day the range can be', () => {
      // 5 wet nappies are enough on day 5 but too few from day 7 on: within "1 to 4 weeks" they are too few.
      const asked = runRanged({ id: 'check', values: { days_since_birth: { gte: 7, lt: 29 } }, asking: 'wet', misses: 0 }, answer('5'));
      expect(asked.outcome).toMatchObject({ kind: 'finished', branch: { red_flag: 'baby.wet_nappies' } });
    });

    it('does not write an age it was not given into a question', () => {
      const result = runRanged(null, { kind: 'start' }, { days_since_birth_range: { gte: 7, lt: 29 } });
      expect(result.outcome).toEqual({ kind: 'asked', slot: 'wet' });
      const [question] = result.replies;
      expect(question.kind === 'text' && question.text).toContain('At least 6.');
      expect(question.kind === 'text' && question.text).not.toMatch(/day \d/);
    });

    it('lets a range answer a condition only when every day in it does', () => {
      // "late" is asked from day 3: "1 to 4 weeks" is past day 3 whatever the exact day.
      const asked = runRanged({ id: 'check', values: { days_since_birth: { gte: 7, lt: 29 } }, asking: 'wet', misses: 0 }, answer('8'));
      expect(asked.outcome).toEqual({ kind: 'asked', slot: 'late' });
    });
  });
});
