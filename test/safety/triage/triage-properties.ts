import fc from 'fast-check';
import { initialConversationState } from '../../../src/engine/turn-types';
import { guardInput } from '../../../src/safety/guard-input';
import { triageTokens } from '../../../src/safety/triage-tokens';
import { firstTurn, sharedEngine } from '../../support/shared-engine';

// Red-flag sentences of several rows; each must escalate wherever it stands in a message.
const redFlagSentences = [
  'my baby is floppy and will not wake up',
  'her lips are blue',
  'my 3 week old has a temperature of 38.5',
  'i want to kill myself',
  'i am soaking a pad every hour',
  'blood in her poo',
  'no wet nappy in 10 hours',
];

// Surrounding chatter: ordinary words, punctuation and emoji, never a negation that could rightly cancel the sign.
const chatter = fc
  .array(fc.constantFrom('hi', 'sorry', 'its 3am', 'so tired', 'ftm here', 'lol', '😭', '...', 'honestly', 'my mum says', 'we are at home', 'breastfeeding is going ok', '!!', 'help', 'x'), { maxLength: 8 })
  .map((words) => words.join(' '));

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits (the first test built it within its own 5 s).
beforeAll(() => {
  sharedEngine();
}, 60_000);

describe('red-flag triage properties', () => {
  // Each property's runs in two tests of half as many, each with its own seed: whole, three of them took 3.7
  // to 4.5 s of their 5 s in a full run under a load of 15.
  it.each([1, 2])('escalates a red-flag sentence embedded in random surrounding text (150 runs, part %i of 2)', () => {
    fc.assert(
      fc.property(chatter, fc.constantFrom(...redFlagSentences), chatter, fc.constantFrom(' ', '. ', ', ', '\n'), (before, sentence, after, joint) => {
        const text = [before, sentence, after].filter((part) => part !== '').join(joint);
        const { trace } = firstTurn(text);
        return trace.route === 'red_flag';
      }),
      { numRuns: 150 },
    );
  });

  it('escalates a red-flag sentence in the middle of a dialog too', () => {
    const engine = sharedEngine();
    const timestamp = '2026-11-26T03:00:00.000Z';
    const asked = engine.respond({ text: 'why is my milk late', timestamp }, initialConversationState());
    expect(asked.state.dialog?.id).toBe('milk-late');
    fc.assert(
      fc.property(chatter, fc.constantFrom(...redFlagSentences), (before, sentence) => {
        const { trace, state } = engine.respond({ text: `${before} ${sentence}`, timestamp }, asked.state);
        return trace.route === 'red_flag' && state.dialog === null;
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * fast-check's 'binary' string unit, any code point but a lone surrogate, made as fast-check makes it (the same
 * code point for each index, so the same strings and shrinks from the same seed), but undoing its mapping by
 * arithmetic. fast-check's own unit undoes it through a map of all 1,112,064 code points, built when the
 * string arbitrary is made (to slip strings such as "__proto__" into what it generates): 1.1-1.8 s of CPU and
 * a map of a million entries in every run of this file.
 */
const surrogatesStart = 0xd800;
const surrogateCount = 0x800;
const anyCodePoint = fc.nat({ max: 0x10ffff - surrogateCount }).map(
  (index) => String.fromCodePoint(index < surrogatesStart ? index : index + surrogateCount),
  (value) => {
    const codePoint = typeof value === 'string' ? value.codePointAt(0) : undefined;
    if (codePoint === undefined || String.fromCodePoint(codePoint) !== value || (codePoint >= surrogatesStart && codePoint < surrogatesStart + surrogateCount)) throw new Error('not one code point');
    return codePoint < surrogatesStart ? codePoint : codePoint - surrogateCount;
  },
);

describe('any input gets a reply and never throws', () => {
  const engine = sharedEngine();
  const anyText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: anyCodePoint, maxLength: 200 }),
    fc.constantFrom('', ' ', '\u0000\u0001\u0007', '\u200b\u200b', '🤱🍼💧', 'كيف أزيد الحليب', '母乳が出ない', 'молоко не пришло', '\ud800 lone surrogate', 'x'.repeat(5000), '🍼'.repeat(3000)),
  );

  it.each([1, 2])('replies to every first message with at least one reply and a known route (150 runs, part %i of 2)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = engine.respond({ text, timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState());
        return result.replies.length > 0 && ['answer', 'dialog', 'clarify', 'refer', 'smalltalk', 'red_flag'].includes(result.trace.route);
      }),
      { numRuns: 150 },
    );
  });

  it.each([1, 2])('replies inside a dialog and after any earlier message too (50 runs, part %i of 2)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (texts) => {
        let state = engine.respond({ text: 'why is my milk late', timestamp: '2026-11-26T03:00:00.000Z' }, initialConversationState()).state;
        for (const text of texts) {
          const result = engine.respond({ text, timestamp: '2026-11-26T03:00:00.000Z' }, state);
          if (result.replies.length === 0) return false;
          state = result.state;
        }
        return true;
      }),
      { numRuns: 50 },
    );
  });
});

