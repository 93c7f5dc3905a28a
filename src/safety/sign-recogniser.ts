import { ConceptMatcher, type Span } from './concept-matcher';
import { otherPersonConcepts } from './person-concepts';
import type { AgeMention } from './baby-ages';
import { readQuantities, type Quantity, type QuantityKind } from './read-quantities';
import { numberWords, triageTokens, type PieceWord, type TriageToken } from './triage-tokens';
import { readsAsEnglish } from './reads-as-english';
import { TypoCorrector } from './typo-corrector';
import { isBreastDescribedBy, markBreastSubjects } from './breast-subjects';
import { inIfClause, isThisPartOfDay, sentenceEndOf, sentenceStartOf } from './sentence-positions';

/** Words that make "gone" or "clear" an expectation rather than news: "should have gone by now". */
const expectationWords = new Set(['should', 'meant', 'supposed', 'expected', 'hoped', 'hoping', 'would', 'might', 'until', 'till', 'before', 'waiting']);

const birthVerbs = new Set(['born', 'birth', 'delivered', 'had', 'arrived', 'labour', 'labor', 'section', 'baby', 'postpartum', 'pp']);
const pastVerbs = new Set(['had', 'was', 'were', 'got', 'did', 'needed', 'went']);
/** Words that may stand between a list's "or" and the item it lists ("or any redness", "or signs of a rash"). */
const listedItemLeadWords = new Set(['a', 'an', 'any', 'the', 'some', 'much', 'signs', 'sign', 'of']);
/** A verb in the present between a past time and a sign after it: the sign is told now ("she was in hospital and i am soaking a pad an hour"). */
const presentVerbs = new Set(['am', 'is', 'are', 'im']);
/**
 * Words that tell a sign as a new episode, after a professional's verdict on an earlier one. Not "still" or
 * "now": "she's 3 weeks now, still a hint of yellow" is the episode the verdict was on (train-3's near misses).
 */
const nowWords = new Set(['today', 'again', 'tonight', 'more']);
/** Who opens a verdict told of a professional named just before: "she said it's fine". */
const verdictPronouns = new Set(['she', 'he', 'they']);
/** Words that date a sign to the last day or so: no time has passed since ("had blood in her poo yesterday"). */
const recentWords = new Set(['yesterday', 'today', 'tonight', 'earlier', 'overnight']);
/** Words that tell a sign as come back after it stopped: "bleeding again", "the rash is back". */
const recurrenceWords = new Set(['again', 'back']);
/** Words that tell wellness as lasting: "fine now", "fine since", "myself again", "fine ever since". */
const lastingWords = new Set(['now', 'since', 'again', 'ever', 'anymore']);
/** Verbs that tell a story in the past ("had pnd after my son", "lost a lot of blood", "used to self harm"): see isToldOver. */
const storyVerbs = new Set([...pastVerbs, 'used', 'lost', 'passed', 'developed', 'became', 'started', 'began', 'spent', 'caught', 'ended', 'suffered', 'turned', 'slept']);
/** A story's verb: one of storyVerbs, or any longer word in "-ed" ("turned", "stopped", "developed"). */
const isStoryVerb = (word: string): boolean => storyVerbs.has(word) || (word.length >= 5 && word.endsWith('ed'));
/** Words before a past participle that make it so now: "she's lost interest", "he has slept all day". */
const presentPerfect = new Set(['has', 'have', 'is', 'are', 's', 've']);
/** The writer's own baby told apart from another's: "mine is 4 weeks", "ours is fine". */
const writersApart = new Set(['mine', 'mines', 'ours']);
// The writer's own baby told after another person's: "my friend's 4 month old and my 6 week old", "mine is 5 days".
const writersOwn = new Set(['my', 'mine', 'mines', 'our', 'ours']);
/** Words after "my breast" that start a new step of the story rather than tell of the breast. */
const placeEnds = new Set(['then', 'he', 'she', 'for', 'when', 'while', 'until', 'till', 'every', 'each']);
/** The breast a baby feeds from, after "my": the writer's body as the place, not the person a later sign is told of. */
const feedingPlaces = new Set(['nipple', 'nipples', 'breast', 'breasts', 'boob', 'boobs', 'chest', 'lap', 'arms', 'arm', 'shoulder']);

/** How many words after "how do I know if" a general question still reaches. */
const questionReach = 6;

/** Whose sign a word is about, by the nearest person the writer names before it. */
export type Subject = 'baby' | 'mother' | 'partner' | 'ambiguous' | 'baby_likely' | 'none';

/** What triage knows of a message: its words, the concepts found where, the numbers, and the baby's age. */
export interface Recognition {
  tokens: TriageToken[];
  concepts: Map<string, Span[]>;
  quantities: Quantity[];
  ageDays?: number;
  dayOfLife?: number;
  /** Every age that may be the baby's, with where it is told: a rule reads the one told of its sign. */
  ages: AgeMention[];
  /** Ages the message gives of another person's baby, not this one's (see readQuantities). */
  othersAgeDays?: number[];
  /** Token indexes that negate what follows them ("no", "not", "never", "without"). */
  negators: Set<number>;
}

/** Concepts triage itself relies on; content/safety.yaml must define them. */
export const requiredConcepts = ['negation', 'not_a_negation', 'resolved', 'who_baby', 'who_mother', 'who_partner', 'who_ambiguous', 'conjunction'] as const;

/**
 * Reads a message for signs: tokens as typed, misspellings of the concepts' words corrected, every concept
 * found with where it stands, numbers with what they measure, and which words negate.
 */
