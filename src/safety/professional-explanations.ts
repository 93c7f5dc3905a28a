import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, type Recognition } from './recognition';
import { inIfClause, sentenceEndOf, sentenceStartOf } from './sentence-positions';
import { subjectsByToken } from './subjects-by-token';

// A professional's diagnosis of a sign, in the writer's own words: "doc diagnosed milk protein intolerance from
// the blood in her nappies", "swallowed blood from my cracked nipple made his poo look dark, midwife confirmed
// it". The fixed verdict phrases (`professional_verdict`: "said it was normal", "all fine") miss these, which
// name a cause rather than call it normal; a professional who has looked and named the cause has done what an
// escalation below an emergency asks for (issue 11: train-17's near misses already seen by a professional).

/**
 * Verbs by which a professional tells what a sign is, beyond calling it normal: a diagnosis given, or the
 * writer's own account confirmed ("midwife confirmed it"). Not "said", "says" or "thinks": a professional's
 * words more often tell the sign itself ("the midwife says he's lost 13%", "the GP said breast milk jaundice
 * but didn't do any test"), which still needs a person (red flags on every training file).
 */
const diagnosingVerbs = new Set(['diagnosed']);
const confirmingVerbs = new Set(['confirmed', 'confirms']);
/** What a confirmation confirms: the account told before it ("midwife confirmed it"), not a new finding ("confirmed she's lost 12%"). */
const toldBefore = new Set(['it', 'that', 'this']);
/** Words that end what a diagnosis covers within its sentence: what follows tells something else ("… diagnosed jaundice and she is still yellow at 3 weeks", "… but it is back"). */
const verdictEnds = new Set(['and', 'still', 'but', 'though', 'although', 'however', 'yet', 'now', 'today', 'tonight', 'since']);
/** How far before its verb the professional may be named: "the doctor tested her poo and found blood inside it …, diagnosed". */
const subjectReach = 16;

/**
 * Spans, each from a professional's verb of judging to the end of what it covers (its clause, or a "but"),
 * where a professional (`professional_named`, `professional_short`) is named before the verb in its sentence with no one else (the
 * writer, a partner or relative) named between, the verb is not negated nor in an if-clause, and nothing after
 * it in its sentence raises a concern (`verdict_concern`: "needs", "admit", "come back", "not sure", "worse").
 * Read by isClearedByProfessional, for rows that are not an emergency nor a crisis.
 */
export function professionalExplanations(recognition: Recognition): Span[] {
  const professionals = [...(recognition.concepts.get('professional_named') ?? noSpans), ...(recognition.concepts.get('professional_short') ?? noSpans)];
  if (professionals.length === 0) return [];
  const { tokens } = recognition;
  const concerns = recognition.concepts.get('verdict_concern') ?? noSpans;
  const subjects = subjectsByToken(recognition);
  const explanations: Span[] = [];
  for (let verb = 1; verb < tokens.length; verb++) {
    const word = tokens[verb].word;
    if (!diagnosingVerbs.has(word) && !(confirmingVerbs.has(word) && toldBefore.has(tokens[verb + 1]?.word ?? ''))) continue;
    const sentenceStart = sentenceStartOf(tokens, verb);
    const named = professionals.some((professional) => {
      if (professional.end > verb || professional.start < sentenceStart || verb - professional.end >= subjectReach) return false;
      for (let index = professional.end; index < verb; index++) if (subjects[index] === 'mother' || subjects[index] === 'partner') return false;
      return true;
    });
    if (!named || inIfClause(tokens, sentenceStart, verb)) continue;
    let end = verb + 1;
    while (end < tokens.length && !tokens[end - 1].clauseEnd && !tokens[end - 1].sentenceEnd && !verdictEnds.has(tokens[end].word)) end++;
    const span = { start: verb, end };
    if (isNegated(recognition, span)) continue;
    // A concern anywhere after the verb in its sentence, past what the diagnosis covers too ("diagnosed an allergy
    // from the blood in her nappy and wants her seen by a specialist"): the professional has not closed it.
    const sentenceEnd = sentenceEndOf(tokens, verb + 1);
    if (concerns.some((concern) => concern.start >= verb && concern.start < sentenceEnd && !isNegated(recognition, concern))) continue;
    explanations.push(span);
  }
  return explanations;
}