describe('the input guard', () => {
  it('strips control and invisible characters, so a hidden zero-width space cannot hide a red flag', () => {
    expect(guardInput('flo\u200bppy\u0007 baby', 2000)).toEqual({ text: 'floppy baby', problem: null });
    expect(firstTurn('my baby is flo\u200bppy').trace.route).toBe('red_flag');
  });

  it('composes unicode, so a decomposed accent reads like the composed one', () => {
    expect(guardInput('cafe\u0301', 2000).text).toBe('caf\u00e9');
  });

  it("keeps a phone's curly quotes and dashes as typed, and composes the two spaces among them that NFC changes", () => {
    expect(guardInput(' she\u2019s \u201cfloppy\u201d \u2013 help\u2026 ', 2000).text).toBe('she\u2019s \u201cfloppy\u201d \u2013 help\u2026');
    expect(guardInput('floppy\u2000baby \u2014 \u2001', 2000).text).toBe('floppy\u2002baby \u2014');
  });

  it("reads a phone's curly quotes and dashes as the straight ones typed on a computer", () => {
    const tokens = (text: string) => triageTokens(text).map(({ word, stem, value, sentenceEnd, clauseEnd, questionEnd }) => ({ word, stem, value, sentenceEnd, clauseEnd, questionEnd }));
    // An en or em dash ends a clause as a spaced hyphen does; a curly apostrophe opens a contraction.
    expect(tokens('She\u2019s floppy \u2013 won\u2019t feed \u201cat all\u201d\u2014 38\u20115?')).toEqual(tokens('She\'s floppy - won\'t feed "at all" - 38 5?'));
    expect(tokens('she won\u2019t wake \u2013 floppy').find((token) => token.word === 'wake')?.clauseEnd).toBe(true);
  });

  it('turns line breaks into spaces and trims', () => {
    expect(guardInput('  why is\nmy milk\r\nlate  ', 2000).text).toBe('why is my milk late');
  });

  it('calls an empty or invisible message empty', () => {
    expect(guardInput('\u200b \u0000 ', 2000).problem).toBe('empty');
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(guardInput('🍼'.repeat(10), 10).problem).toBeNull();
    expect(guardInput('🍼'.repeat(11), 10).problem).toBe('too_long');
  });

  it('answers a message over the limit with the kind too_long message and keeps an open dialog', () => {
    const engine = sharedEngine();
    const timestamp = '2026-11-26T03:00:00.000Z';
    const asked = engine.respond({ text: 'why is my milk late', timestamp }, initialConversationState());
    const long = engine.respond({ text: 'a'.repeat(5000), timestamp }, asked.state);
    expect(long.replies).toEqual([{ kind: 'text', text: engine.knowledgeBase.messages.too_long }]);
    expect(long.state.dialog).toEqual(asked.state.dialog);
  });

  it('replaces a lone surrogate rather than failing on it', () => {
    expect(guardInput('milk \ud800 late', 2000).text).toBe('milk \ufffd late');
  });
});

describe('the first reply', () => {
  it('says once, first, that latch gives general information and not medical advice', () => {
    const engine = sharedEngine();
    const timestamp = '2026-11-26T03:00:00.000Z';
    const disclaimer = engine.knowledgeBase.messages.disclaimer;
    const first = engine.respond({ text: 'how is breast milk made', timestamp }, initialConversationState());
    expect(first.replies[0]).toEqual({ kind: 'text', text: disclaimer });
    const second = engine.respond({ text: 'what is colostrum', timestamp }, first.state);
    expect(second.replies.some((reply) => reply.kind === 'text' && reply.text === disclaimer)).toBe(false);
  });

  it('puts the disclaimer before an escalation on a first message too', () => {
    const { replies } = firstTurn('my baby is floppy');
    expect(replies.map((reply) => reply.kind)).toEqual(['text', 'handoff']);
  });
});

describe('a question asked with a red flag', () => {
  it('is answered after a "see someone soon" escalation when it stands clearly on its own', () => {
    const { trace, replies } = firstTurn('i think i have postnatal depression. how is breast milk made');
    expect(trace).toMatchObject({ route: 'red_flag', redFlag: { level: 'soon' }, intent: 'milk.how_made' });
    expect(replies.map((reply) => reply.kind)).toEqual(['text', 'handoff', 'answer', 'choices']);
  });

  it('is not answered from the words of the sign itself', () => {
    const { replies } = firstTurn('blood in my breastmilk');
    expect(replies.map((reply) => reply.kind)).toEqual(['text', 'handoff']);
  });

  it('is not answered when latch is not sure of it', () => {
    const { replies } = firstTurn('blood in my breastmilk, can i still feed my baby');
    expect(replies.some((reply) => reply.kind === 'answer')).toBe(false);
  });

  it('is never answered next to an emergency or an urgent sign', () => {
    for (const text of ['my baby is floppy, how is breast milk made', 'baby is yellow, how is breast milk made']) {
      const { trace, replies } = firstTurn(text);
      expect({ text, route: trace.route, answered: replies.some((reply) => reply.kind === 'answer') }).toEqual({ text, route: 'red_flag', answered: false });
    }
  });
});
