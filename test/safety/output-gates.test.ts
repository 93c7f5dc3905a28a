import fc from 'fast-check';
import { fillTemplate } from '../../src/knowledge/render-answer';
import type { Facts } from '../../src/nlu/extract-facts';
import { isMentioned, numberMentions } from '../../src/safety/number-mentions';
import type { GateContext, GateResult } from '../../src/safety/output-gates';
import { expectEqual } from '../support/expect-equal';
import { curatedAnswer, modelEngineParts } from '../support/model-engine-parts';

const { gates, knowledgeBase } = modelEngineParts();
const howMade = curatedAnswer('milk.how_made');
const babySick = curatedAnswer('immunity.baby_sick');

function check(wording: string, curated: string, facts: Facts = {}, sources: string[] = []): GateResult {
  const context: GateContext = { curated, sources, facts };
  return gates(wording, context);
}

/** The curated text with one sentence added at the end of its first paragraph. */
function withSentence(curated: string, sentence: string): string {
  const [first, ...rest] = curated.split('\n\n');
  return [`${first} ${sentence}`, ...rest].join('\n\n');
}

const failedGate = (result: GateResult) => (result.passed ? 'passed' : result.gate);

describe('output gates', () => {
  // These two run every gate over every curated answer (and its variants and notes): seconds under load,
  // so 30 s rather than jest's 5 s default.
  it('pass every curated answer, long and short, as its own wording', () => {
    for (const answer of knowledgeBase.answerById.values()) {
      expect([answer.id, failedGate(check(answer.text, answer.text))]).toEqual([answer.id, 'passed']);
      expect([answer.id, failedGate(check(answer.short, answer.short))]).toEqual([answer.id, 'passed']);
    }
  }, 30_000);

  it('pass a personal opening before every curated text: each answer, variant and note, as the engine renders it', () => {
    const facts: Facts = { days_since_birth: 4, baby_age_weeks: 0, birth_type: 'caesarean' };
    for (const answer of knowledgeBase.answerById.values()) {
      const texts = [answer.text, ...answer.variants.map((variant) => variant.text), ...answer.notes.map((note) => `${answer.text}\n\n${note.text}`)].map((text) => fillTemplate(text, facts));
      for (const text of texts) {
        const wording = `Thank you for asking, it is a good question. ${text}`;
        expect([answer.id, failedGate(check(wording, text, facts))]).toEqual([answer.id, 'passed']);
      }
    }
  }, 30_000);

  it('pass a faithful personal wording that names the facts the person gave', () => {
    const wording = howMade.text
      .replace('Your milk is made in two stages.', "Since your baby was born 4 days ago by caesarean, you're probably wondering how your milk gets going. Your milk is made in two stages.")
      .replace('2 to 3 days after birth', 'two to three days after birth');
    expect(check(wording, howMade.text, { days_since_birth: 4, birth_type: 'caesarean' })).toEqual({ passed: true });
  });

  it('reject an added number', () => {
    expect(failedGate(check(howMade.text.replace('2 to 3 days', '5 to 7 days'), howMade.text))).toBe('numbers');
    expect(failedGate(check(withSentence(howMade.text, 'Most babies feed 12 times a day.'), howMade.text))).toBe('numbers');
  });

  it('reject a number from the facts given a different unit', () => {
    const wording = withSentence(howMade.text, 'Your baby is 4 weeks old.');
    expect(failedGate(check(wording, howMade.text, { days_since_birth: 4 }))).toBe('numbers');
  });

  it('compare temperatures in °C and °F as the same number', () => {
    expect(check(babySick.text.replace('38 °C (100.4 °F)', '100.4 degrees Fahrenheit (38°C)'), babySick.text)).toEqual({ passed: true });
    expect(failedGate(check(babySick.text.replace('38 °C (100.4 °F)', '39 °C'), babySick.text))).toBe('numbers');
  });

  it('reject an added web address, but not one the answer cites', () => {
    expect(failedGate(check(withSentence(howMade.text, 'See www.example-milk.com for more.'), howMade.text))).toBe('urls');
    expect(failedGate(check(withSentence(howMade.text, 'See https://breastfeeding.example.org/supply.'), howMade.text))).toBe('urls');
    const cited = 'https://www.nhs.uk/baby/breastfeeding-and-bottle-feeding/';
    expect(check(withSentence(howMade.text, `See nhs.uk/baby/breastfeeding-and-bottle-feeding.`), howMade.text, {}, [cited])).toEqual({ passed: true });
  });

  it('reject an added phone number, long or short', () => {
    expect(failedGate(check(withSentence(howMade.text, 'The helpline is 0300 100 0212.'), howMade.text))).toBe('phone_numbers');
    expect(failedGate(check(withSentence(howMade.text, 'You can also ring 111.'), howMade.text))).toBe('phone_numbers');
  });

  it('reject an added dose and an added medicine', () => {
    expect(failedGate(check(withSentence(howMade.text, 'Taking 10 mg of domperidone can help.'), howMade.text))).toBe('doses');
    expect(failedGate(check(withSentence(howMade.text, 'Some mums take fenugreek to help.'), howMade.text))).toBe('medicines');
    const diet = curatedAnswer('diet.what_to_eat');
    expect(failedGate(check(diet.text.replace('300 mg', '500 mg'), diet.text))).toBe('doses');
  });

  it('reject a wording that drops whom to contact', () => {
    const paragraphs = howMade.text.trim().split('\n\n');
    const withoutContact = [...paragraphs.slice(0, -1), 'So the best way to build and keep your supply is to feed your baby often, whenever they show you they are hungry.'].join('\n\n');
    expect(failedGate(check(withoutContact, howMade.text))).toBe('safety_sentence');
  });

  it('reject a wording that is far too long or too short', () => {
    expect(failedGate(check(`${howMade.text}\n\n${howMade.text}`, howMade.text))).toBe('length');
    expect(failedGate(check(howMade.short, howMade.text))).toBe('length');
  });

  it('reject a wording that states a red flag the curated answer does not', () => {
    const wording = withSentence(howMade.text, 'A floppy baby who is hard to wake is normal in the first days.');
    expect(failedGate(check(wording, howMade.text))).toBe('triage');
  });

  it("accept the red flags a curated answer names itself, but not new ones", () => {
    expect(check(babySick.text, babySick.text)).toEqual({ passed: true });
    expect(failedGate(check(withSentence(babySick.text, 'Yellow skin is fine to ignore.'), babySick.text))).not.toBe('passed');
  });

  it('reject advice latch never gives, even when the curated answer mentions it negated', () => {
    expect(failedGate(check(withSentence(howMade.text, 'You should stop breastfeeding.'), howMade.text))).toBe('forbidden');
    const mother = curatedAnswer('immunity.mother_sick');
    expect(failedGate(check(withSentence(mother.text, "It's probably nothing."), mother.text))).toBe('forbidden');
  });

  it('reject a wording that drifts into advice of its own while keeping the numbers and contacts', () => {
    const paragraphs = howMade.text.trim().split('\n\n');
    const ownAdvice =
      'Cabbage, beans, onions and garlic can give a newborn colic through your milk, so cutting them out for a while often settles a windy, unsettled baby. Spicy curries and citrus fruit can also make nappy rash worse, and plenty of oats and lactation cookies will boost a low supply quickly.';
    const wording = [paragraphs[0], ownAdvice, paragraphs[paragraphs.length - 1]].join('\n\n');
    expect(failedGate(check(wording, howMade.text))).toBe('new_words');
  });
});

