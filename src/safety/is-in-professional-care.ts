import type { Span } from './concept-matcher';
import { insideAny } from './inside-any';
import { isNegated, isToldAnywhere } from './is-negated';
import { noSpans, type Recognition, type Subject } from './recognition';
import { inIfClause, sentenceEndOf, sentenceStartOf, sentencesBetween } from './sentence-positions';
import { samePerson, subjectBefore } from './sign-subjects';

// A sign a professional is giving care for now: the escalation's "contact your midwife or GP today" is already
// done. Asked only of rows that are not an emergency nor a crisis (see triage.ts).

/** How far after the care's words the sign it is for may start: "being treated for pnd", "under the lights for jaundice". */
const careReach = 4;

/** What names self-harm or a wish to die: no care under way covers a message that tells one. */
const crisisNamed = ['suicidal', 'self_harm', 'self_harm_kind', 'not_existing'];

/**
 * True when care a professional is giving now covers the sign at `span`, of `subject`: a baby's hospital care
 * (`baby_care`: "under the lights", "in nicu") for a sign of the baby's rows (`babyRow`), or a treatment
 * (`treatment_given`: "being treated for", "on antidepressants") told of the sign's person. The sign stands in
 * the care's sentence (before it, or just after it: "treatment for pnd") or in the sentence before; the care is
 * not in a question nor an if-clause nor followed by a "but" in its sentence; nothing from the sign's sentence
 * on tells it worse (`worsening`), nor anything after the care tells the care failing (`care_failing`,
 * `not_better`: "nothing is changing"). A sign told in a later sentence is not covered: it may be new ("she is under the lights. she won't feed").
 */
export function isInProfessionalCare(recognition: Recognition, span: Span, babyRow: boolean, subject: Subject): boolean {
  const babyCare = babyRow ? recognition.concepts.get('baby_care') : undefined;
  // Care in looser words ("seeing her gp and a counsellor") counts only told going well, with no change after (careGoingWell).
  const ongoing = (recognition.concepts.get('care_ongoing') ?? noSpans).filter((care) => careGoingWell(recognition, care));
  const named = recognition.concepts.get('treatment_given');
  const treatments = ongoing.length === 0 ? named : [...(named ?? noSpans), ...ongoing];
  if (babyCare === undefined && treatments === undefined) return false;
  const { tokens } = recognition;
  const signStart = sentenceStartOf(tokens, span.start);
  // More of a good thing is not worse ("help my wife get more rest", "a bit more hopeful": more_of_good, s24-mind).
  const goodMore = recognition.concepts.get('more_of_good') ?? noSpans;
  if ((recognition.concepts.get('worsening') ?? noSpans).some((worse) => worse.start >= signStart && !isNegated(recognition, worse) && !insideAny(goodMore, worse))) return false;
  // Care told as not working after it starts ("on antidepressants but nothing is changing", "not helping").
  const firstCare = Math.min(...[...(babyCare ?? noSpans), ...(treatments ?? noSpans)].map((care) => care.start));
  const failing = (name: string) => (recognition.concepts.get(name) ?? noSpans).some((told) => told.start >= firstCare && !isNegated(recognition, told));
  if (failing('care_failing') || failing('not_better')) return false;
  // A treatment told as not yet working or the mood still there ("on sertraline, still low most days", "it does
  // nothing", "hasn't kicked in"): the sign still needs the person. Read for a treatment only (the review of s23-mind).
  if (treatments !== undefined && failing('treatment_not_working')) return false;
  // A treatment never closes a message that also names self-harm or a wish to die ("in therapy for pnd and i want
  // to kil myself"), however its sentence stands.
  if (crisisNamed.some((name) => isToldAnywhere(recognition, name))) return false;
  return (
    (babyCare ?? noSpans).some((care) => covers(recognition, care, span)) ||
    (treatments ?? noSpans).some((care) => samePerson(subject, subjectBefore(recognition, care.start)) && covers(recognition, care, span))
  );
}

