import type { Facts } from '../nlu/extract-facts';
import { normaliseText, splitWords } from '../nlu/normalise-text';
import type { GateSettings } from './gate-settings-schema';
import { removeInvisible } from './guard-input';
import { isMentioned, numberMentions, type NumberMention } from './number-mentions';
import { foldForGates } from './output-gates-folding';
import { markupIn } from './output-gates-markup';
import { addedDiagnosis, addedPhrase, contentStems, newAdviceSentence, normalisedSentences, stem, weakenedHelpSentence } from './output-gates-sentences';
import { phoneNumbers } from './phone-numbers';
import type { Triage } from './triage';
import { webAddresses } from './web-addresses';

export type GateName =
  | 'length'
  | 'markup'
  | 'urls'
  | 'phone_numbers'
  | 'doses'
  | 'medicines'
  | 'numbers'
  | 'safety_sentence'
  | 'forbidden'
  | 'reassurance'
  | 'diagnosis'
  | 'advice'
  | 'triage'
  | 'new_words';

export type GateResult = { passed: true } | { passed: false; gate: GateName; detail: string };

export interface GateContext {
  /** The curated text the model was asked to re-word: the only source of facts. */
  curated: string;
  /** The answer's sources as shown to the person; an address among them is not new. */
  sources: readonly string[];
  /** What the person told us; "your baby was born 4 days ago" may use these numbers. */
  facts: Facts;
}

/** Checks a model's wording against the curated text; the first gate that fails is reported. */
export type OutputGates = (wording: string, context: GateContext) => GateResult;

// Not triage's `negation` concept (safety.yaml): that one decides whether a sign is absent, with clause
// breaks and exceptions tuned on parents' messages, and widening it there loses red flags. Here a negation
// only excuses a forbidden phrase in the model's wording, and every word added would excuse more; so each
// list stays as narrow as its own job needs, and the two are not merged.
const negationBefore = /\b(no|not|never|without|nor|cannot)\s+(\w+\s+){0,3}$/;

/**
 * The deterministic checks a model's wording must pass before anyone reads it (DESIGN.md, "The model
 * engine"). Each compares the wording with the curated text, so the curated text always passes itself.
 */
