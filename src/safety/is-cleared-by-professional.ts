import type { Span } from './concept-matcher';
import { isNegated } from './is-negated';
import { noSpans, overlapping, type Recognition } from './recognition';
import { isThisPartOfDay, sentenceEndOf, sentenceStartOf, sentencesBetween } from './sentence-positions';

// A sign a professional has already seen and called benign, with nothing worse told after.

/**
 * Words that tell a sign as a new episode, after a professional's verdict on an earlier one. Not "still" or
 * "now": "she's 3 weeks now, still a hint of yellow" is the episode the verdict was on (train-3's near misses).
 */
const nowWords = new Set(['today', 'again', 'tonight', 'more']);
/** Who opens a verdict told of a professional named just before: "she said it's fine". */
const verdictPronouns = new Set(['she', 'he', 'they']);

/**
 * True when a professional has already looked at this sign and said it is benign ("the midwife checked her
 * over, all fine", "results came back normal, it's breast milk jaundice"): a `professional_verdict`,
 * not negated, after the sign or after an earlier mention of the same concept, with nothing after the
 * verdict saying it is getting worse (`worsening`). A sign first told after the verdict is a new one.
 */
export function isClearedByProfessional(recognition: Recognition, span: Span, concept: string, laterSigns: readonly string[] = []): boolean {
  const verdicts = (recognition.concepts.get('professional_verdict') ?? []).filter(
    (verdict) => !isNegated(recognition, verdict) && isProfessionalsVerdict(recognition, verdict),
  );
  if (verdicts.length === 0) return false;
  // About the same sign: a mention of it in the verdict's sentence or the one just before ("… a rash on
  // her cheeks. The GP checked her over, all fine"), not a verdict on something else told later.
  const mentions = [span, ...(recognition.concepts.get(concept) ?? [])].filter((other) =>
    verdicts.some((verdict) => other.start < verdict.end && sentencesBetween(recognition.tokens, other.start, verdict.start) <= 1),
  );
  if (mentions.length === 0) return false;
  // A place of the sign told again after the verdict's sentence, as new ("… he said it is fine. today there is
  // blood in his nappy"): a new episode, not the one the professional saw (review s9).
  if (verdicts.every((verdict) => span.start >= verdict.end && sentencesBetween(recognition.tokens, verdict.start, span.start) >= 1) && toldAsNow(recognition, span)) return false;
  const firstMention = Math.min(...mentions.map((other) => other.start));
  const worsening = recognition.concepts.get('worsening') ?? [];
  // `laterSigns`: another of these told after the verdict ("… said the yellow was normal, but he's not
  // feeding") keeps the sign, so the pair can still be weighed together.
  const laterOther = (verdict: Span) =>
    laterSigns.some((other) => other !== concept && (recognition.concepts.get(other) ?? []).some((later) => later.start >= verdict.end && !isNegated(recognition, later)));
  return verdicts.some(
    (verdict) => firstMention < verdict.end && !worsening.some((worse) => worse.start >= verdict.end && !isNegated(recognition, worse)) && !laterOther(verdict),
  );
}

/** True when the sign's sentence tells it as a new episode: "today", "again", "tonight", "this morning", "more". */
function toldAsNow(recognition: Recognition, span: Span): boolean {
  const { tokens } = recognition;
  const start = sentenceStartOf(tokens, span.start);
  const end = sentenceEndOf(tokens, span.end);
  return tokens.slice(start, end).some((token, offset) => nowWords.has(token.word) || isThisPartOfDay(tokens, start + offset));
}

/**
 * A verdict counts only as a professional's: a `professional_seen` phrase or a professional named
 * (`professional_named`) in the same sentence, not within the verdict's own words ("my mum said it was
 * nothing"), or a test's result (`test_result`: "the bloods came back normal"); and never in a sentence
 * that asks ("hopefully nothing to worry about?", "is this normal?"). "My mum says it is the skin" is none.
 */
function isProfessionalsVerdict(recognition: Recognition, verdict: Span): boolean {
  const { tokens } = recognition;
  const start = sentenceStartOf(tokens, verdict.start);
  const end = sentenceEndOf(tokens, verdict.end);
  if (tokens[end - 1]?.questionEnd) return false;
  const inSentence = (name: string) => (recognition.concepts.get(name) ?? []).filter((other) => other.start >= start && other.end <= end);
  if (inSentence('asks_if_normal').some((asked) => !overlapping(asked, verdict))) return false;
  if (inSentence('test_result').some((result) => overlapping(result, verdict))) return true;
  const inside = (other: Span) => other.start >= verdict.start && other.end <= verdict.end;
  if ([...inSentence('professional_seen'), ...inSentence('professional_named')].some((seen) => !inside(seen) && !isNegated(recognition, seen))) return true;
  // "… the community nurse weighed him today. she said it's fine": a verdict opened by "she", "he" or "they"
  // is the professional's named in the sentence just before.
  if (!verdictPronouns.has(tokens[start]?.word ?? '') || start === 0) return false;
  const before = sentenceStartOf(tokens, start - 1);
  return [...(recognition.concepts.get('professional_seen') ?? noSpans), ...(recognition.concepts.get('professional_named') ?? noSpans)].some(
    (seen) => seen.start >= before && seen.end <= start && !isNegated(recognition, seen),
  );
}
