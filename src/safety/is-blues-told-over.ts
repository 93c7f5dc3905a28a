import type { Span } from './concept-matcher';
import { isAskedAbout } from './is-asked-about';
import { isNegated } from './is-negated';
import { insideAny } from './inside-any';
import { noSpans, overlapping, type Recognition } from './recognition';
import { sentenceEndOf, sentenceStartOf } from './sentence-positions';
import { tellerOf } from './sign-subjects';
import type { TriageToken } from './triage-tokens';

// The baby blues told as over (issue 11, s25-mind): "for two weeks after the birth I cried all the time, then it
// just stopped. now at 4 weeks I'm fine", "I felt numb for the first couple of weeks, now at 3 weeks I feel like me".
// RED-FLAGS.md's low mood row is "most days for more than 2 weeks", and "baby blues in the first two weeks are
// common and pass": a mood told only inside the first two weeks, with her well now in her own plain words, is that.
// s24-mind's wider reading (any past stretch, any wellness phrase) silenced real low moods in its review: a stretch
// of six weeks, "I tell everyone I'm fine", "I'm ok with the feeding", "she is fine" (the baby), "and I still do".
// This one takes a stretch of two weeks at most, a wellness with nothing before it in its sentence that tells it as
// a front, a wish or someone else's view and nothing after it that narrows it, and no "still" or "since" anywhere.

/** RED-FLAGS.md: "more than 2 weeks". A stretch told longer than this is a mood past the blues. */
const bluesDays = 14;

/** What tells a mood (or the name of one) anywhere: none of it may be told after her wellness. */
const moodTold = ['low_mood', 'low_mood_far', 'mood_strain', 'lasting_distress', 'mood_now', 'crying', 'condition_suspected', 'screen_high', 'worsening'];

/** Names only ("was that the baby blues?", "was sure I had PND"): what the writer asks or feared the stretch was. */
const moodNames = ['blues_word', 'depression_words'];

/**
 * Told anywhere, these keep the row weighing the message: a partner's worry, a name suspected now, a high screen,
 * a mood told worse. `worsening` holds a bare "but now", which turns to her wellness here ("… but now at 3 weeks I
 * feel like me again"): that much of it is read below with the other moods, where one after her wellness counts.
 */
const keepsRow = ['partner_worried_for_her', 'condition_suspected', 'screen_high', 'lasting_distress'];

/** Words of `worsening` that tell no mood worse by themselves ("but now", "now it is"). */
const turnOnly = new Set(['but', 'now', 'it', 'is']);

/** A question's first word that asks about the past ("was the numbness normal?", "was that the blues?"). */
const pastAskWords = new Set(['was', 'were', 'did', 'had']);

/** Words that tell a mood as going on ("and I still do", "I have felt low since"): anywhere, the row weighs it. */
const goingOnWords = new Set(['still', 'since', 'anymore', 'lately']);

/**
 * Words that tell a mood come back or worse ("it has come back", "the low crept back in", "worse again"): anywhere
 * outside her wellness's own words ("back to myself", "feel like me again"), the row weighs it.
 */
const returnWords = new Set(['back', 'again', 'returned', 'returning', 'crept', 'creeping', 'worse', 'worst', 'relapse', 'relapsed']);

/**
 * Words before a wellness in its sentence that make it a front, a wish or another's view ("I tell everyone I'm
 * fine", "I act like I'm ok", "everyone thinks I am fine", "I wish I could feel like me again", "I am good at
 * hiding it"): no wellness of hers.
 */
const frontWords = new Set([
  'tell', 'tells', 'told', 'telling', 'say', 'says', 'said', 'saying', 'pretend', 'pretends', 'pretended', 'pretending', 'act', 'acting', 'seem', 'seems',
  'look', 'looks', 'hide', 'hiding', 'think', 'thinks', 'thought', 'everyone', 'everybody', 'people', 'wish', 'want', 'wants', 'hope', 'try', 'trying',
  'smile', 'fake', 'faking', 'supposed',
]);

/** Words before a wellness in its clause that make it a case or a time of it ("when she sleeps I feel fine", "I should be ok"). */
const caseWords = new Set(['if', 'when', 'only', 'sometimes', 'should', 'could', 'would', 'might']);

/**
 * Words after a wellness in its sentence that narrow it ("I'm ok with the breastfeeding", "fine on the outside",
 * "good at hiding it", "fine (not)", "better but I cry at night", "better most days"): no wellness of her days.
 */
const narrowWords = new Set([
  'with', 'about', 'on', 'outside', 'at', 'not', 'side', 'but', 'except', 'apart', 'although', 'though', 'until', 'till', 'only', 'sometimes', 'some',
  'most', 'mostly', 'mornings', 'evenings', 'nights', 'when', 'if', 'for', 'to', 'around', 'in', 'pretending', 'hiding',
]);

/** Words between a past stretch and a mood in its sentence that make the mood a later one: "… but since then I cry". */
const turnWords = new Set(['but', 'since', 'though', 'although', 'now', 'lately', 'anymore', 'still', 'then']);

/** Words that tell the wellness as now: "now at 3 weeks I feel like me", "she's 5 weeks now and I feel like myself". */
const nowWords = new Set(['now', 'again', 'today']);