export function createOutputGates(settings: GateSettings, triage: Triage): OutputGates {
  const safetyTerms = settings.safety_terms.map((pattern) => new RegExp(pattern));
  const medicines = settings.medicines.map((pattern) => new RegExp(pattern, 'g'));
  const forbidden = settings.forbidden.map((pattern) => new RegExp(pattern, 'g'));
  const doseUnits = new Set(
    settings.dose_units.map((word) => {
      const unit = numberMentions(`2 ${word}`)[0]?.unit;
      // A unit the number reader does not know would never match: say so rather than guard nothing.
      if (!unit) throw new Error(`content/prompts/personalise.yaml gates.dose_units: "${word}" is not a unit latch can read in a text`);
      return unit;
    }),
  );
  const personalWords = new Set(settings.personal_words.map(stem));
  const reassurance = settings.reassurance.map((pattern) => new RegExp(pattern, 'g'));
  const helpTerms = [...safetyTerms, ...settings.help_sentences.timing.map((pattern) => new RegExp(pattern))];
  const hedges = settings.help_sentences.hedges.map((pattern) => new RegExp(pattern, 'g'));
  const adviceCues = settings.advice.cues.map((pattern) => new RegExp(pattern));
  const diagnosisCues = settings.diagnosis.cues.map((pattern) => new RegExp(pattern));
  const conditions = settings.diagnosis.conditions.map((pattern) => new RegExp(pattern));

  /** What the gates need from a curated text, worked out once per text: answers repeat, wordings don't. */
  interface CuratedView {
    normalised: string;
    /** Normalised after folding look-alike letters, spaced-out words and written-out addresses. */
    folded: string;
    sentences: string[];
    /** Each sentence's content stems, personal words aside: what a new sentence is compared with. */
    sentenceStems: Set<string>[];
    markup: Set<string>;
    addresses: Set<string>;
    phones: Set<string>;
    numbers: NumberMention[];
    medicineCounts: number[];
    safetyTerms: RegExp[];
    forbiddenCounts: number[];
    stems: Set<string>;
    /** Red flags by the facts they were found with: triage's number rules read the facts. */
    flags: Map<string, Set<string>>;
  }
  const views = new Map<string, CuratedView>();
  const viewOf = (curated: string, facts: Facts): CuratedView & { redFlags: Set<string> } => {
    let view = views.get(curated);
    if (!view) {
      const normalised = normaliseText(curated);
      const foldedText = foldForGates(curated);
      const folded = normaliseText(foldedText);
      const sentences = normalisedSentences(curated);
      view = {
        normalised,
        folded,
        sentences,
        sentenceStems: sentences.map((sentence) => new Set(contentStems(sentence, personalWords))),
        markup: new Set(markupIn(curated.normalize('NFKC'))),
        addresses: new Set(webAddresses(foldedText)),
        phones: new Set(phoneNumbers(foldedText)),
        numbers: numberMentions(curated),
        medicineCounts: medicines.map((pattern) => matches(pattern, folded)),
        safetyTerms: safetyTerms.filter((pattern) => pattern.test(normalised)),
        forbiddenCounts: forbidden.map((pattern) => affirmed(pattern, normalised)),
        stems: new Set(contentWords(normalised).map(stem)),
        flags: new Map(),
      };
      // Curated texts are few (answers and their variants); the bound only guards against a surprise.
      if (views.size >= 1000) views.clear();
      views.set(curated, view);
    }
    const factsKey = JSON.stringify(facts);
    let flags = view.flags.get(factsKey);
    if (!flags) {
      flags = redFlags(curated, facts, triage);
      if (view.flags.size >= 100) view.flags.clear();
      view.flags.set(factsKey, flags);
    }
    return { ...view, redFlags: flags };
  };

  return (written, context) => {
    // A zero-width space inside an address or a phone number must not hide it from the gates below.
    const wording = removeInvisible(written);
    const fail = (gate: GateName, detail: string): GateResult => ({ passed: false, gate, detail });
    const { curated } = context;
    const minimum = Math.floor(curated.length * settings.length.minimum_ratio);
    const maximum = Math.ceil(curated.length * settings.length.maximum_ratio);
    if (wording.length < minimum || wording.length > maximum) return fail('length', `${wording.length} characters, outside ${minimum}-${maximum}`);
    const view = viewOf(curated, context.facts);

    // Markup first: whatever else is wrong, nothing that a card or a browser would act on goes further.
    const newMarkup = markupIn(wording.normalize('NFKC')).find((mark) => !view.markup.has(mark));
    if (newMarkup) return fail('markup', newMarkup);

    // Medicines, phone numbers and addresses are looked for in the folded text, where "fenugrеek" with a
    // Cyrillic е, "f e n u g r e e k" and "example dot com" read as what they are.
    const foldedWording = foldForGates(wording);
    const knownAddresses = new Set([...view.addresses, ...context.sources.flatMap((source) => webAddresses(foldForGates(source)))]);
    const newAddress = webAddresses(foldedWording).find((address) => !knownAddresses.has(address));
    if (newAddress) return fail('urls', newAddress);

    const newPhone = phoneNumbers(foldedWording).find((digits) => !view.phones.has(digits));
    if (newPhone) return fail('phone_numbers', newPhone);

    const allowedNumbers = [...view.numbers, ...factNumbers(context.facts)];
    const mentions = numberMentions(wording).filter((mention) => !isMentioned(mention, allowedNumbers));
    const newDose = mentions.find((mention) => doseUnits.has(mention.unit));
    if (newDose) return fail('doses', describe(newDose));

    const normalised = normaliseText(wording);
    const folded = normaliseText(foldedWording);
    const newMedicine = medicines.findIndex((pattern, index) => matches(pattern, folded) > view.medicineCounts[index]);
    if (newMedicine >= 0) return fail('medicines', medicines[newMedicine].source);

    if (mentions.length > 0) return fail('numbers', mentions.map(describe).join(', '));

    const droppedTerm = view.safetyTerms.find((pattern) => !pattern.test(normalised));
    if (droppedTerm) return fail('safety_sentence', droppedTerm.source);
    const sentences = normalisedSentences(wording);
    const weakened = weakenedHelpSentence(view.sentences, sentences, helpTerms, hedges);
    if (weakened) return fail('safety_sentence', `weakened or split: ${weakened}`);

    const newForbidden = forbidden.findIndex((pattern, index) => affirmed(pattern, normalised) > view.forbiddenCounts[index]);
    if (newForbidden >= 0) return fail('forbidden', forbidden[newForbidden].source);

    const addedReassurance = addedPhrase(reassurance, normalised, view.normalised);
    if (addedReassurance) return fail('reassurance', addedReassurance.source);

    const diagnosis = addedDiagnosis(view.sentences, sentences, diagnosisCues, conditions);
    if (diagnosis) return fail('diagnosis', diagnosis.source);

    // Pointing to the answer's own sources ("see nhs.uk/…") is not advice of the model's own.
    const sourceWords = context.sources.flatMap((source) => contentWords(normaliseText(source)).map(stem));
    const ignored = sourceWords.length === 0 ? personalWords : new Set([...personalWords, ...sourceWords]);
    const advice = newAdviceSentence(view.sentenceStems, sentences, adviceCues, ignored, settings.advice.minimum_overlap);
    if (advice) return fail('advice', advice.slice(0, 80));

    const newFlag = [...redFlags(wording, context.facts, triage)].find((ruleId) => !view.redFlags.has(ruleId));
    if (newFlag) return fail('triage', newFlag);

    const words = contentWords(normalised);
    const newWords = words.filter((word) => !view.stems.has(stem(word)) && !personalWords.has(stem(word)));
    const share = words.length === 0 ? 0 : newWords.length / words.length;
    if (share > settings.maximum_new_word_share) return fail('new_words', `${Math.round(share * 100)} % new: ${newWords.slice(0, 8).join(', ')}`);

    // Last, as the widest net: a sentence of the model's own, advice cue or not, that no curated sentence backs.
    const claim = newAdviceSentence(view.sentenceStems, sentences, 'every sentence', ignored, settings.advice.minimum_overlap_without_cue);
    if (claim) return fail('advice', claim.slice(0, 80));
    return { passed: true };
  };
}

