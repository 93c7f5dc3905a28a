import fc from 'fast-check';
import { loadEnglishWords } from '../../../src/nlu/english-words';
import { firstTurn, sharedEngine } from '../../support/shared-engine';

// Building the engine (content, cached model, safety net) takes seconds on a busy machine: once, before the
// tests and outside their time limits.
beforeAll(() => {
  sharedEngine();
}, 60_000);

// A slip that makes another real word ("hearing" → "haring") cannot be told from that word; those are left out.
const englishWords = loadEnglishWords();

// Issue 11: per row of RED-FLAGS.md, paraphrases generated from parts (who × the sign in several verb forms
// and tenses × a time expression × a typo × a surrounding story) escalate at the row's level or higher.
// The parts are written here, apart from content/safety.yaml, the way parents and partners put things.

type Level = 'emergency' | 'urgent_today' | 'soon';
const rank: Record<Level, number> = { emergency: 0, urgent_today: 1, soon: 2 };

interface RowParts {
  row: string;
  level: Level;
  subjects: string[];
  /** The sign, in several verb forms and tenses; "{S}" is the subject. */
  signs: string[];
  times: string[];
}

const babies = ['my baby', 'our son', 'my daughter', 'lo', 'my 3 week old', 'the baby', 'our little one', 'my 10 day old'];
const mothers = ['i', 'my wife', 'my partner'];
const babyTimes = ['', 'since this morning', 'today', 'for the last hour', 'right now', 'tonight'];

const rows: RowParts[] = [
  {
    row: 'baby-unresponsive',
    level: 'emergency',
    subjects: babies,
    signs: ['{S} is floppy', '{S} has gone floppy', '{S} was really floppy', '{S} keeps going limp', '{S} feels like a rag doll', '{S} won\'t wake up', '{S} is really hard to wake', '{S} is too weak to suck', "{S} didn't react when i rubbed his chest", "{S} has gone flat and doesn't cry when i change her", '{S} barely rouses and her arms just drop'],
    times: babyTimes,
  },
  {
    row: 'baby-breathing-seizure',
    level: 'emergency',
    subjects: babies,
    signs: ['{S} had a seizure', '{S} is having a fit', '{S} keeps jerking his arms and legs', "{S}'s lips went blue", "{S}'s lips are turning blue", '{S} stopped breathing for a few seconds', '{S} is grunting with every breath', '{S} is breathing really fast'],
    times: babyTimes,
  },
  {
    row: 'baby-skin-rash',
    level: 'emergency',
    subjects: babies,
    signs: ["{S}'s skin looks mottled", "{S}'s skin has gone blotchy and purple like marble", '{S} has a rash that does not fade under a glass', '{S} has spots that don\'t fade when i press them', '{S} is very pale and cold to touch', '{S} has gone a ghostly white colour', '{S} looks really washed out and pale', "{S} has dark red spots that don't go when you squash them"],
    times: babyTimes,
  },
  {
    row: 'baby-temperature',
    level: 'emergency',
    subjects: ['my 3 week old', 'my 6 week old', 'my newborn', 'my 10 day old', 'our 2 month old'],
    signs: ['{S} has a temperature of 38.5', "{S}'s temp is 38.2", '{S} has a temp of 101 f', "{S}'s temperature was thirty eight point four", '{S} is running a fever of 100.8 °F', "{S}'s temperature is 35.4"],
    times: ['', 'this evening', 'since lunchtime', 'tonight'],
  },
  {
    row: 'baby-wet-nappies',
    level: 'urgent_today',
    subjects: ['my 5 day old', 'my 6 day old', 'my 2 week old', 'our 10 day old'],
    signs: ['{S} has only had 2 wet nappies', '{S} has had just two wet diapers', "{S} hasn't had a wet nappy in 9 hours", "{S}'s wee is dark like strong tea", '{S} has orange crystals in the nappy'],
    times: ['', 'today', 'in the last 24 hours'],
  },
  {
    row: 'baby-dehydration',
    level: 'urgent_today',
    subjects: babies,
    signs: ['{S} has a dry mouth', "{S}'s mouth is really dry", "{S}'s soft spot looks sunken", "the soft spot on {S}'s head is sunken", "{S}'s fontanelle has dipped in"],
    times: babyTimes,
  },
  {
    row: 'baby-jaundice',
    level: 'urgent_today',
    subjects: ['my 3 week old', 'my 15 day old', 'our 18 hour old', 'my baby'],
    signs: ['{S} is still yellow', "{S}'s skin looks yellow", 'the whites of {S}\'s eyes look yellow', '{S} has jaundice', '{S} has gone yellow'],
    times: ['', 'today', 'since yesterday'],
  },
  {
    row: 'baby-weight-loss',
    level: 'urgent_today',
    subjects: babies,
    signs: ['{S} has lost 12% of her birth weight', '{S} lost eleven percent', '{S} went from 3.5 kg to 3.1 kg', '{S} was born 7lb 8oz and is now 6lb 9oz'],
    times: ['', 'by day 4', 'at the weigh in', 'this week'],
  },
  {
    row: 'baby-blood',
    level: 'urgent_today',
    subjects: babies,
    signs: ["there is blood in {S}'s poo", '{S} brought up milk with blood in it', "{S}'s nappy had red streaks of blood in the poo", "{S}'s cord stump is bleeding", '{S} vomited blood'],
    times: babyTimes,
  },
  {
    row: 'baby-not-feeding',
    level: 'urgent_today',
    subjects: ['my 5 day old', 'my 2 week old', 'our newborn', 'my 10 day old'],
    signs: ["{S} hasn't fed for 7 hours", '{S} has gone nine hours without a feed', '{S} has only fed 5 times in 24 hours and is very sleepy', "{S} hasn't had a feed in 8 hours", "{S} has refused every feed since 7 this morning and it's 4pm now", '{S} has had 3 short feeds since breakfast and keeps dozing off', 'we have to wake {S} for every feed and he went from 10pm to 5am without anything'],
    times: ['', 'today', 'now'],
  },
  {
    row: 'mother-mental-health',
    level: 'emergency',
    subjects: mothers,
    signs: ['{S} want to end it all', '{S} keeps thinking everyone would be better off without me', '{S} has been hearing voices', '{S} thought about hurting myself', "{S} can't go on like this and want to die", '{S} keeps having thoughts of harming the baby'],
    times: ['', 'lately', 'since the birth', 'tonight'],
  },
  {
    row: 'mother-physical',
    level: 'emergency',
    subjects: mothers,
    signs: ['{S} is soaking a pad every hour', '{S} has heavy bleeding with big clots', '{S} has chest pain', '{S} has a bad headache and blurred vision', '{S} has a swollen painful calf', '{S} keeps feeling faint', '{S} has a fever and a stabbing pain low down in my belly', "{S} can't catch my breath even sitting down"],
    times: ['', 'since the birth', 'today', 'tonight'],
  },
  {
    row: 'mother-mastitis',
    level: 'urgent_today',
    subjects: mothers,
    signs: ['{S} has a red hot lump in my breast and a fever', '{S} has a red swollen boob and chills', '{S} has a hot wedge shaped patch on the breast and feels flu like'],
    times: ['', 'since yesterday', 'today'],
  },
  {
    row: 'mother-low-mood',
    level: 'soon',
    subjects: mothers,
    signs: ['{S} has felt low every day for weeks', '{S} has been crying every day for a month', '{S} feels hopeless most days for weeks'],
    times: ['', 'now', 'since the birth'],
  },
  {
    row: 'mother-blood-in-milk',
    level: 'soon',
    subjects: mothers,
    signs: ['{S} has had blood in my breast milk for 5 days', '{S} keeps seeing blood in my pumped milk for a week', "{S}'s expressed milk has been pink for 4 days"],
    times: ['', 'now', 'still'],
  },
];

