import { markBreastSubjects } from './breast-subjects';
import { noSpans, type Recognition, type Subject } from './recognition';
import type { TriageToken } from './triage-tokens';
import { workedOut } from './worked-out';

// Whose each word is: the persons the writer names, with those who only report a sign, possessives and "mine" read.

// Later kinds win where spans overlap: "my" is the mother's, "my baby" the baby's, "my wife" the partner's report.
const personConcepts = ['who_mother', 'who_ambiguous', 'who_partner', 'who_baby'] as const;
const personSubjects: readonly Subject[] = ['mother', 'ambiguous', 'partner', 'baby'];
const reportVerbs = new Set(['noticed', 'notices', 'saw', 'sees', 'spotted', 'found', 'checked', 'pointed', 'realised', 'realized', 'showed', 'mentioned']);
/** The writer's verbs of finding a sign on someone: not of seeing or realising, which may tell her own. */
const writerReportVerbs = new Set(['noticed', 'notice', 'spotted', 'found', 'checked']);
/** Verbs of saying or thinking: a baby named right before one is someone's grown child telling, not the baby. */
const speechVerbs = new Set(['says', 'said', 'thinks', 'reckons', 'told', 'tells', 'believes', 'insists', 'suggested', 'suggests']);
/** The word naming the grown child in a `grown_child` phrase. */
const grownChildWords = new Set(['daughter', 'daughters', 'dd']);
const fillerBeforeReport = new Set(['just', 'has', 'had', 'have', 'also', 'then', 'only', 'first', 'actually']);
/** The writer's verbs of taking a reading, with "it" after them ("I took it under the arm and it says 38.1"). */
const writerMeasureVerbs = new Set(['took', 'take', 'taken', 'measured', 'measure', 'retook', 'rechecked']);
/** The writer's verbs of using a thermometer, with one named right after ("I used a forehead thermometer and it said 100.6"). */
const writerDeviceVerbs = new Set(['used', 'use', 'put', 'tried', 'checked', 'stuck']);
const thermometerWords = new Set(['thermometer', 'thermometers', 'thermo', 'temp', 'temperature']);
/** What a thermometer's reading does after "it" ("and it says 38.3"). */
const readingVerbs = new Set(['says', 'said', 'say', 'read', 'reads', 'showed', 'shows']);
/** Verbs whose object the writer is when a professional showed her how ("like the health visitor showed me"). */
const shownVerbs = new Set(['showed', 'shown', 'show', 'taught', 'teach', 'told', 'explained']);
/** The writer's verb of a reading got, with its number right after ("I got 38.3 on the forehead thermometer"). */
const writerReadingVerbs = new Set(['got', 'get', 'getting']);
/** Where a reading got was taken, right after its number: "on the forehead thermometer", "under his arm". */
const readingPlaceWords = new Set(['on', 'under', 'in', 'from', 'with']);
const readingPlaceTails = new Set(['thermometer', 'forehead', 'ear', 'arm', 'armpit', 'his', 'her', 'the', 'baby', 'baby s']);

/**
 * By token position, the person a word names (undefined where none): an array, not a Map, as the readings
 * look positions up word by word back from every place of every concept.
 */
export type SubjectsByToken = (Subject | undefined)[];