describe('output gates, as properties', () => {
  const answers = [...knowledgeBase.answerById.values()].map((answer) => answer.text);
  const facts: fc.Arbitrary<Facts> = fc.record(
    { days_since_birth: fc.integer({ min: 0, max: 400 }), birth_type: fc.constantFrom('caesarean' as const, 'vaginal' as const), twins: fc.boolean() },
    { requiredKeys: [] },
  );

  it('always pass the curated text itself, whatever it says', () => {
    const text = fc.oneof(
      fc.constantFrom(...answers),
      fc.string({ maxLength: 300 }),
      fc.array(fc.oneof(fc.constantFrom('baby', 'floppy', '38', '°C', '100.4 °F', 'three', 'days', 'stop breastfeeding', 'www.x.org', '0300 123 4567', 'ring 111', 'midwife', '10 mg', 'ibuprofen', '.', 'not'), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((words) => words.join(' ')),
    );
    fc.assert(
      fc.property(text, facts, (curated, known) => {
        // expectEqual: Node's comparison first, jest's toEqual deciding and reporting any difference (an expect()
        // per generated text was a large part of the test's time).
        expectEqual(check(curated, curated, known), { passed: true });
      }),
      { numRuns: 300 },
    );
    // 300 generated texts through every gate: 2.5 s under load, so 30 s rather than jest's 5.
  }, 30_000);

  const smallWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
  const units = ['', 'days', 'hours', 'weeks', 'months', 'ml', 'oz', 'mg', 'times', 'feeds', '°C', '°F', '%', 'per cent', 'nappies'];

  // 500 runs in two tests of 250, each with its own seed: one test of 500 took 4.3 s of its 5 s under a load of 12.
  it.each([1, 2])('never pass a number the curated text does not have (250 runs, part %i of 2)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...answers),
        fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 200, noNaN: true }).map((value) => Math.round(value * 10) / 10)),
        fc.constantFrom(...units),
        fc.boolean(),
        fc.nat(),
        (curated, value, unit, asWord, position) => {
          const written = asWord && Number.isInteger(value) && value <= 12 ? smallWords[value] : String(value);
          const inserted = `${written} ${unit}`.trim();
          const [mention] = numberMentions(inserted);
          fc.pre(mention !== undefined && !isMentioned(mention, numberMentions(curated)));
          const words = curated.split(' ');
          const at = position % (words.length + 1);
          const wording = [...words.slice(0, at), inserted, ...words.slice(at)].join(' ');
          const result = check(wording, curated);
          // jest's expect only where the check fails, to say how (an expect() per run was a large part of the time).
          if (result.passed || !['numbers', 'doses', 'phone_numbers', 'length'].includes(result.gate)) {
            expect(result.passed).toBe(false);
            if (!result.passed) expect(['numbers', 'doses', 'phone_numbers', 'length']).toContain(result.gate);
          }
        },
      ),
      { numRuns: 250 },
    );
  });
});
