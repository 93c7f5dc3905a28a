import type { Span } from './concept-matcher';
import { isAskedAbout } from './is-asked-about';
import { isNegated } from './is-negated';
import { insideAny } from './inside-any';
import { noSpans, overlapping, type Recognition } from './recognition';
import { sentenceEndOf, sentenceStartOf } from './sentence-positions';
import { tellerOf } from './sign-subjects';

// A low mood told as a stretch that is over (issue 11, s24-mind): "for two weeks after the birth I cried all the
// time, then it just stopped. now at 4 weeks I'm fine", "the first few days I cried constantly, now at 2 weeks I
// feel loads better". RED-FLAGS.md's low mood row is a mood there now, most days; one told over needs no person.

/** What tells a mood (or the name of one) anywhere: none of it may be told after her wellness. */
const moodTold = ['low_mood', 'low_mood_far', 'mood_strain', 'lasting_distress', 'mood_now', 'crying', 'condition_suspected', 'screen_high', 'worsening'];

/** Names only ("was that the baby blues?", "does that count as PND?"): what the writer asks the stretch was. */
const moodNames = ['blues_word', 'depression_words'];

/** Words after her wellness in its sentence that take some of it back: "I feel like me again but by evening I sob". */
const contrastWords = new Set(['but', 'except', 'apart', 'although', 'though', 'until', 'only', 'sometimes', 'some', 'mornings', 'evenings', 'when']);

/** Words between a past stretch and a mood in its sentence that make the mood a later one: "… but since then I cry". */
const turnWords = new Set(['but', 'since', 'though', 'although', 'now', 'lately', 'anymore', 'still']);

/** Words that tell the wellness as now: "now at 3 weeks I feel like me", "she's 5 weeks now and I feel like myself". */
const nowWords = new Set(['now', 'again', 'today']);

/**
 * True when the message tells a low mood in a stretch of the past (`mood_past_stretch`: "for the first two
 * weeks", "for a week after birth") and, after it, the mother (or the partner she is told of) well now in her
 * own words (`mood_well_now`: "I feel like me again", "I'm fine", "feel loads better"), with "now" or "again" in
 * the wellness's sentence; the wellness not denied, not asked, not inside a mood's words ("I tell everyone I'm
 * fine"). Every mood told before the wellness stands in the sentence of a past stretch with no turn between
 * them ("but", "since", "now"); nothing after the wellness's start tells a mood, a name suspected, a screen high or
 * worse (only a name asked about: "was that the baby blues?"), and no "but" follows it in its sentence. When
 * unsure, the row weighs it. Read for the low mood row only; a crisis has rows of its own and is never closed by it.
 */
export function isMoodToldOver(recognition: Recognition): boolean {
  const wells = recognition.concepts.get('mood_well_now');
  const stretches = recognition.concepts.get('mood_past_stretch');
  if (wells === undefined || stretches === undefined) return false;
  const { tokens } = recognition;
  const moods = recognition.concepts.get('low_mood') ?? noSpans;
  for (let index = 0; index < wells.length; index++) {
    const well = wells[index];
    if (isNegated(recognition, well) || isAskedAbout(recognition, well) || insideAny(moods, well)) continue;
    const teller = tellerOf(recognition, well.start);
    if (teller === 'baby' || teller === 'baby_likely') continue;
    const start = sentenceStartOf(tokens, well.start);
    const end = sentenceEndOf(tokens, well.end);
    if (!tokens.slice(start, well.end).some((token) => nowWords.has(token.word)) && !recognition.concepts.get('now_neutral')?.some((told) => told.start >= start && told.end <= end)) continue;
    if (tokens.slice(well.end, end).some((token) => contrastWords.has(token.word))) continue;
    const stretch = stretches.find((told) => told.end <= well.start && !isNegated(recognition, told));
    if (!stretch) continue;
    if (moodsTellOver(recognition, well, stretches)) return true;
  }
  return false;
}

/** True when every mood told is before `well`, in the past (see isMoodToldOver), and none after it but a name. */
function moodsTellOver(recognition: Recognition, well: Span, stretches: readonly Span[]): boolean {
  const { tokens } = recognition;
  const names = moodNames.flatMap((name) => recognition.concepts.get(name) ?? noSpans);
  for (const name of moodTold) {
    for (const told of recognition.concepts.get(name) ?? noSpans) {
      if (isNegated(recognition, told) || overlapping(told, well)) continue;
      if (told.start >= well.start) {
        if (insideAny(names, told) && name !== 'condition_suspected' && name !== 'screen_high') continue;
        return false;
      }
      if (insideAny(names, told)) continue;
      // Before the wellness: in the sentence of a past stretch, with no turn between them ("for the first two
      // weeks I was fine but since then I cry every day" is a mood now).
      if (stretches.some((stretch) => toldInStretch(tokens, stretch, told))) continue;
      return false;
    }
  }
  return true;
}

/** True when `told` stands in the sentence of `stretch` with no turn between them (see turnWords). */
function toldInStretch(tokens: Recognition['tokens'], stretch: Span, told: Span): boolean {
  const start = sentenceStartOf(tokens, told.start);
  if (stretch.start < start || stretch.end > sentenceEndOf(tokens, told.end)) return false;
  const [from, to] = stretch.end <= told.start ? [stretch.end, told.start] : [told.end, stretch.start];
  return !tokens.slice(from, to).some((token) => turnWords.has(token.word));
}