export function subjectsByToken(recognition: Recognition): SubjectsByToken {
  const worked = workedOut(recognition);
  let categories = worked.subjects;
  if (categories) return categories;
  categories = new Array<Subject | undefined>(recognition.tokens.length).fill(undefined);
  for (let kind = 0; kind < personConcepts.length; kind++) {
    const spans = recognition.concepts.get(personConcepts[kind]);
    if (!spans) continue;
    const subject = personSubjects[kind];
    for (const span of spans) for (let index = span.start; index < span.end; index++) categories[index] = subject;
  }
  // "my grown daughter", "my daughter gave birth", "my daughter and her baby": the daughter is a woman, whose
  // signs are an adult's (review of train-19: a grown daughter's fever raised the baby's rule). Her own baby,
  // named in the same words, stays the baby.
  for (const span of recognition.concepts.get('grown_child') ?? noSpans) {
    for (let index = span.start; index < span.end; index++) {
      if (!grownChildWords.has(recognition.tokens[index].word)) continue;
      categories[index] = 'partner';
      break;
    }
  }
  const reporters = new Set<number>();
  // "partner just noticed spots on the baby's tummy", "my mum spotted a rash on him": the one who tells of a
  // sign is not whose it is. A partner or relative right before a verb of noticing names nobody (one who
  // "says" may be telling of herself: "my wife says life is not worth living").
  markReporters(recognition, 'who_partner', 'partner', reportVerbs, categories, reporters);
  // A son or daughter who says or thinks something is no baby with a sign ("grandson is 7 weeks. my son says
  // the doctor thinks its pnd" is the baby's father telling of the mother): babies do not speak.
  markReporters(recognition, 'who_baby', 'baby', speechVerbs, categories, reporters);
  // So is the writer who found it: "she's feeding ok but I've found a tiny spot that doesn't fade" is the baby's
  // spot, not hers (train-9); "I noticed my nipple is bleeding", "I found I was dizzy" still name her after.
  // Not "I saw": what she sees may be her own sign ("i saw a huge spider run across the ceiling").
  // So is the writer who took a reading (s22-ue, train-20): "I took it under the arm and it says 38.1", "I got
  // 38.3 on the forehead thermometer" tell the baby's temperature; "I took my temperature" still names her after.
  // A writer who minds the baby and is not its mother (writer_carer: "I'm the nanny") tells of the baby throughout.
  const carer = recognition.concepts.has('writer_carer');
  // A reading is the baby's only once a baby is named before the writer's "I": "I took it this morning and it
  // says 38.2 but I feel fine, baby is 3 weeks" may be her own.
  const babyNamedAt = (recognition.concepts.get('who_baby') ?? noSpans).reduce((first, span) => Math.min(first, span.start), Number.POSITIVE_INFINITY);
  // Nor when she also tells her own illness or breast ("I feel awful, flu like. I took it twice and it says 38.2",
  // "my left breast is red, hot and sore"): the reading stays hers, with her own rows (review of s22-ue).
  const ownIllnessTold = recognition.concepts.has('writer_own_illness');
  recognition.tokens.forEach((token, index) => {
    if ((token.word !== 'i' && token.word !== 'me') || categories![index] !== 'mother') return;
    if (carer) {
      reporters.add(index);
      return;
    }
    // The writer as the one shown how to take a reading ("took it under her arm like the health visitor showed me
    // and it says 38.3", s32 train-32): a baby named before, not her own illness, and a thermometer's reading
    // told right after ("and it says"), the reading is the baby's.
    if (token.word === 'me') {
      if (babyNamedAt < index && !ownIllnessTold && shownVerbs.has(recognition.tokens[index - 1]?.word ?? '') && readingFollows(recognition.tokens, index + 1)) reporters.add(index);
      return;
    }
    const verbAt = nextAfterFillers(recognition.tokens, index + 1);
    const verb = recognition.tokens[verbAt]?.word ?? '';
    const object = recognition.tokens[verbAt + 1];
    if (writerReportVerbs.has(verb)) reporters.add(index);
    else if (babyNamedAt > index || ownIllnessTold) return;
    else if (writerMeasureVerbs.has(verb) && object?.word === 'it') reporters.add(index);
    // "I used a forehead thermometer and it said 100.6", "I put the thermometer under his arm" (s32 train-10).
    else if (writerDeviceVerbs.has(verb) && thermometerWithin(recognition.tokens, verbAt + 1)) reporters.add(index);
    else if (writerReadingVerbs.has(verb) && object !== undefined && /^\d/.test(object.word) && isReadingPlace(recognition.tokens, verbAt + 2)) reporters.add(index);
  });
  // "my 4 day old", "our son", "my wife": a possessive takes the person named right after it.
  recognition.tokens.forEach((token, index) => {
    if (token.word !== 'my' && token.word !== 'our' && token.word !== 'your') return;
    for (let next = index + 1; next <= index + 4 && next < recognition.tokens.length; next++) {
      const category = categories![next];
      if (category === 'baby' || category === 'partner') {
        categories![index] = category;
        if (reporters.has(next)) reporters.add(index);
        return;
      }
    }
  });
  // "my sister's baby is 6 months, mine is 3 weeks", "can a newborn have a fit? mine went stiff": after a baby
  // is named, "mine" or "ours" is the writer's own baby.
  // Unless it stands for the breasts named nearer before it (markBreastSubjects).
  const firstBaby = (recognition.concepts.get('who_baby') ?? noSpans).reduce((first, span) => Math.min(first, span.start), Number.POSITIVE_INFINITY);
  recognition.tokens.forEach((token, index) => {
    if ((token.word === 'mine' || token.word === 'ours') && index > firstBaby) categories![index] = 'baby';
  });
  markBreastSubjects(recognition.tokens, categories);
  for (const index of reporters) categories[index] = undefined;
  worked.subjects = categories;
  return categories;
}

/**
 * True when a number read is followed by where it was taken, not of the writer ("on the forehead thermometer",
 * "under his arm"): "I got 38.5 this morning", "I got 38.5 on my thermometer" stay hers.
 */
function isReadingPlace(tokens: readonly TriageToken[], from: number): boolean {
  if (!readingPlaceWords.has(tokens[from]?.word ?? '')) return false;
  for (let index = from + 1; index < Math.min(tokens.length, from + 4); index++) {
    const word = tokens[index].word;
    if (word === 'my') return false;
    if (readingPlaceTails.has(word)) return true;
  }
  return false;
}

/** True when a thermometer is named within the three words from `from` ("a forehead thermometer", "the temp gun"). */
function thermometerWithin(tokens: readonly TriageToken[], from: number): boolean {
  for (let index = from; index < Math.min(tokens.length, from + 3); index++) if (thermometerWords.has(tokens[index].word)) return true;
  return false;
}

/** True when "and it says", "and it said" or "it read" follows from `from` on: the reading that the writer was shown how to take. */
function readingFollows(tokens: readonly TriageToken[], from: number): boolean {
  const first = tokens[from]?.word === 'and' ? from + 1 : from;
  return tokens[first]?.word === 'it' && readingVerbs.has(tokens[first + 1]?.word ?? '');
}

/** The first word from `from` on that is no filler ("has", "just", …): the verb a person named before it goes with. */
function wordAfterFillers(tokens: readonly TriageToken[], from: number): string {
  return tokens[nextAfterFillers(tokens, from)]?.word ?? '';
}

/** The position of the first word from `from` on that is no filler. */
function nextAfterFillers(tokens: readonly TriageToken[], from: number): number {
  let next = from;
  while (next < tokens.length && fillerBeforeReport.has(tokens[next].word)) next++;
  return next;
}

/** Marks as reporters the tokens of `concept`'s persons (of `category`) whose verb is one of `verbs`: they tell, the sign is not theirs. */
function markReporters(recognition: Recognition, concept: string, category: Subject, verbs: ReadonlySet<string>, categories: Readonly<SubjectsByToken>, reporters: Set<number>): void {
  for (const span of recognition.concepts.get(concept) ?? []) {
    if (!verbs.has(wordAfterFillers(recognition.tokens, span.end))) continue;
    for (let index = span.start; index < span.end; index++) if (categories[index] === category) reporters.add(index);
  }
}