export class SignRecogniser {
  /** The corrector's answers (see TypoCorrector) as triageTokens asks for them, made once rather than per message. */
  private readonly correct: (word: string) => string | undefined;
  private readonly alternatives: (word: string) => readonly string[];
  /** Each piece of a message read into words, remembered across messages (see triageTokens). */
  private readonly pieces = new Map<string, readonly PieceWord[]>();
  /** The same, uncorrected, for messages in another language (see readsAsEnglish). */
  private readonly foreignPieces = new Map<string, readonly PieceWord[]>();

  constructor(
    readonly matcher: ConceptMatcher,
    englishWords: ReadonlySet<string>,
    /** Words people use in ordinary questions (the knowledge base's); misspellings close to them are not signs. */
    ordinaryWords: Iterable<string> = [],
  ) {
    const corrector = new TypoCorrector(new Set([...matcher.vocabulary, ...numberWords]), englishWords, false, ordinaryWords);
    this.correct = (word) => corrector.correct(word);
    this.alternatives = (word) => corrector.alternatives(word);
  }

  private last: { text: string; recognition: Recognition } | undefined;

  /** The same message is read by the rules and then by the net: the last reading is kept. */
  recognise(text: string): Recognition {
    if (this.last?.text === text) return this.last.recognition;
    const recognition = this.read(text);
    this.last = { text, recognition };
    return recognition;
  }

  /**
   * A reading of part of the message being read (one sentence of it, for the net's sentence-by-sentence
   * verdict), which leaves the kept reading of the whole message in place for the steps after.
   */
  recognisePart(text: string): Recognition {
    return this.last?.text === text ? this.last.recognition : this.read(text);
  }

  private read(text: string): Recognition {
    // Another language's words are not misspelt signs ("fait" is not "faint"): read as typed.
    const tokens = readsAsEnglish(text)
      ? triageTokens(text, this.correct, this.alternatives, this.pieces)
      : triageTokens(text, undefined, undefined, this.foreignPieces);
    const concepts = this.matcher.match(tokens);
    // An age told in the clause of someone else's person ("my friend's baby … at a week old") is theirs, up to
    // the writer's own ("… and my 8 week old", "mine is 5 days"): the review of s5-rf-nm found those read as theirs.
    const others = concepts.get('who_other') ?? [];
    // Only when the writer tells of a baby of her own too: "my sister had her baby 3 days ago, he hasn't done a
    // poo" is about the only baby in it, whose age the rules need (train-7).
    const babies = concepts.get('who_baby') ?? [];
    const writersBaby = tokens.some(
      (token, index) =>
        token.word === 'mine' ||
        token.word === 'mines' ||
        token.word === 'ours' ||
        ((token.word === 'my' || token.word === 'our') && !others.some((other) => other.start === index) && babies.some((baby) => baby.start > index && baby.start <= index + 2)),
    );
    const someoneElses = (index: number) =>
      writersBaby &&
      others.some((other) => other.end <= index && !tokens.slice(other.end - 1, index).some((token) => token.clauseEnd || token.sentenceEnd || writersOwn.has(token.word)));
    const { quantities, ages, ageDays, dayOfLife, othersAgeDays } = readQuantities(tokens, someoneElses);
    const exceptions = concepts.get('not_a_negation') ?? [];
    const negators = new Set<number>();
    for (const span of concepts.get('negation') ?? []) {
      if (exceptions.some((exception) => exception.start <= span.start && exception.end >= span.end)) continue;
      negators.add(span.end - 1);
    }
    return { tokens, concepts, quantities, ages, ageDays, dayOfLife, othersAgeDays, negators };
  }

  /**
   * True when a negation stands shortly before `start` in the same clause: "no fever", "not floppy", "he
   * doesn't have a rash". It does not reach past a comma, "and", "but": "won't feed and keeps falling
   * asleep" still says "keeps falling asleep".
   */
  isNegated(recognition: Recognition, span: Span): boolean {
    const { tokens, negators } = recognition;
    const conjunctions = recognition.concepts.get('conjunction') ?? noSpans;
    let reach = span.start - 3;
    let listed = false;
    for (let index = span.start - 1; index >= Math.max(0, reach); index--) {
      const token = tokens[index];
      if (token.sentenceEnd || token.clauseEnd) return false;
      // A negation that belongs to a sign of its own ("hasn't peed since breakfast") does not reach further,
      // except over a list: "no fever or redness" denies both, even where "no fever" is a sign (s10-rf-nm).
      if (negators.has(index) && (listed || !this.usedBySign(recognition, index, span.start))) return true;
      if (holds(conjunctions, index)) {
        // "isn't floppy or hard to wake", "no fever nor rash": a list after one negation is all denied.
        if (token.word !== 'or' && token.word !== 'nor') return false;
        reach = index - 4;
        // Only the item the "or" lists ("or redness", "or any redness"), not a time or sign after it: in "no wet
        // nappy or poo since yesterday" the "since yesterday" of the sign is not denied (review s10).
        listed = tokens.slice(index + 1, span.start).every((between) => listedItemLeadWords.has(between.word));
      }
    }
    return false;
  }

  private usedBySign(recognition: Recognition, index: number, before: number): boolean {
    // Some sign's span holds the negation and ends after it but by `before`: the earliest such end is by `before`.
    return signEndsAfter(recognition)[index] <= before;
  }

