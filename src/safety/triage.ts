import type { Facts } from '../nlu/extract-facts';
import type { Span } from './concept-matcher';
import type { MessageKind, SafetyFile, SafetyLevel, SafetyRule } from './safety-schema';
import type { SignRecogniser, Recognition } from './sign-recogniser';
import { ageMatches, someAgeMatches } from './age-matches';
import { ageToldOf } from './age-told-of';
import { compileRules, type CompiledRule, type Reading } from './compile-rules';
import { countNeeds } from './count-needs';
import { isCrisisMessage } from './crisis-message';
import { defaultRecogniser } from './default-recogniser';
import { exceptionFitsWho, fitsWho } from './fits-who';
import type { Found } from './found';
import { messageFor } from './message-for';
import type { CompiledSign, NormalEntry, Part } from './parse-sign';
import { insideAny } from './inside-any';
import { isAffirmed } from './is-affirmed';
import { isAskedAhead } from './is-asked-ahead';
import { isInProfessionalCare } from './is-in-professional-care';
import { isMoodNamedOnly } from './is-mood-named-only';
import { isNegated, isToldAnywhere } from './is-negated';
import { isToldAsOwn } from './is-told-as-own';
import { isToldMostlyWell } from './is-told-mostly-well';
import { withinBabyBlues } from './within-baby-blues';
import { namesBabyInside, subjectOfSign } from './sign-subjects';
import { ownFactAge } from './own-fact-age';
import { quantitiesFound } from './quantities-found';
import { sentenceNumbersOf } from './sentence-numbers-of';
import { inIfClause, sentenceEndOf, sentenceStartOf } from './sentence-positions';
import type { SignScope } from './sign-scope';
import { startsInsideOwnBody } from './starts-inside-own-body';
import { isToldNormal, type NormalContext } from './told-normal';
import { withinWindow } from './within-window';

export interface RedFlag {
  ruleId: string;
  level: SafetyLevel;
  /** Which level message to send; mental-health crises have their own, with crisis lines first. */
  message: MessageKind;
  means: string;
  /** The words that raised it, when a sign did: what is left of the message may be a question of its own. */
  matched?: string[];
  /** False for a safety check: the learned net's guess, sent worded conditionally. */
  certain?: boolean;
  /** The RED-FLAGS.md row. */
  row?: string;
  /** A rule's flag below emergency that the net raised to this emergency check: its advice follows. */
  raisedFrom?: RedFlag;
  /** The crisis row the net reads beside this flag's own sign: its conditional crisis lines follow this flag's reply. */
  crisisCheckBeside?: string;
  /** A baby's sign told beside this crisis flag: its meaning and advice follow the crisis reply. */
  babySignBeside?: RedFlag;
}

/** Red-flag triage of one message. `text` is the message as typed, before any normalisation that changes words. */
export type Triage = (text: string, correctedWords: readonly string[], facts: Facts) => RedFlag | undefined;

export const levelOrder: Record<SafetyLevel, number> = { emergency: 0, urgent_today: 1, soon: 2 };

/**
 * Deterministic red-flag triage over the rules of content/safety.yaml: each rule's signs are sign concepts
 * and quantities found within a window of words, affirmed (not negated, not "gone now"), about the right
 * person (the baby's signs are not the mother's), at the right age. The most urgent match wins.
 */
export type RuleTriage = Triage & {
  recogniser: SignRecogniser;
  triageRecognition: (recognition: Recognition, facts: Facts) => RedFlag | undefined;
  rulesWeighed: (recognition: Recognition, facts: Facts, row: string) => boolean;
  askedAbout: (recognition: Recognition, facts: Facts) => RedFlag | undefined;
  /** The most urgent of the baby's rows alone: a baby's sign told beside a crisis, which the crisis rule outranks. */
  babySign: (recognition: Recognition, facts: Facts) => RedFlag | undefined;
};