function factNumbers(facts: Facts): NumberMention[] {
  const numbers: NumberMention[] = [];
  if (facts.days_since_birth !== undefined) {
    numbers.push({ value: facts.days_since_birth, unit: 'days' });
    if (facts.days_since_birth % 30 === 0) numbers.push({ value: facts.days_since_birth / 30, unit: 'months' });
  }
  if (facts.baby_age_weeks !== undefined) numbers.push({ value: facts.baby_age_weeks, unit: 'weeks' });
  return numbers;
}

function describe(mention: NumberMention): string {
  return mention.unit === '' ? String(mention.value) : `${mention.value} ${mention.unit}`;
}

function matches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return [...text.matchAll(pattern)].length;
}

/** Occurrences not closely preceded by a negation: "you don't need to stop breastfeeding" doesn't count. */
function affirmed(pattern: RegExp, text: string): number {
  let count = 0;
  for (const match of text.matchAll(pattern)) {
    if (!negationBefore.test(text.slice(Math.max(0, (match.index ?? 0) - 40), match.index))) count++;
  }
  return count;
}

/**
 * Triage returns the most urgent sign only, so it is run on the whole text and on each sentence; a
 * curated answer may itself name signs ("call at once if your baby is floppy"), which are not new.
 */
function redFlags(text: string, facts: Facts, triage: Triage): Set<string> {
  const flags = new Set<string>();
  for (const part of [text, ...text.split(/(?<=[.!?])\s+|\n+/)]) {
    const normalised = normaliseText(part);
    const flag = triage(normalised, splitWords(normalised), facts);
    if (flag) flags.add(flag.ruleId);
  }
  return flags;
}

function contentWords(normalised: string): string[] {
  return splitWords(normalised).filter((word) => word.length > 2 && !/\d/.test(word));
}