  /**
   * True when "gone now", "better now" follows the sign closely, with no other sign in between. `samePersonOnly`
   * (the rules): not when the writer's "I'm fine now" follows the baby's sign, nor the baby's her own.
   * `partSpans` (the rules: every place of every concept a sign is made of): one of them told "again" or "back"
   * after the "gone now" is the sign come back, and that "gone now" closes nothing.
   */
  isResolved(recognition: Recognition, span: Span, signSpans: readonly Span[], samePersonOnly = false, partSpans: readonly Span[] = noSpans): boolean {
    for (const resolved of recognition.concepts.get('resolved') ?? []) {
      if (resolved.start < span.end || resolved.start - span.end > 16) continue;
      if (samePersonOnly && !samePerson(this.subjectBefore(recognition, span.start), this.tellerOf(recognition, resolved.start))) continue;
      if (recognition.tokens.slice(span.end, resolved.start).some((token) => token.sentenceEnd)) continue;
      if (this.isNegated(recognition, resolved)) continue;
      // "should have gone by now", "was meant to clear": expected, not over.
      const before = recognition.tokens[resolved.start - 1]?.word ?? '';
      const twoBefore = recognition.tokens[resolved.start - 2]?.word ?? '';
      if (expectationWords.has(before) || expectationWords.has(twoBefore)) continue;
      // "has stopped startling", "stopped feeding": stopping something is a new sign, not the old one over.
      const after = recognition.tokens[resolved.end];
      if (after && /ing$/.test(after.word) && /^stop/.test(recognition.tokens[resolved.end - 1].word)) continue;
      const between = signSpans.some((other) => other.start >= span.end && other.start < resolved.start && !(other.start === span.start && other.end === span.end));
      if (!between && !this.toldAgainAfter(recognition, resolved, partSpans)) return true;
    }
    return false;
  }

  /**
   * "Her cord is bleeding, it has stopped but now it is bleeding again": a place of `partSpans` after the
   * `resolved` marker, in its sentence or the next, with "again" or "back" within two words after it.
   */
  private toldAgainAfter(recognition: Recognition, resolved: Span, partSpans: readonly Span[]): boolean {
    const { tokens } = recognition;
    for (const place of partSpans) {
      if (place.start < resolved.end || this.sentencesBetween(recognition, resolved.end, place.start) > 1) continue;
      for (let after = place.end; after < Math.min(tokens.length, place.end + 3); after++) if (recurrenceWords.has(tokens[after].word)) return true;
    }
    return false;
  }

  /**
   * True when the sign is what a general question asks about rather than something the writer has seen:
   * "what does a rash that doesn't fade look like", "how do I know if he is dehydrated". The question's
   * reach is its own clause and a few words after it, so "how do I know if she's dehydrated, her mouth is
   * dry" still says her mouth is dry. Only the `sign_question` concept opens such a scope; "is it normal
   * that she's floppy" describes the baby and stays a sign.
   */
  isAskedAbout(recognition: Recognition, span: Span): boolean {
    // "… he had one an hour ago", "mine does that": the writer's baby has it now, whatever the question asked.
    if (recognition.concepts.has('same_here')) return false;
    const questions = recognition.concepts.get('sign_question');
    if (!questions) return false;
    const conjunctions = recognition.concepts.get('conjunction') ?? noSpans;
    const toldNow = recognition.concepts.get('own_baby_now') ?? noSpans;
    const { tokens } = recognition;
    // Indexed loops rather than closures and slices: the net asks this of every place of every concept.
    questions: for (let index = 0; index < questions.length; index++) {
      const question = questions[index];
      // A later sentence tells of the writer's own baby now ("… shes 2 weeks and doing it right now"): what the
      // question names is a present sign.
      for (let place = 0; place < toldNow.length; place++) {
        const told = toldNow[place];
        if (told.start >= question.end && this.sentencesBetween(recognition, question.start, told.start) > 0 && !this.isNegated(recognition, told)) continue questions;
      }
      if (question.start <= span.start && question.end >= span.end) return true;
      if (question.end > span.start || span.start - question.end > questionReach) continue;
      if (this.isNegated(recognition, question)) continue;
      // No clause or sentence ends between the question's last word and the sign.
      for (let between = question.end - 1; between < span.start; between++) if (tokens[between].sentenceEnd || tokens[between].clauseEnd) continue questions;
      for (let place = 0; place < conjunctions.length; place++) if (conjunctions[place].start >= question.end && conjunctions[place].start < span.start) continue questions;
      return true;
    }
    return false;
  }

  /**
   * True when the sign is asked about ahead of time: the message says so (one of `markers`: `asked_ahead`,
   * "asking before it happens", "want to know before my baby arrives"; for the baby's rows with no age given,
   * `hypothetical` too: "I'm due any day"), and the sign stands in a question ("what is the one pad an hour
   * rule?") or an if-clause ("if my baby gets jaundice"), with nothing in the message of the writer's own baby
   * doing it now (`own_baby_now`, `same_here`) and nothing in its sentence saying it is so now (`still_now`).
   * A sign told in a sentence of its own ("asking ahead, but he is floppy now") is still a sign.
   */
  isAskedAhead(recognition: Recognition, span: Span, markers: readonly string[] = askedAheadMarkers): boolean {
    // The net asks this of every place of every concept, and most messages have no marker: the closures below
    // are in a method of their own, as V8 makes the variables they share at a function's entry, early return or not.
    return this.anyToldUndenied(recognition, markers) && this.askedAheadOnceMarked(recognition, span, markers);
  }

