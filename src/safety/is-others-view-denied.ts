import type { Span } from './concept-matcher';
import { isAskedAbout } from './is-asked-about';
import { isNegated } from './is-negated';
import { noSpans, overlapping, type Recognition } from './recognition';
import { sentenceEndOf, sentenceStartOf } from './sentence-positions';

// A low mood that is someone else's view of her, which she denies in her own words (issue 11, s25-mind): "my mum
// thinks I'm depressed because I don't want visitors … I'm happy", "now he thinks I'm depressed lol. I'm alright,
// just knackered", "mil says I'm not bonding bc I use a sling … we're great". RED-FLAGS.md's row is a mood told
// most days; a relative's guess denied, with nothing of a mood told, is none. A professional's view is not read here.

/** Verbs that tell the words after them as someone's view: "he thinks I'm depressed", "mil says I'm not bonding". */
const viewVerbs = new Set(['thinks', 'think', 'thought', 'says', 'said', 'reckons', 'reckon', 'insists', 'convinced']);

/** Who may hold the view: a relative, a friend or people (never "I", nor a professional). */
const viewHolders = new Set(['he', 'she', 'they', 'mum', 'mom', 'mother', 'husband', 'partner', 'boyfriend', 'girlfriend', 'wife', 'mil', 'law', 'sister', 'brother', 'dad', 'family', 'everyone', 'everybody', 'people', 'friend', 'friends', 'nan', 'gran', 'granny', 'auntie', 'aunt']);

/** Words between the view verb and the mood's words: "thinks (that) (I'm) depressed". */
const viewFillers = new Set(['that', 'i', 'am', 'im', 'me']);

/** What tells a mood: none of it, outside the view's own words, may be told. */
const moodTold = ['low_mood', 'low_mood_far', 'mood_strain', 'lasting_distress', 'mood_now', 'depression_named', 'condition_suspected', 'screen_high', 'worsening'];

/** Words before her denial in its sentence that make it a front ("I tell him I'm fine", "I pretend I'm happy"). */
const frontWords = new Set(['tell', 'told', 'telling', 'say', 'saying', 'pretend', 'pretending', 'act', 'acting', 'seem', 'look', 'hide', 'hiding', 'wish', 'want', 'try', 'trying', 'if', 'when', 'should']);

/** Words after her denial in its sentence that narrow it ("fine with that", "happy but I cry", "ok most days"). */
const narrowWords = new Set(['with', 'about', 'but', 'except', 'though', 'although', 'most', 'mostly', 'sometimes', 'some', 'when', 'until', 'on', 'outside', 'not']);

/**
 * True when the mood's words at `span` follow a relative's or friend's view verb ("my mum thinks (that) I'm …",
 * `viewVerbs`, `viewHolders`), her own wellness is told after it (`well_own_words`: "I'm happy", "I'm alright",
 * "we're great"; not denied, not asked, no front before it nor anything narrowing it in its sentence), and nothing
 * else in the message tells a mood (see moodTold), a crisis aside: the crisis rows are weighed as ever. Read for
 * the low mood row only. When unsure, the row weighs it.
 */
export function isOthersViewDenied(recognition: Recognition, span: Span): boolean {
  const { tokens } = recognition;
  let verb = span.start - 1;
  while (verb >= 0 && verb >= span.start - 4 && viewFillers.has(tokens[verb].word)) verb--;
  // The mood's words may hold "i am" themselves ("i am depressed"): step back over them too.
  let inner = span.start;
  while (inner < span.end && viewFillers.has(tokens[inner].word)) inner++;
  if (verb < 1 || !viewVerbs.has(tokens[verb].word) || !viewHolders.has(tokens[verb - 1].word)) return false;
  if (tokens.slice(verb + 1, inner).some((token) => !viewFillers.has(token.word))) return false;
  const view: Span = { start: verb - 1, end: span.end };
  for (const name of moodTold) {
    if ((recognition.concepts.get(name) ?? noSpans).some((told) => !overlapping(told, view) && !isNegated(recognition, told))) return false;
  }
  return (recognition.concepts.get('well_own_words') ?? noSpans).some((well) => {
    if (well.start < span.end || isNegated(recognition, well) || isAskedAbout(recognition, well)) return false;
    const start = sentenceStartOf(tokens, well.start);
    if (tokens.slice(Math.max(start, span.end), well.start).some((token) => frontWords.has(token.word))) return false;
    return !tokens.slice(well.end, sentenceEndOf(tokens, well.end)).some((token) => narrowWords.has(token.word));
  });
}