/** True when care told at `care` stands where it covers the sign at `span` (see isInProfessionalCare). */
function covers(recognition: Recognition, care: Span, span: Span): boolean {
  if (isNegated(recognition, care)) return false;
  const { tokens } = recognition;
  const careStart = sentenceStartOf(tokens, care.start);
  const careEnd = sentenceEndOf(tokens, care.end);
  // Asked ("is she having phototherapy?") or supposed ("if she is in special care"): no care given. Only the
  // care's own clause is read: "she's under the lights, can I feed her between sessions?" asks something else.
  let clauseEnd = care.end - 1;
  while (clauseEnd < careEnd - 1 && !tokens[clauseEnd].clauseEnd && !tokens[clauseEnd].sentenceEnd) clauseEnd++;
  if (tokens[clauseEnd]?.questionEnd || inIfClause(tokens, careStart, care.start)) return false;
  // "on antidepressants but nothing is shifting", "under the lights but …": what follows a "but" after the care
  // in its sentence tells what the care has not settled.
  for (let index = care.end; index < careEnd; index++) if (tokens[index].word === 'but') return false;
  if (span.start >= careStart) return span.start < careEnd && span.start <= care.end + careReach - 1;
  // Or in the sentence just before the care's ("I have felt low for weeks. I am on antidepressants from my GP").
  return sentencesBetween(tokens, span.start, careStart) <= 1;
}

/** Words between a person and her going well that keep it hers ("she is slowly improving", "I have been doing ok"). */
const linkingWords = new Set(['is', 'am', 'm', 's', 'has', 'have', 'been', 'feeling', 'feels', 'feel', 'now', 'really', 'slowly']);

/** Who the going well may be told of: the writer or the woman she writes about, never the baby, a body part or "it". */
const herWords = new Set(['i', 'im', 'she', 'shes']);

/**
 * True when the going well at `well` is told of her: her person names it ("I'm doing ok", "she is slowly improving"),
 * or it follows "and" or a comma with no other person named ("seeing her gp and a counsellor and doing well"). The
 * baby's, her bleeding's or her supply's going well ("baby is doing well", "my bleeding is much better") covers no
 * sign of her mood (the review of s25-mind).
 */
function isToldOfHer(recognition: Recognition, well: Span): boolean {
  const { tokens } = recognition;
  let before = well.start - 1;
  while (before >= 0 && linkingWords.has(tokens[before].word)) before--;
  if (before < 0) return false;
  if (herWords.has(tokens[before].word)) return true;
  // Nothing between the break and the going well but linking words: its subject is the care's person.
  return tokens[before].word === 'and' || tokens[before].clauseEnd;
}

/**
 * Words after her going well that may tell a change the care has not seen ("since Monday she has stopped eating",
 * "worse again this week", "hasn't got out of bed for days"): when any is told, the looser care covers nothing.
 */
const changeWords = new Set(['since', 'stopped', 'anymore', 'again', 'worse', 'back', 'suddenly', 'now', 'today', 'tonight', 'yesterday', 'week', 'weeks', 'days', 'eating', 'sleeping', 'sleep', 'bed', 'still', 'but', 'though']);

/**
 * True when care told in looser words (`care_ongoing`) has her told going well (`care_going_well`: "doing ok",
 * "slowly getting better") after it in its sentence, with no "but" between, and no word of a change after that
 * anywhere in the message (see changeWords). When unsure, the care covers nothing and the row weighs the sign.
 */
function careGoingWell(recognition: Recognition, care: Span): boolean {
  const { tokens } = recognition;
  const careEnd = sentenceEndOf(tokens, care.end);
  const well = (recognition.concepts.get('care_going_well') ?? noSpans).find((told) => told.start >= care.end && told.end <= careEnd && !isNegated(recognition, told) && isToldOfHer(recognition, told));
  if (!well) return false;
  if (tokens.slice(care.end, well.start).some((token) => token.word === 'but')) return false;
  return !tokens.slice(well.end).some((token) => changeWords.has(token.word));
}