  /** isAskedAhead of a message with one of the markers found somewhere not negated. */
  private askedAheadOnceMarked(recognition: Recognition, span: Span, markers: readonly string[]): boolean {
    const { concepts, tokens } = recognition;
    if (concepts.has('same_here') || (concepts.get('own_baby_now') ?? noSpans).some((told) => !this.isNegated(recognition, told))) return false;
    // "… mine hasn't had one since last night": going without is told in a negation, and is the sign now.
    if (concepts.has('own_lack_now')) return false;
    const start = sentenceStartOf(tokens, span.start);
    const end = sentenceEndOf(tokens, span.end);
    // "can you get an abscess if you keep feeding through mastitis?": a "keep" inside the question's if-clause is
    // the condition asked about, not something going on now (s10-rf-nm). Time words ("now", "today") still count.
    const conditionalKeep = (still: Span) => /^keeps?$/.test(tokens[still.start].word) && still.end - still.start === 1 && inIfClause(tokens, start, still.start);
    if ((concepts.get('still_now') ?? noSpans).some((still) => still.start >= start && still.end <= end && !this.isNegated(recognition, still) && !conditionalKeep(still))) return false;
    // Another sentence that tells something as so now, not asked ("… not had it, but im soaking one an hour
    // now"): the writer has a case of her own, and what the question names may be it (when unsure, escalate).
    const markerSpans = markers.flatMap((name) => concepts.get(name) ?? noSpans);
    const toldNowElsewhere = (still: Span) => {
      if (still.start >= start && still.end <= end) return false;
      if (this.isNegated(recognition, still) || markerSpans.some((marker) => overlapping(marker, still))) return false;
      return !tokens[sentenceEndOf(tokens, still.end) - 1]?.questionEnd;
    };
    if ((concepts.get('still_now') ?? noSpans).some(toldNowElsewhere)) return false;
    if (tokens[end - 1]?.questionEnd) return true;
    for (let index = span.start - 1; index >= Math.max(start, span.start - 8); index--) {
      if (tokens[index].word === 'if' || (tokens[index].word === 'case' && tokens[index - 1]?.word === 'in')) return true;
    }
    return false;
  }

  /** True when one of the concepts `names` is found in the message somewhere not negated. */
  private anyToldUndenied(recognition: Recognition, names: readonly string[]): boolean {
    for (let name = 0; name < names.length; name++) {
      const spans = recognition.concepts.get(names[name]);
      if (spans === undefined) continue;
      for (let place = 0; place < spans.length; place++) if (!this.isNegated(recognition, spans[place])) return true;
    }
    return false;
  }

  /**
   * True when a sentence before the sign's opens a story about an earlier child ("With my first I waited till I
   * felt full before feeding. She ended up not gaining. Was that why?"), the sign is told in a story verb just
   * before it, and nothing in the message brings in a baby of now (`this_child`: "this time", "now", an age).
   */
  private isEarlierChildsStory(recognition: Recognition, sentenceStart: number, span: Span): boolean {
    const { tokens, concepts } = recognition;
    if (recognition.ages.length > 0 || concepts.has('this_child')) return false;
    const opened = (concepts.get('earlier_child') ?? noSpans).some((told) => told.end <= sentenceStart && !this.isNegated(recognition, told));
    if (!opened) return false;
    return tokens.slice(Math.max(sentenceStart, span.start - 4), span.start).some((token) => isStoryVerb(token.word));
  }

  /**
   * True when the writer asks about feeding through an illness of her own and names nobody else: no baby, no
   * pronoun, no partner or other person, no age ("38.5 fever and shivering with a virus, ok to nurse?"). A
   * temperature told so is hers; one told with "he", "my baby" or an age stays the baby's (s11-rf-inscope).
   * So is one where the only time told is her own since the birth and nobody else is named ("fever 38.6 with a
   * sore throat, 3 weeks postpartum, no breast pain"; s13-rf: read as a newborn's fever).
   */
  writerIllAsked(recognition: Recognition): boolean {
    const { concepts } = recognition;
    if (recognition.ages.some((age) => !toldAsPostpartum(recognition.tokens, age.at))) return false;
    if (otherPersonConcepts.some((name) => concepts.has(name))) return false;
    return recognition.ages.length > 0 || (concepts.get('nursing_while_ill') ?? noSpans).some((span) => !this.isNegated(recognition, span));
  }