/**
 * `recogniser` defaults to one over the file's own concepts, with no English words protected from correction.
 * `questionScope: false` reads a sign a general question names as if it were seen (for `askedAbout`).
 */
export function createTriage(
  file: SafetyFile,
  recogniser: SignRecogniser = defaultRecogniser(file),
  options: { questionScope?: boolean; babyBlues?: boolean } = {},
): RuleTriage {
  // `babyBlues`: the baby's age rules out the low mood row (withinBabyBlues); off where the rules are weighed
  // without their ages (rulesWeighed).
  const { questionScope = true, babyBlues = true } = options;
  const { compiled, exceptionReading, normalReading, allSigns, signsByConcept, signsByQuantity, signConcepts, partConcepts } = compileRules(file);

  // By sign number, how many of its concepts and quantity kinds the message being weighed has: all of them
  // when `needs`. One array kept between messages and cleared at each (a triage weighs one message at a time:
  // nothing below weighs another before it returns), and a counter made once, not per message.
  const needsMet = new Uint8Array(allSigns.length);
  const countConceptNeeds = (_spans: Span[], name: string) => countNeeds(needsMet, signsByConcept.get(name));
  /** True when some rule's sign has every part in the message: most messages have none, and no rule can fire. */
  const anySignComplete = (): boolean => {
    for (let number = 0; number < allSigns.length; number++) if (needsMet[number] === allSigns[number].needs) return true;
    return false;
  };

  const triageRecognition = (recognition: Recognition, facts: Facts): RedFlag | undefined => {
    needsMet.fill(0);
    recognition.concepts.forEach(countConceptNeeds);
    const { quantities } = recognition;
    for (let index = 0; index < quantities.length; index++) {
      // Each kind once, however many quantities of it the message tells.
      const { kind } = quantities[index];
      let counted = false;
      for (let earlier = 0; earlier < index && !counted; earlier++) counted = quantities[earlier].kind === kind;
      if (!counted) countNeeds(needsMet, signsByQuantity.get(kind));
    }
    // Nothing below is read, and nothing made, for a message no rule could fire on.
    if (!anySignComplete()) return undefined;
    const found = weighRules(recognition, facts);
    if (found || !recognition.concepts.has('grown_child')) return found;
    // A grown daughter's sign that no rule of an adult's catches but the baby's would at emergency ("my grown
    // daughter just had a seizure, she gave birth last week"): kept, as it was before grown_child was read
    // (review of s21-ue; when unsure, escalate).
    const concepts = new Map(recognition.concepts);
    concepts.delete('grown_child');
    const asBaby = weighRules({ ...recognition, concepts }, facts);
    return asBaby?.level === 'emergency' ? asBaby : undefined;
  };

  /** The most urgent rule that fires on a message some rule's sign has every part of (needsMet counted). */
  const weighRules = (recognition: Recognition, facts: Facts): RedFlag | undefined => {
    const ageDays = recognition.ageDays ?? ownFactAge(recognition, facts.days_since_birth);
    // A general question beside the writer's own case ("… she has one now", `same_here`) is about a sign seen now.
    const generalAsked = questionScope && !recognition.concepts.has('same_here');
    // Read once, and only for a rule with the exception (isToldAsOwn).
    let toldAsOwn: boolean | undefined;
    const generalExcepts = () => generalAsked && !(toldAsOwn ??= isToldAsOwn(recognition));
    const dayOfLife = recognition.dayOfLife ?? (ageDays === undefined ? undefined : Math.max(1, Math.round(ageDays)));
    // Only "gone now" reads them: without it, no list is made.
    const signSpans = recognition.concepts.has('resolved') ? signConcepts.flatMap((name) => recognition.concepts.get(name) ?? []) : [];
    const partSpans = recognition.concepts.has('resolved') ? partConcepts.flatMap((name) => recognition.concepts.get(name) ?? []) : [];
    const quantityKinds = new Set(recognition.quantities.map((quantity) => quantity.kind));
    const hasEveryPart = (sign: CompiledSign) => needsMet[sign.number] === sign.needs;
    // Some emergency signs still need a person once they have passed ("she had a fit, she seems fine now"):
    // those the concept over_still_urgent names, unless a professional has already seen it or it was long
    // ago ("last month, the GP said it was a virus"). Others close when over ("the mottling went once dressed").
    // A time past or a check then, followed by the sign told back again now ("a febrile fit last month, checked at
    // hospital, now it's happened again"), does not make today's over (s22-ue).
    const againAt = (recognition.concepts.get('again_now') ?? []).reduce((last, span) => Math.max(last, span.start), -1);
    const pastOrSeen = ['professional_seen', 'long_ago', 'in_the_past'].some((name) => (recognition.concepts.get(name) ?? []).some((span) => span.end > againAt && !isNegated(recognition, span)));
    const stillUrgentSpans = pastOrSeen ? [] : (recognition.concepts.get('over_still_urgent') ?? []);
    const doneByParent = (span: Span) => insideAny(recognition.concepts.get('done_by_parent') ?? [], span);
    // What each concept was found to be under each reading, by reading number.
    const affirmed: (Map<string, Found[]> | undefined)[] = [];
    const scope: SignScope = { recognition, signSpans, partSpans, pastOrSeen, stillUrgentSpans, questionScope };
    const foundOf = (name: string, reading: Reading, asHistory: boolean): Found[] =>
      (recognition.concepts.get(name) ?? []).filter((span) => isAffirmed(scope, span, name, reading, asHistory)).map((span) => ({ span, subject: subjectOfSign(recognition, span) }));
    // What each concept is found to be under a reading (see isAffirmed).
    const affirmedOf = (name: string, reading: Reading): Found[] => {
      const known = (affirmed[reading.number] ??= new Map());
      let found = known.get(name);
      if (!found) known.set(name, (found = foundOf(name, reading, false)));
      return found;
    };
    const quantityFound = (part: Extract<Part, { kind: 'quantity' }>): Found[] => quantitiesFound(scope, file, dayOfLife, part);
    // A rule's `history` concept: past by nature ("a breast reduction years ago"), so the time it is told in does not
    // close it (isAffirmed's asHistory) — unless it is told of another birth ("a c-section with my first, a natural
    // birth this time", "my mum bled a lot when I was born") and not of this one too ("with my first and again with
    // this one"): then it is read as any sign is, and long past closes it. Asked once per message, when a rule has one.
    let toldOfAnotherBirth: boolean | undefined;
    const historyOf = (name: string, reading: Reading): Found[] =>
      (toldOfAnotherBirth ??= isToldAnywhere(recognition, 'risk_other_birth') && !isToldAnywhere(recognition, 'risk_this_birth')) ? affirmedOf(name, reading) : foundOf(name, reading, true);
    // A concept named in the if-clause of a question with no age told ("what if my milk doesn't come in and the
    // nappies are light?"): a case asked about, not told.
    const askedInIf = (span: Span): boolean => {
      if (ageDays !== undefined || !generalAsked) return false;
      const start = sentenceStartOf(recognition.tokens, span.start);
      return recognition.tokens[sentenceEndOf(recognition.tokens, span.end) - 1]?.questionEnd === true && inIfClause(recognition.tokens, start, span.start);
    };

    // A message about a baby not yet born ("still pregnant, what if he ...") raises none of the baby's rules,
    // but only where no born baby is in it: an age given ("my 3 week old") or a baby named as whose the
    // sign is keeps every baby rule (when unsure, escalate).
    // The writer's own weeks of pregnancy told ("i'm 32 weeks", readQuantities) are the same as "still pregnant".
    const hypothetical =
      ageDays === undefined && (recognition.pregnancyTold === true || isToldAnywhere(recognition, 'hypothetical'));
    // An exception told of the rule's person in the same sentence as one of the sign's parts (`unless_beside`).
    // Each token's sentence number, counted once per message when an exception or normal_when first asks.
    let sentenceNumbers: Uint16Array | undefined;
    const sentenceOf = (position: number) => (sentenceNumbers ??= sentenceNumbersOf(recognition))[Math.min(position, recognition.tokens.length)];
    const normalContext: NormalContext = { recognition, quantityKinds, sentenceOf, affirmedAsSaid: (name) => affirmedOf(name, normalReading), file, dayOfLife };
    const toldNormal = (entries: readonly NormalEntry[], found: Found, toldBefore = false): boolean => isToldNormal(normalContext, entries, found, toldBefore);
    const toldBeside = (exceptions: readonly Found[], combination: readonly Found[], who: NonNullable<SafetyRule['who']>): boolean =>
      exceptions.some(
        (exception) =>
          exceptionFitsWho(who, exception.subject) && combination.some((found) => sentenceOf(found.span.start) === sentenceOf(exception.span.start)),
      );
    /**
     * The rule's first sign that fires, as its red flag. Apart from the loop over the rules below, so that a
     * rule passed over makes nothing: closures that read a loop's own variables make a context every round.
     */
    const fire = ({ rule, signs, window, reading, normalWhen }: CompiledRule, unbornOnly: boolean, unbornAsked: boolean): RedFlag | undefined => {
      for (const sign of signs) {
        if (!hasEveryPart(sign)) continue;
        const { parts } = sign;
        // Whose sign it is matters for concepts and temperatures; a count of nappies or hours is the baby's story.
        // In a sign of several parts about the baby, the parent may do a test the concept done_by_parent
        // names ("his spots, and when I roll a glass over them they stay put"): that part counts as the writer's.
        const parentMayAct = rule.who === 'baby' && parts.length > 1;
        // A glass test named as done, with a result that does not fade, escalates whoever's rash it is: a parent
        // who did it is testing the baby ("i did the glass test and the rash hasn't faded", nobody else named),
        // and RED-FLAGS.md has no row for the writer's own ("i have a rash that doesn't fade under a glass"),
        // so when unsure, escalate.
        const glassTested =
          parentMayAct && parts.some((part) => part.kind === 'concept' && glassParts.has(part.name)) && affirmedOf('glass_test', reading).length > 0 && affirmedOf('not_fading', reading).length > 0;
        const candidates = parts.map((part) =>
          part.kind === 'concept' || part.quantity === 'temperature'
            ? (part.kind === 'concept' ? (rule.history?.includes(part.name) ? historyOf(part.name, reading) : affirmedOf(part.name, reading)) : quantityFound(part)).filter(
                (found) =>
                  fitsWho(rule.who ?? 'anyone', found.subject) ||
                  (glassTested && part.kind === 'concept') ||
                  (parentMayAct && part.kind === 'concept' && found.subject === 'mother' && doneByParent(found.span)) ||
                  // "I can't wake him": the baby named inside the sign's words makes it the baby's.
                  (rule.who === 'baby' && part.kind === 'concept' && namesBabyInside(recognition, found.span)),
              )
              .filter((found) => part.kind !== 'concept' || !normalWhen?.has(part.name) || !toldNormal(normalWhen.get(part.name)!, found, rule.normal_told_before))
              // A rule's `asked_in_if` concept named in the if-clause of a question with no age told: asked about, not told.
              .filter((found) => part.kind !== 'concept' || !rule.asked_in_if?.includes(part.name) || !askedInIf(found.span))
              // A baby's sign asked about in a question or an if-clause by a writer still pregnant, with no age given.
              .filter((found) => !unbornAsked || part.kind !== 'concept' || !isAskedAhead(recognition, found.span, ['hypothetical']))
            : quantityFound(part),
        );
        // A baby's sign whose words start inside the writer's naming of her own body ("my own wee has been
        // really dark", "my urine is dark"): hers, not the baby's nappies. The baby's told the same by ellipsis
        // ("my urine is dark and so is the baby's", own_dark_urine_too) starts with those words, and stays.
        if (rule.row?.startsWith('baby-') && recognition.concepts.has('own_urine')) {
          for (let part = 0; part < candidates.length; part++) if (parts[part].kind === 'concept') candidates[part] = candidates[part].filter((found) => !startsInsideOwnBody(recognition, found.span));
        }
        // Care a professional is giving the sign now ("under the lights for jaundice", "being treated for pnd")
        // closes it for a row that is not an emergency: the person the escalation sends the writer to has it.
        if (!reading.emergency && !reading.crisis) {
          const babyRow = rule.row?.startsWith('baby-') ?? false;
          for (let part = 0; part < candidates.length; part++) candidates[part] = candidates[part].filter((found) => !isInProfessionalCare(recognition, found.span, babyRow, found.subject));
        }
        // A depression's name is no low mood told unless told as hers now (isMoodNamedOnly); the row's rule for the
        // name (its part depression_named) weighs it with its own exceptions.
        if (rule.row === 'mother-low-mood') {
          for (let part = 0; part < candidates.length; part++) {
            const sign = parts[part];
            if (sign.kind === 'concept' && sign.name !== 'depression_named') candidates[part] = candidates[part].filter((found) => !isMoodNamedOnly(recognition, found.span));
          }
        }
        const combination = withinWindow(candidates, window);
        if (!combination) continue;
        if (parentMayAct && !glassTested && combination.every((found) => found.subject === 'mother')) continue;
        if (unbornOnly && !combination.some((found) => found.subject === 'baby')) continue;
        // The age told nearest before the sign, or the message's surest (the baby's age now: "born 4 days ago, on
        // day 2 he had orange crystals and still does"): either is enough, when unsure, escalate.
        if (rule.when?.age_days && recognition.ages.length > 1 && !ageMatches(rule.when.age_days, ageToldOf(recognition, combination)) && !ageMatches(rule.when.age_days, ageDays)) continue;
        if (rule.unless_beside?.some((name) => toldBeside(affirmedOf(name, exceptionReading), combination, rule.who ?? 'anyone'))) continue;
        const subjects = combination.map((found) => found.subject);
        return {
          ruleId: rule.id,
          level: rule.level,
          message: messageFor(rule, subjects, recognition),
          means: rule.means,
          matched: combination.map((found) => recognition.tokens.slice(found.span.start, found.span.end).map((token) => token.word).join(' ')),
          certain: true,
          row: rule.row,
        };
      }
      return undefined;
    };
    let best: RedFlag | undefined;
    for (let number = 0; number < compiled.length; number++) {
      const entry = compiled[number];
      // A part that is nowhere in the message leaves nothing to combine: a rule none of whose signs has all its
      // parts in the message is passed over first, before anything of the rule itself is read (the rules' 35
      // shapes of object make every read of \`rule.…\` a slow, megamorphic one, and most rules stop here).
      if (!entry.signs.some(hasEveryPart)) continue;
      const { rule } = entry;
      if (best && levelOrder[best.level] <= levelOrder[rule.level]) continue;
      // Only the baby's rows: a pregnant writer's own signs are hers now.
      const unbornOnly = hypothetical && (rule.row?.startsWith('baby-') ?? false);
      const unbornAsked = unbornOnly && generalAsked && !isCrisisMessage(rule.message);
      if (rule.when?.age_known !== undefined && rule.when.age_known !== (ageDays !== undefined)) continue;
      // Several ages ("my sister's baby is 6 months, mine is 3 weeks and has 38.2"): the rule is weighed if one
      // of them fits, and then with the age told of its sign or the surest (below).
      if (rule.when?.age_days && !(recognition.ages.length > 1 ? someAgeMatches(rule.when.age_days, recognition.ages) : ageMatches(rule.when.age_days, ageDays))) continue;
      // A low mood told while the baby is under two weeks has not yet lasted the row's two weeks (withinBabyBlues).
      if (babyBlues && rule.row === 'mother-low-mood' && withinBabyBlues(recognition)) continue;
      // Nor is one told as the lesser part of her days ("mostly happy"): the row is low mood most days (isToldMostlyWell).
      if (rule.row === 'mother-low-mood' && isToldMostlyWell(recognition)) continue;
      // An exception is read as said ("what are the signs of" is itself no sign asked about).
      // Read without the question scope, a rule's own "general question" exception is left out too.
      // Nor when the writer tells a sign as her own or her baby's beside the question ("I pressed a glass on his
      // spots and they didn't fade, how do I know if it's serious?"): the question asks about her report.
      if (rule.unless?.some((name) => (name !== 'general_question' || generalExcepts()) && affirmedOf(name, exceptionReading).length > 0)) continue;
      best = fire(entry, unbornOnly, unbornAsked) ?? best;
    }
    return best;
  };

  /**
   * True when a rule of `row` found its sign, affirmed, but its age, person or exception ruled it out
   * ("orange crystals on day 2", "my mouth is dry", "a mini period"): the rules have weighed that very sign,
   * so the learned net does not second-guess them. Not for a crisis row: there doubt gives the crisis line.
   */
  const weighers = new Map<string, RuleTriage['triageRecognition']>();
  const rulesWeighed = (recognition: Recognition, facts: Facts, row: string): boolean => {
    if (file.rules.some((rule) => rule.row === row && isCrisisMessage(rule.message))) return false;
    let weigh = weighers.get(row);
    if (!weigh) {
      // The row's rules without their age, person and exceptions, built once per row when first asked.
      const rowRules = file.rules.filter((rule) => rule.row === row).map(({ when: _when, who: _who, unless: _unless, unless_beside: _beside, normal_when: _normal, ...rule }) => rule);
      if (rowRules.length === 0) return false;
      weigh = createTriage({ ...file, rules: rowRules }, recogniser, { babyBlues: false }).triageRecognition;
      weighers.set(row, weigh);
    }
    return weigh(recognition, facts) !== undefined;
  };

  /**
   * The red flag a general question is about when no rule fires ("what does newborn jaundice look like"):
   * the rule that would fire were the sign seen. The engine answers with when to get help, not an escalation.
   */
  let unscoped: RuleTriage['triageRecognition'] | undefined;
  const askedAbout = (recognition: Recognition, facts: Facts): RedFlag | undefined => {
    if (!questionScope || !recognition.concepts.has('sign_question') || triageRecognition(recognition, facts)) return undefined;
    unscoped ??= createTriage(file, recogniser, { questionScope: false }).triageRecognition;
    return unscoped(recognition, facts);
  };

  // Built when first asked: most messages have no crisis, and then no baby's sign is looked for beside one.
  let babyOnly: RuleTriage['triageRecognition'] | undefined;
  const babySign = (recognition: Recognition, facts: Facts): RedFlag | undefined => {
    babyOnly ??= createTriage({ ...file, rules: file.rules.filter((rule) => rule.row?.startsWith('baby-') ?? false) }, recogniser).triageRecognition;
    return babyOnly(recognition, facts);
  };

  const triage = ((text: string, _correctedWords: readonly string[], facts: Facts) => triageRecognition(recogniser.recognise(text), facts)) as RuleTriage;
  triage.babySign = babySign;
  triage.askedAbout = askedAbout;
  triage.recogniser = recogniser;
  triage.triageRecognition = triageRecognition;
  triage.rulesWeighed = rulesWeighed;
  return triage;
}

/** The parts of a sign that tell of a glass test (see glassTested). */
const glassParts = new Set(['non_blanching', 'glass_test']);