/**
 * True when the message tells a low mood only inside a stretch of the first two weeks (`blues_stretch`: "for the
 * first two weeks", "the first few days", "for a week after the birth"; a number in it of two weeks or 14 days at
 * most) and, after that stretch, the writer well now in her own words (`blues_well_now`: "I feel like me again",
 * "I'm fine", "I feel loads better"), with "now" or "again" in the wellness's sentence, the wellness not denied,
 * not asked, not inside a mood's words, no front, wish or other's view before it in its sentence and nothing
 * narrowing it after it (see frontWords, narrowWords). Every mood told stands before the wellness, in the
 * sentence of a stretch with no turn between them; nothing after the wellness tells a mood but a name; no span
 * longer than two weeks is told, nor "still", "since", "anymore" or "lately", nor a partner's worry, a name
 * suspected now, a screen told high or a mood told worse. When unsure, the row weighs it. Read for the low mood
 * row only; a crisis (self-harm, harming the baby, psychosis) has rows of its own and is never closed by it.
 */
export function isBluesToldOver(recognition: Recognition): boolean {
  const wells = recognition.concepts.get('blues_well_now');
  const allStretches = recognition.concepts.get('blues_stretch');
  if (wells === undefined || allStretches === undefined) return false;
  const { tokens } = recognition;
  const stretches = allStretches.filter((stretch) => !isNegated(recognition, stretch) && withinBlues(tokens, stretch));
  if (stretches.length !== allStretches.length || stretches.length === 0) return false;
  if (keepsRow.some((name) => (recognition.concepts.get(name) ?? noSpans).some((told) => !isNegated(recognition, told)))) return false;
  const worse = (recognition.concepts.get('worsening') ?? noSpans).filter((told) => !tokens.slice(told.start, told.end).every((token) => turnOnly.has(token.word)));
  if (worse.some((told) => !isNegated(recognition, told))) return false;
  if (tokens.some((token) => goingOnWords.has(token.word))) return false;
  if (recognition.quantities.some((quantity) => quantity.kind === 'days' && quantity.value > bluesDays)) return false;
  const moods = recognition.concepts.get('low_mood') ?? noSpans;
  for (const well of wells) {
    if (tokens.some((token, index) => returnWords.has(token.word) && (index < well.start || index >= well.end))) continue;
    if (isNegated(recognition, well) || isAskedAbout(recognition, well) || insideAny(moods, well)) continue;
    // Whose: "I …" inside the wellness is hers; else the person named just before it (never the baby's "she is fine").
    const teller = tokens[well.start].word === 'i' || tokens[well.start - 1]?.word === 'i' ? 'mother' : tellerOf(recognition, well.start);
    if (teller !== 'mother' && teller !== 'none') continue;
    const start = sentenceStartOf(tokens, well.start);
    const end = sentenceEndOf(tokens, well.end);
    const before = tokens.slice(start, well.start);
    if (!before.some((token) => nowWords.has(token.word)) && !tokens.slice(well.start, end).some((token) => nowWords.has(token.word))) continue;
    if (before.some((token) => frontWords.has(token.word))) continue;
    let clause = well.start;
    while (clause > start && !tokens[clause - 1].clauseEnd) clause--;
    if (tokens.slice(clause, well.start).some((token) => caseWords.has(token.word))) continue;
    if (tokens.slice(well.end, end).some((token) => narrowWords.has(token.word))) continue;
    if (!stretches.some((stretch) => stretch.end <= well.start)) continue;
    if (moodsToldInStretch(recognition, well, stretches)) return true;
  }
  return false;
}

/** True when each number in the stretch is two weeks or 14 days at most ("the first 10 days", "the first 2 weeks"). */
function withinBlues(tokens: readonly TriageToken[], stretch: Span): boolean {
  for (let index = stretch.start; index < stretch.end; index++) {
    const value = tokens[index].value ?? (/^\d+$/.test(tokens[index].word) ? Number(tokens[index].word) : undefined);
    if (value === undefined) continue;
    const unit = tokens[index + 1]?.word ?? '';
    if (/^weeks?$/.test(unit) ? value * 7 > bluesDays : value > bluesDays) return false;
  }
  return true;
}

/** True when every mood told is before `well`, in the sentence of a stretch with no turn between, and none after it but a name. */
function moodsToldInStretch(recognition: Recognition, well: Span, stretches: readonly Span[]): boolean {
  const { tokens } = recognition;
  const names = moodNames.flatMap((name) => recognition.concepts.get(name) ?? noSpans);
  for (const name of moodTold) {
    for (const told of recognition.concepts.get(name) ?? noSpans) {
      if (overlapping(told, well) || insideAny(names, told)) continue;
      // After her wellness, a mood denied counts too: "I haven't stopped crying all week", "says I'm not myself".
      if (told.start >= well.start) {
        // Asked about as the past, after her wellness ("was the numbness normal?"): the stretch's mood, named.
        if (askedOfThePast(tokens, told)) continue;
        return false;
      }
      if (isNegated(recognition, told)) continue;
      if (!stretches.some((stretch) => toldInStretch(tokens, stretch, told))) return false;
    }
  }
  return true;
}

/** True when `told` stands in a question whose first word asks about the past: "was the numbness normal?". */
function askedOfThePast(tokens: readonly TriageToken[], told: Span): boolean {
  const start = sentenceStartOf(tokens, told.start);
  const end = sentenceEndOf(tokens, told.end);
  return pastAskWords.has(tokens[start].word) && tokens[end - 1].questionEnd && !tokens.slice(start, end).some((token) => goingOnWords.has(token.word) || token.word === 'now');
}

/** True when `told` stands in the sentence of `stretch` with no turn between them (see turnWords). */
function toldInStretch(tokens: readonly TriageToken[], stretch: Span, told: Span): boolean {
  const start = sentenceStartOf(tokens, told.start);
  if (stretch.start < start || stretch.end > sentenceEndOf(tokens, told.end)) return false;
  const [from, to] = stretch.end <= told.start ? [stretch.end, told.start] : [told.end, stretch.start];
  return !tokens.slice(from, to).some((token) => turnWords.has(token.word));
}