  /**
   * True when the sign is told as past and done with: in a sentence that says when ("with my first", "last
   * month", `long_ago`, `in_the_past`) or with a past verb just before it ("she had", "was"), and either a
   * professional has seen it or it was someone else's ("my sister's baby had jaundice"), or it was long ago.
   * Nothing in the sentence says it is still so ("still", "now", "again", "since", "has been").
   */
  isLongPast(recognition: Recognition, span: Span, ownVerbCounts = false): boolean {
    const { tokens, concepts } = recognition;
    const start = sentenceStartOf(tokens, span.start);
    let end = sentenceEndOf(tokens, span.end);
    // "... had a fever after his jabs. that was last month.": a short next sentence that dates the one before.
    let datedFrom = Number.POSITIVE_INFINITY;
    if (end < tokens.length && ['that', 'this', 'it'].includes(tokens[end].word) && ['was', 'were'].includes(tokens[end + 1]?.word ?? '')) {
      let next = end + 2;
      while (next < tokens.length && !tokens[next - 1].sentenceEnd && next - end < 8) next++;
      const dated = [...(concepts.get('long_ago') ?? []), ...(concepts.get('in_the_past') ?? [])].some((other) => other.start >= end && other.end <= next);
      if (dated) {
        datedFrom = end;
        end = next;
      }
    }
    const inSentence = (name: string) => (concepts.get(name) ?? []).filter((other) => other.start >= start && other.end <= end && !this.isNegated(recognition, other));
    // Someone else's sign ("my friend's baby had a rash that didn't fade … I've been checking mine every
    // hour"): the writer's own "still" or "have been" is about her, not that sign.
    const othersSign = inSentence('who_other').some((other) => other.end <= span.start);
    if (inSentence('still_now').some((still) => !othersSign || this.subjectAt(recognition, still.start) !== 'mother')) return false;
    // "born a week ago" is an age, not the time of the sign.
    // The time must be told of this sign: near it, with no comma between ("implants years ago, baby is 5
    // days old and my milk has not come in" is about now).
    const when = [...inSentence('long_ago'), ...inSentence('in_the_past')].filter((other) => {
      if (other.start >= datedFrom) return true;
      if (tokens.slice(Math.max(0, other.start - 4), other.start).some((token) => birthVerbs.has(token.word))) return false;
      const [from, to] = other.end <= span.start ? [other.end - 1, span.start] : [span.end - 1, other.start];
      const between = tokens.slice(from, to);
      if (other.end <= span.start && between.some((token) => presentVerbs.has(token.word))) return false;
      return to - from <= 8 && !between.some((token) => token.clauseEnd || token.sentenceEnd);
    });
    const someonesSign = inSentence('who_other').some((other) => other.end <= span.start);
    // Someone else's story is told in any past verb ("my friend's 11 month old turned blue in a tantrum").
    const pastVerb =
      tokens.slice(Math.max(start, span.start - 4), span.start).some((token) => pastVerbs.has(token.word) || (someonesSign && isStoryVerb(token.word))) ||
      (ownVerbCounts && someonesSign && isStoryVerb(tokens[span.start].word) && this.toldOfOthersBaby(recognition, span));
    if (when.length === 0 && this.isEarlierChildsStory(recognition, start, span)) return true;
    if (when.length === 0 && !pastVerb) return false;
    const seen = (concepts.get('professional_seen') ?? []).some((other) => !this.isNegated(recognition, other));
    return seen || someonesSign || when.length > 0;
  }

  /**
   * `isLongPast`'s `ownVerbCounts` (rows that are not an emergency): the sign's own first word may be the past verb
   * ("my friend's baby lost 11%", "her baby slept for six hours") when the writer then tells of her own baby
   * apart ("mine is 4 weeks"), and not after "has" or "is" ("she's lost interest in everything" is so now), nor a
   * "had" or "was" ("had her baby last month" dates the story). An emergency sign told of another baby ("my niece
   * turned blue while feeding") may be happening now: it stays a sign (when unsure, escalate).
   */
  private toldOfOthersBaby(recognition: Recognition, span: Span): boolean {
    const { tokens } = recognition;
    if (pastVerbs.has(tokens[span.start].word) || presentPerfect.has(tokens[span.start - 1]?.word ?? '')) return false;
    return tokens.slice(span.end).some((token, offset) => writersApart.has(token.word) || (token.word === 'own' && tokens[span.end + offset - 1]?.word === 'my'));
  }

  /**
   * True when the sign is told as a story that is over: told in the past (a past verb shortly before it in
   * its clause, or a past time in its sentence), and later in the message, in any sentence, the same person
   * is told well now (`well_now`: "I'm good now", "he's 4 now and fine", "all sorted") with nothing from the
   * sign's sentence up to the wellness saying it is still so (`still_now`), nor anything after it worse
   * (`worsening`), apart from the "now" or "again" of
   * the wellness itself ("feel like me again") or of an age told now (`now_neutral`: "she's 3 months now").
   * "Gone now" (isResolved) reads only the sign's own sentence; a story is often closed sentences later.
   */
  isToldOver(recognition: Recognition, span: Span): boolean {
    // Asked of every place of every concept: the closures of the rest are made only when wellness is told
    // (V8 makes the variables they share at a function's entry, early return or not).
    const wells = recognition.concepts.get('well_now');
    return wells !== undefined && this.toldOverAfter(recognition, span, wells);
  }

  /** isToldOver of a message that tells of wellness at `wells`. */
  private toldOverAfter(recognition: Recognition, span: Span, wells: readonly Span[]): boolean {
    const { concepts, tokens } = recognition;
    const start = sentenceStartOf(tokens, span.start);
    // Whose the sign is by the person named before it in its clause only: "had pnd after my son" is hers.
    const subject = this.subjectBefore(recognition, span.start);
    // The first wellness told after the sign, not negated nor expected, of the same person (a loop, not a closure per call).
    let well: Span | undefined;
    for (let index = 0; index < wells.length && well === undefined; index++) {
      const other = wells[index];
      if (other.start >= span.end && !this.isNegated(recognition, other) && !expectationWords.has(tokens[other.start - 1]?.word ?? '') && samePerson(subject, this.tellerOf(recognition, other.start))) well = other;
    }
    if (!well || !this.toldInPast(recognition, span, start)) return false;
    const after = (name: string) => (concepts.get(name) ?? noSpans).some((other) => other.start >= start && !this.isNegated(recognition, other));
    // Time has passed since, or someone has seen it: the wellness is told as lasting ("fine now", "fine since",
    // "myself again"), an age or time is told now ("she's 3 months now"), the sign is dated in the past, or a
    // professional saw it. "He had blood in his poo, he seems fine" is not yet over.
    // Review s9: a sign told as yesterday, this morning or last night, or an age told now in days ("he lost 12
    // percent by day 5. he is 6 days now and doing fine"), is no time passed; nor is the "now" of such an age.
    const ages = (concepts.get('now_neutral') ?? noSpans).filter((told) => told.start >= start && !this.isNegated(recognition, told));
    const inAge = (position: number) => ages.some((told) => told.start <= position && told.end > position);
    const from = Math.max(0, well.start - 2);
    const lasting = tokens.slice(from, well.end).some((token, offset) => lastingWords.has(token.word) && !inAge(from + offset));
    const signEnd = sentenceEndOf(tokens, span.end);
    const recent = tokens.slice(start, signEnd).some((token, offset) => recentWords.has(token.word) || isThisPartOfDay(tokens, start + offset) || (token.word === 'last' && tokens[start + offset + 1]?.word === 'night'));
    const agedSince = ages.some((told) => !tokens.slice(told.start, told.end).some((token) => token.word === 'day' || token.word === 'days'));
    if (recent && !after('long_ago') && !after('professional_seen')) return false;
    if (!lasting && !agedSince && !after('long_ago') && !after('in_the_past') && !after('professional_seen')) return false;
    const neutral = [...wells, ...(concepts.get('now_neutral') ?? noSpans)];
    // "Still" up to the wellness (after it, "can I go back on them" is a question of its own; a sign told
    // again is a place of its own); worse anywhere after the sign's sentence starts.
    const open = (name: string, until: number) =>
      (concepts.get(name) ?? noSpans).some(
        (other) => other.start >= start && other.start < until && !this.isNegated(recognition, other) && !neutral.some((told) => overlapping(told, other)),
      );
    return !open('still_now', well.start) && !open('worsening', tokens.length);
  }