// Chatter around the sign: ordinary words, punctuation and emoji, never a negation or "it's gone now".
const story = fc.constantFrom('', 'sorry its 3am', 'ftm here', 'we got home from hospital on tuesday', 'breastfeeding was going ok', 'help!!', 'my mum is staying with us', '😭', 'i am so tired', 'x');

/** A one-letter slip in one longer word: a letter dropped or doubled, never the first. */
function typo(text: string, wordIndex: number, position: number, kind: 'drop' | 'double'): string {
  const words = text.split(' ');
  const candidates = words.map((word, index) => ({ word, index })).filter(({ word }) => /^[a-z]{6,}$/.test(word));
  if (candidates.length === 0) return text;
  const { word, index } = candidates[wordIndex % candidates.length];
  const at = 1 + (position % (word.length - 1));
  const slipped = kind === 'drop' ? word.slice(0, at) + word.slice(at + 1) : word.slice(0, at) + word[at] + word.slice(at);
  if (englishWords.has(slipped)) return text;
  words[index] = slipped;
  return words.join(' ');
}

/** "{S}" with a subject: "i is" reads "i am", "i has" reads "i have", "i keeps" reads "i keep". */
function withSubject(sign: string, subject: string): string {
  const text = sign.replace('{S}', subject);
  if (subject !== 'i') return text;
  return text.replace(/^i is /, 'i am ').replace(/^i has /, 'i have ').replace(/^i keeps /, 'i keep ').replace(/^i feels /, 'i feel ').replace(/^i's /, 'my ');
}

describe.each(rows.map((row) => [row.row, row] as const))('paraphrases of %s', (_row, parts) => {
  it(`escalate at ${parts.level} or higher`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...parts.subjects),
        fc.constantFrom(...parts.signs),
        fc.constantFrom(...parts.times),
        fc.option(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom<'drop' | 'double'>('drop', 'double')), { nil: undefined }),
        story,
        story,
        (subject, sign, time, slip, before, after) => {
          let sentence = [withSubject(sign, subject), time].filter((part) => part !== '').join(' ');
          if (slip) sentence = typo(sentence, ...slip);
          const text = [before, sentence, after].filter((part) => part !== '').join('. ');
          const { trace } = firstTurn(text);
          const level = trace.redFlag?.level as Level | undefined;
          if (trace.route !== 'red_flag' || level === undefined || rank[level] > rank[parts.level]) {
            throw new Error(`"${text}" got ${trace.route} ${level ?? ''}, expected ${parts.level}`);
          }
        },
      ),
      // A fixed seed per row keeps CI repeatable; change it (or drop it locally) to explore other paraphrases.
      { numRuns: 60, seed: 1100 + rows.indexOf(parts) },
    );
  });
});
