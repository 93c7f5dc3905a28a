import fc from 'fast-check';
import type { Span } from '../../../src/safety/concept-matcher';
import type { RuleTriage } from '../../../src/safety/triage';
import { triageTokens, type TriageToken } from '../../../src/safety/triage-tokens';
import { expectEqual } from '../../support/expect-equal';
import { sharedContent, sharedEngine } from '../../support/shared-engine';

// The matcher reads a message's phrases as code (src/safety/phrase-code.ts) unless a token has alternatives;
// then it walks the Element objects (collectEnds). An alternative no phrase has changes nothing a phrase can
// match, so the two paths must find exactly the same places. Any step the code takes differently (a gap, a
// clause end, "but", a concept's spans, a prefix, a number, a sentence end) shows here as a difference.
// The 1,900 generated messages are compared with expectEqual (Node's comparison first, jest's toEqual to decide
// and report any difference): an expect() per message cost some 50 µs of jest's bookkeeping each.

// The engine's triage is the rule triage (build-engine.ts), which carries its recogniser.
const matcher = () => (sharedEngine().triage as RuleTriage).recogniser.matcher;

/** The same tokens, the first with an alternative that is no word of any phrase: the Element path. */
function withUnknownAlternative(tokens: readonly TriageToken[]): TriageToken[] {
  return tokens.map((token, index) => (index === 0 ? { ...token, alternatives: ['qqqzzz'] } : token));
}

function readable(found: Map<string, Span[]>): string[] {
  return [...found.entries()].map(([name, spans]) => `${name}=${spans.map((span) => `${span.start}-${span.end}`).join(',')}`).sort();
}

const messages = [
  'my 3 week old is floppy and hard to wake, no wet nappy since 8am',
  "she isn't feeding well but her lips are not blue, temp 38.2",
  'milk has not come in yet, day 4, is that normal?',
  'i had a fit last month, the gp said it was nothing. now my leg is swollen and hurting',
  'baby spat up milk through his nose, a bit of blood in the milk too',
  'What does a rash that doesnt fade look like? mine has one now',
  'my wife says life is not worth living and she wants to hurt the baby',
  'poo is pale grey, yellow skin, 10 days old, feeding every 2-3 hours',
  'no fever, no rash, just fussy – is it a growth spurt?',
  // Phrases that start with a gap or a short prefix (".. except", ".. not sure", "go* pale"), tried only where all their words are.
  'he is fine except he goes pale and i think his wee is pale grey yellow, not sure',
];

describe('concept phrases matched as code', () => {
  // The engine is built here, not inside the first test's time limit.
  // Building the shared engine is setup, not what is tested: 2.2 s of the default 5 s in a whole run at load 13.
  beforeAll(() => sharedEngine(), 60_000);

  it('finds the same concepts in the same places as the Element path, on sample messages', () => {
    for (const text of messages) {
      const tokens = triageTokens(text);
      expectEqual(readable(matcher().match(tokens)), readable(matcher().match(withUnknownAlternative(tokens))));
    }
  });

  it('finds the same places in random messages made of the concepts own words, numbers and breaks', () => {
    const words = [...matcher().vocabulary].sort();
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...words) },
      { weight: 1, arbitrary: fc.constantFrom('38.5', '3', 'two', 'twelve', 'a half') },
      { weight: 1, arbitrary: fc.constantFrom(',', '.', '?', ' - ', ' but ', ' and ', ' not ', ' no ') },
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const tokens = triageTokens(pieces.join(' '));
        if (tokens.length === 0) return true;
        expectEqual(readable(matcher().match(tokens)), readable(matcher().match(withUnknownAlternative(tokens))));
        return true;
      }),
      { numRuns: 400 },
    );
  });

  // 1,500 runs in three tests of 500, each with its own seed: one test of 1,500 took 3.4 s of its 5 s on a busy machine.
  it.each([1, 2, 3])('finds the same places in the concepts own phrases, their gaps filled with words, breaks and "but" (500 runs, part %i of 3)', () => {
    const concepts = sharedContent().safetyRules.concepts;
    const phrases = Object.values(concepts)
      .flat()
      .filter((phrase) => !phrase.startsWith('!'));
    const filler = fc.array(fc.constantFrom('so', 'really', 'but', ',', '.', 'not', 'baby', 'my', '3', 'and', '?', 'still'), { maxLength: 5 });
    // A phrase written out: each gap some filler, a number a digit, a concept one of its own phrases' first word, a prefix a word it starts.
    const writtenOut = fc.tuple(fc.constantFrom(...phrases), fc.array(filler, { minLength: 8, maxLength: 8 })).map(([phrase, fills]) =>
      phrase
        .trim()
        .split(/\s+/)
        .map((part, index) => {
          if (part === '..' || part === '...') return fills[index % fills.length].join(' ');
          if (part === '#') return '5';
          if (/^\{[a-z_0-9]+\}$/.test(part)) return (concepts[part.slice(1, -1)]?.[index % 3] ?? 'x').replace(/[.#{}*]/g, ' ');
          if (part.endsWith('*')) return `${part.slice(0, -1)}ing`;
          return part;
        })
        .join(' '),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(writtenOut, filler), { minLength: 1, maxLength: 3 }), (parts) => {
        const tokens = triageTokens(parts.map(([phrase, words]) => `${phrase} ${words.join(' ')}`).join(' '));
        if (tokens.length === 0) return true;
        expectEqual(readable(matcher().match(tokens)), readable(matcher().match(withUnknownAlternative(tokens))));
        return true;
      }),
      { numRuns: 500 },
    );
    // 0.86-1.25 s in whole runs at load 10-12, but 3.56 of the default 5 s in one at load 16 (in the triage folder's
    // file, whose heap is larger than this file's was alone: a full collection can fall inside a test).
  }, 30_000);
});