  /** Who is told well or over at `position`: a person named in the three words just before it ("I'm fine now", "he is fine now"), else 'none'. */
  private tellerOf(recognition: Recognition, position: number): Subject {
    return personNamedBefore(recognition, position, 3);
  }

  /** The person named nearest before `position` in its clause ('none' when no one is). */
  private subjectBefore(recognition: Recognition, position: number): Subject {
    return personNamedBefore(recognition, position, 25);
  }

  /** A past verb shortly before the sign in its clause ("had pnd", "was really drowsy"), or a past time told in its sentence. */
  private toldInPast(recognition: Recognition, span: Span, sentenceStart: number): boolean {
    const { tokens, concepts } = recognition;
    // The sign's own words may hold the verb ("baby had a bit of yellow").
    for (let index = span.start; index < span.end; index++) if (storyVerbs.has(tokens[index].word)) return true;
    for (let index = span.start - 1; index >= Math.max(sentenceStart, span.start - 5); index--) {
      if (storyVerbs.has(tokens[index].word)) return true;
      if (tokens[index].clauseEnd) break;
    }
    const end = sentenceEndOf(tokens, span.end);
    return [...(concepts.get('long_ago') ?? noSpans), ...(concepts.get('in_the_past') ?? noSpans)].some(
      (other) => other.start >= sentenceStart && other.end <= end && !this.isNegated(recognition, other),
    );
  }

  /**
   * True when a professional has already looked at this sign and said it is benign ("the midwife checked her
   * over, all fine", "results came back normal, it's breast milk jaundice"): a `professional_verdict`,
   * not negated, after the sign or after an earlier mention of the same concept, with nothing after the
   * verdict saying it is getting worse (`worsening`). A sign first told after the verdict is a new one.
   */
  isClearedByProfessional(recognition: Recognition, span: Span, concept: string, laterSigns: readonly string[] = []): boolean {
    const verdicts = (recognition.concepts.get('professional_verdict') ?? []).filter(
      (verdict) => !this.isNegated(recognition, verdict) && this.isProfessionalsVerdict(recognition, verdict),
    );
    if (verdicts.length === 0) return false;
    // About the same sign: a mention of it in the verdict's sentence or the one just before ("… a rash on
    // her cheeks. The GP checked her over, all fine"), not a verdict on something else told later.
    const mentions = [span, ...(recognition.concepts.get(concept) ?? [])].filter((other) =>
      verdicts.some((verdict) => other.start < verdict.end && this.sentencesBetween(recognition, other.start, verdict.start) <= 1),
    );
    if (mentions.length === 0) return false;
    // A place of the sign told again after the verdict's sentence, as new ("… he said it is fine. today there is
    // blood in his nappy"): a new episode, not the one the professional saw (review s9).
    if (verdicts.every((verdict) => span.start >= verdict.end && this.sentencesBetween(recognition, verdict.start, span.start) >= 1) && this.toldAsNow(recognition, span)) return false;
    const firstMention = Math.min(...mentions.map((other) => other.start));
    const worsening = recognition.concepts.get('worsening') ?? [];
    // `laterSigns`: another of these told after the verdict ("… said the yellow was normal, but he's not
    // feeding") keeps the sign, so the pair can still be weighed together.
    const laterOther = (verdict: Span) =>
      laterSigns.some((other) => other !== concept && (recognition.concepts.get(other) ?? []).some((later) => later.start >= verdict.end && !this.isNegated(recognition, later)));
    return verdicts.some(
      (verdict) => firstMention < verdict.end && !worsening.some((worse) => worse.start >= verdict.end && !this.isNegated(recognition, worse)) && !laterOther(verdict),
    );
  }

  /** True when the sign's sentence tells it as a new episode: "today", "again", "tonight", "this morning", "more". */
  private toldAsNow(recognition: Recognition, span: Span): boolean {
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
  private isProfessionalsVerdict(recognition: Recognition, verdict: Span): boolean {
    const { tokens } = recognition;
    const start = sentenceStartOf(tokens, verdict.start);
    const end = sentenceEndOf(tokens, verdict.end);
    if (tokens[end - 1]?.questionEnd) return false;
    const inSentence = (name: string) => (recognition.concepts.get(name) ?? []).filter((other) => other.start >= start && other.end <= end);
    if (inSentence('asks_if_normal').some((asked) => !overlapping(asked, verdict))) return false;
    if (inSentence('test_result').some((result) => overlapping(result, verdict))) return true;
    const inside = (other: Span) => other.start >= verdict.start && other.end <= verdict.end;
    if ([...inSentence('professional_seen'), ...inSentence('professional_named')].some((seen) => !inside(seen) && !this.isNegated(recognition, seen))) return true;
    // "… the community nurse weighed him today. she said it's fine": a verdict opened by "she", "he" or "they"
    // is the professional's named in the sentence just before.
    if (!verdictPronouns.has(tokens[start]?.word ?? '') || start === 0) return false;
    const before = sentenceStartOf(tokens, start - 1);
    return [...(recognition.concepts.get('professional_seen') ?? noSpans), ...(recognition.concepts.get('professional_named') ?? noSpans)].some(
      (seen) => seen.start >= before && seen.end <= start && !this.isNegated(recognition, seen),
    );
  }

  /** How many sentence ends lie between two token positions. */
  private sentencesBetween(recognition: Recognition, from: number, to: number): number {
    let count = 0;
    for (let index = Math.min(from, to); index < Math.max(from, to); index++) if (recognition.tokens[index].sentenceEnd) count++;
    return count;
  }

  /** The person a sign at `position` is about: the nearest one named before it in the sentence, else just after. */
  /** True when the sign's own words name the baby after their first word: "I can't wake him", "couldn't get her to feed". */
  namesBabyInside(recognition: Recognition, span: Span): boolean {
    const categories = subjectsByToken(recognition);
    for (let index = span.start + 1; index < span.end; index++) if (categories[index] === 'baby') return true;
    return false;
  }

  /**
   * Whose a sign is: the writer's when its own first word is her "my" with no baby named right after ("i had a
   * baby 5 days ago and one of my legs is swollen": the nearest person before "my legs" is the baby, but the
   * leg is hers; review of s5-rf-nm, wrong on main too), else the nearest person named (`subjectAt`).
   */
  subjectOfSign(recognition: Recognition, span: Span): Subject {
    if (recognition.tokens[span.start]?.word === 'my' && subjectsByToken(recognition)[span.start] === 'mother') return 'mother';
    return this.subjectAt(recognition, span.start);
  }

  subjectAt(recognition: Recognition, position: number): Subject {
    // Asked for the same places by the rules, their exceptions and the net: worked out once per place.
    const worked = workedOut(recognition);
    const known = (worked.nearestSubjects ??= []);
    let nearest = known[position];
    if (nearest === undefined) known[position] = nearest = this.nearestSubject(recognition, position);
    const subject = nearest;
    // "she", "her": the baby when the message names a baby and no partner or relative, else either.
    if (subject === 'ambiguous' && !recognition.concepts.has('who_partner') && recognition.concepts.has('who_baby')) return 'baby_likely';
    return subject;
  }

  private nearestSubject(recognition: Recognition, position: number): Subject {
    const categories = subjectsByToken(recognition);
    const { tokens } = recognition;
    // Back to the start of the clause: "5 days after having my baby, awful pain behind my eyes" is not the baby's.
    for (let index = position - 1; index >= Math.max(0, position - 25); index--) {
      if (tokens[index].sentenceEnd || tokens[index].clauseEnd) break;
      const found = categories[index];
      // "he tugs on my nipple then stops breathing": "my" of the breast he feeds from, with the sign after it,
      // is not whose the sign is (review s9), when a new step follows the place ("then", "for", "he"); "my breast
      // is red", "feeding my breast is red and hot" stay hers.
      if (found === 'mother' && tokens[index].word === 'my' && feedingPlaces.has(tokens[index + 1]?.word ?? '') && placeEnds.has(tokens[index + 2]?.word ?? '') && position > index + 2) continue;
      if (found) return found;
    }
    // After the sign only a person it is about counts: "it didn't fade when i pressed it" is still the baby's rash.
    for (let index = position + 1; index < Math.min(tokens.length, position + 6); index++) {
      const found = categories[index];
      if (found && found !== 'mother') return found;
      if (isBreastDescribedBy(tokens, index, position)) return 'mother';
      if (tokens[index].sentenceEnd || tokens[index].clauseEnd) break;
    }
    return 'none';
  }
}

/** No places: one shared empty list rather than a new one per look-up of a concept the message lacks. */
const noSpans: readonly Span[] = Object.freeze([]);
/** isAskedAhead's marker when none is named: one list, not a new one at each of the net's calls. */
const askedAheadMarkers: readonly string[] = Object.freeze(['asked_ahead']);

/** The person named nearest before `position`, at most `reach` words back and within its clause ('none' when no one is). */
function personNamedBefore(recognition: Recognition, position: number, reach: number): Subject {
  const categories = subjectsByToken(recognition);
  for (let index = position - 1; index >= Math.max(0, position - reach); index--) {
    if (recognition.tokens[index].sentenceEnd || recognition.tokens[index].clauseEnd) break;
    const found = categories[index];
    if (found) return found;
  }
  return 'none';
}

function holds(spans: readonly Span[], index: number): boolean {
  for (let position = 0; position < spans.length; position++) if (spans[position].start <= index && spans[position].end > index) return true;
  return false;
}

/**
 * By token index, the earliest end of a sign's span (any concept's but the structural ones and the persons)
 * that holds the token and ends after the one after it; a large number where none does. Worked out once per
 * reading: isNegated asks for every negation before every place it checks.
 */
function signEndsAfter(recognition: Recognition): Int32Array {
  const worked = workedOut(recognition);
  let ends = worked.signEnds;
  if (ends) return ends;
  ends = new Int32Array(recognition.tokens.length + 1).fill(0x7fffffff);
  // Keys, not entries: iterating a Map's entries makes an array per entry.
  for (const name of recognition.concepts.keys()) {
    if (name === 'negation' || name === 'not_a_negation' || name === 'conjunction' || name.startsWith('who_')) continue;
    const spans = recognition.concepts.get(name)!;
    for (let position = 0; position < spans.length; position++) {
      const { start, end } = spans[position];
      for (let index = start; index < end - 1; index++) if (end < ends[index]) ends[index] = end;
    }
  }
  worked.signEnds = ends;
  return ends;
}

/** What is worked out once per reading (see workedOut): each when first asked for. */
interface WorkedOut {
  recognition: Recognition;
  signEnds?: Int32Array;
  subjects?: SubjectsByToken;
  /** By token position, the nearest person named, for the positions asked about so far. */
  nearestSubjects?: Subject[];
}

/**
 * What was worked out of the last two readings asked about: a turn asks of its message's reading, and the net of
 * one sentence's at a time, again and again. Each is a function of the reading alone, so one asked about after
 * those two is worked out anew, the same. Two slots rather than a WeakMap by reading: a WeakMap gained an entry
 * for every reading of every turn, each for the collector to clear.
 */
let workedLast: WorkedOut | undefined;
let workedBefore: WorkedOut | undefined;

function workedOut(recognition: Recognition): WorkedOut {
  if (workedLast?.recognition === recognition) return workedLast;
  if (workedBefore?.recognition === recognition) {
    const found = workedBefore;
    workedBefore = workedLast;
    workedLast = found;
    return found;
  }
  workedBefore = workedLast;
  workedLast = { recognition };
  return workedLast;
}
// Later kinds win where spans overlap: "my" is the mother's, "my baby" the baby's, "my wife" the partner's report.
const personConcepts = ['who_mother', 'who_ambiguous', 'who_partner', 'who_baby'] as const;
const personSubjects: readonly Subject[] = ['mother', 'ambiguous', 'partner', 'baby'];
const reportVerbs = new Set(['noticed', 'notices', 'saw', 'sees', 'spotted', 'found', 'checked', 'pointed', 'realised', 'realized', 'showed', 'mentioned']);
/** The writer's verbs of finding a sign on someone: not of seeing or realising, which may tell her own. */
const writerReportVerbs = new Set(['noticed', 'notice', 'spotted', 'found', 'checked']);
/** Verbs of saying or thinking: a baby named right before one is someone's grown child telling, not the baby. */
const speechVerbs = new Set(['says', 'said', 'thinks', 'reckons', 'told', 'tells', 'believes', 'insists', 'suggested', 'suggests']);
const fillerBeforeReport = new Set(['just', 'has', 'had', 'have', 'also', 'then', 'only', 'first', 'actually']);

/**
 * By token position, the person a word names (undefined where none): an array, not a Map, as the readings
 * look positions up word by word back from every place of every concept.
 */
type SubjectsByToken = (Subject | undefined)[];

function subjectsByToken(recognition: Recognition): SubjectsByToken {
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
  recognition.tokens.forEach((token, index) => {
    if (token.word !== 'i' || categories![index] !== 'mother') return;
    if (writerReportVerbs.has(wordAfterFillers(recognition.tokens, index + 1))) reporters.add(index);
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

export type { QuantityKind };

/**
 * Whether wellness told of `told` can close a sign of `sign`: not the writer's "I'm fine now" for the baby's
 * sign, nor the baby's "he's fine" for hers; a place naming no one fits either.
 */
/** The first word from `from` on that is no filler ("has", "just", …): the verb a person named before it goes with. */
function wordAfterFillers(tokens: readonly TriageToken[], from: number): string {
  let next = from;
  while (next < tokens.length && fillerBeforeReport.has(tokens[next].word)) next++;
  return tokens[next]?.word ?? '';
}

/** Marks as reporters the tokens of `concept`'s persons (of `category`) whose verb is one of `verbs`: they tell, the sign is not theirs. */
function markReporters(recognition: Recognition, concept: string, category: Subject, verbs: ReadonlySet<string>, categories: Readonly<SubjectsByToken>, reporters: Set<number>): void {
  for (const span of recognition.concepts.get(concept) ?? []) {
    if (!verbs.has(wordAfterFillers(recognition.tokens, span.end))) continue;
    for (let index = span.start; index < span.end; index++) if (categories[index] === category) reporters.add(index);
  }
}

function samePerson(sign: Subject, told: Subject): boolean {
  if (sign === 'none' || told === 'none' || sign === 'ambiguous' || told === 'ambiguous') return true;
  const side = (subject: Subject) => (subject === 'baby' || subject === 'baby_likely' ? 'baby' : 'adult');
  return side(sign) === side(told);
}

function overlapping(first: Span, second: Span): boolean {
  return first.start < second.end && second.start < first.end;
}

/** Words after an age's unit that make it the writer's own time since the birth ("3 weeks postpartum", "10 days pp"). */
const postpartumWords = new Set(['pp', 'postpartum', 'postnatal', 'pn']);

/** True when the age read at `at` (its number) is told as the mother's time since the birth: "3 weeks post partum". */
function toldAsPostpartum(tokens: readonly TriageToken[], at: number): boolean {
  for (let next = at + 1; next <= at + 3 && next < tokens.length; next++) {
    const word = tokens[next].word;
    if (postpartumWords.has(word) || (word === 'post' && /^(partum|natal)$/.test(tokens[next + 1]?.word ?? ''))) return true;
    if (tokens[next].clauseEnd || tokens[next].sentenceEnd) return false;
  }
  return false;
}
