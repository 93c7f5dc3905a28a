import { dirname, resolve } from 'node:path';
import type { YamlReader } from '../knowledge/yaml-cache';
import type { Facts } from '../nlu/extract-facts';
import { readRedFlagCorpus, type RedFlagCorpusEntry } from './red-flag-corpus';
import type { NetExample, NetVerdict, SafetyNet } from './safety-net';
import type { MessageKind, SafetyFile, SafetyLevel } from './safety-schema';
import type { Recognition } from './sign-recogniser';
import { parseSign } from './parse-sign';
import { levelOrder, type RedFlag, type RuleTriage } from './triage';
import { isToldAnywhere } from './is-negated';
import { subjectAt } from './sign-subjects';
import { createRowTold } from './row-needs';
import { isOnlyOpener } from './only-opener';
import { isCrisisMessage } from './crisis-message';
import { structuralConcepts } from './structural-concepts';

/** The learned net's check of a message the rules let through: a conditionally worded escalation, or nothing. */
export type SafetyCheck = (text: string, facts: Facts) => RedFlag | undefined;

const levelOfMessage: Record<MessageKind, SafetyLevel> = {
  emergency: 'emergency',
  urgent_today: 'urgent_today',
  soon: 'soon',
  crisis: 'emergency',
  crisis_partner: 'emergency',
  crisis_intrusive: 'emergency',
};

/**
 * The examples the net learns from: the corpus files named in safety.yaml, and ordinary questions as "no red
 * flag". `readYaml` as readRedFlagCorpus takes it.
 */
export function safetyNetExamples(file: SafetyFile, safetyFilePath: string, ordinary: readonly string[], readYaml?: YamlReader): NetExample[] {
  const entries = file.safety_check.corpus.flatMap((relativePath) => readRedFlagCorpus(resolve(dirname(safetyFilePath), relativePath), readYaml));
  // An entry marked `learn: false` is kept for measuring only (see red-flag-corpus.ts).
  return netExamples(
    file,
    entries.filter((entry) => entry.learn !== false),
    ordinary,
  );
}

/** Red flags once, near misses `near_miss_weight` times, and a share of the ordinary phrasings. */
export function netExamples(file: SafetyFile, entries: readonly RedFlagCorpusEntry[], ordinary: readonly string[]): NetExample[] {
  const examples: NetExample[] = [];
  for (const entry of entries) {
    if (entry.label === 'RED_FLAG') examples.push({ text: entry.q, row: entry.row ?? null });
    else for (let copy = 0; copy < file.safety_check.near_miss_weight; copy++) examples.push({ text: entry.q, row: null });
  }
  const every = file.safety_check.ordinary_share > 0 ? Math.max(1, Math.round(1 / file.safety_check.ordinary_share)) : Infinity;
  ordinary.forEach((text, index) => {
    if (index % every !== 0) return;
    examples.push({ text, row: null });
    if (file.safety_check.ordinary_sentences) for (const sentence of judgedSentences(text)) examples.push({ text: sentence, row: null });
  });
  return examples;
}

/** The sentences of a message of several that `by_sentence` would judge one at a time (none for a single sentence). */
function judgedSentences(text: string): string[] {
  const sentences = text.split(sentenceBreak).filter((sentence) => sentence.trim().split(/\s+/).length >= minimumSentenceWords);
  return sentences.length < 2 ? [] : sentences;
}

/**
 * Concept name → the rows whose rules name it among their signs: the net's concept groups, so a sign the
 * corpus shows rarely still leans to the row a clinician put it under. Persons and exceptions are no signs.
 */
export function conceptRowsOf(file: SafetyFile): Record<string, string[]> {
  const rows = new Map<string, Set<string>>();
  for (const rule of file.rules) {
    for (const sign of rule.signs) {
      for (const part of parseSign(sign)) {
        if (part.kind !== 'concept') continue;
        const name = wrappedConcept(file, part.name);
        const named = rows.get(name) ?? new Set<string>();
        rows.set(name, named.add(rule.row));
      }
    }
  }
  return Object.fromEntries([...rows].map(([name, named]) => [name, [...named].sort()]));
}

/**
 * A safety check over a trained net; `threshold` defaults to the file's. `rulesWeigh: false` leaves out the
 * deference to a rule that found the sign and ruled it out, to measure the net as if no rule knew the wording
 * (scripts/red-flag-cv.js).
 */
export function createSafetyCheck(file: SafetyFile, rules: RuleTriage, net: SafetyNet, threshold = file.safety_check.threshold, options: { rulesWeigh?: boolean; numbersGate?: boolean } = {}): SafetyCheck {
  // `numbersGate: false` lets `sure_over_numbers` overrule a number the rules judged too, as before its gate,
  // to weigh the gate on the folds (scripts/red-flag-cv.js --sure-over-numbers-sweep).
  const { rulesWeigh = true, numbersGate = true } = options;
  // Worked out once per row rather than per message: the exceptions its rules name, and the flag it raises.
  const exceptionsByRow = new Map<string, string[]>();
  for (const rule of file.rules) if (rule.row !== undefined) exceptionsByRow.set(rule.row, [...(exceptionsByRow.get(rule.row) ?? []), ...(rule.unless ?? [])]);
  // A crisis row is never silenced by its rules' exceptions, however sure the net is: there doubt gives the
  // crisis line (as in rulesWeighed).
  const crisisRows = crisisRowsOf(file);
  const flagByRow = new Map(Object.keys(file.safety_check.rows).map((row) => [row, safetyCheckFlag(file, row)]));
  // A row whose check needs its body part or sign told (row_needs): without it, as if a rule had decided.
  const rowTold = createRowTold(file);
  // By row, the number kinds its rules read only with the baby's age (an age band, or the nappy chart).
  const ageNeededByRow = new Map<string, Set<string>>();
  for (const rule of file.rules) {
    if (rule.row === undefined) continue;
    for (const sign of rule.signs) {
      for (const part of parseSign(sign)) {
        if (part.kind !== 'quantity' || (rule.when?.age_days === undefined && part.value !== 'chart')) continue;
        const kinds = ageNeededByRow.get(rule.row) ?? new Set<string>();
        ageNeededByRow.set(rule.row, kinds.add(part.quantity));
      }
    }
  }
  const { row_thresholds: rowThresholds = {}, overrule_threshold: overruleThreshold = 0, by_sentence: bySentence, alternative_share: alternativeShare = 1, crisis_lean: crisisLean, crisis_doubt: crisisDoubt, sure_over_numbers: sureOverNumbers = 0 } = file.safety_check;
  const crisisRow = crisisRowOf(file);
  const crisisLabel = crisisRow === undefined ? -1 : net.rowNames.indexOf(crisisRow);
  /** A low-mood check the net also reads as a possible crisis becomes the crisis check. */
  const leaned = (found: RedFlag | undefined, verdict: NetVerdict): RedFlag | undefined => {
    if (!found || !crisisLean || crisisLabel < 0 || !crisisLean.rows.includes(found.row ?? '')) return found;
    return verdict.probabilities[crisisLabel] >= crisisLean.share ? (flagByRow.get(crisisRow!) ?? found) : found;
  };
  /**
   * The crisis check where the net gives the crisis row `crisis_doubt`'s share or more, though another row or
   * "no red flag" is likelier, and nothing more urgent than "see someone soon" was found: in doubt, the crisis line.
   */
  const doubted = (found: RedFlag | undefined, verdict: NetVerdict): RedFlag | undefined => {
    if (!crisisDoubt || crisisLabel < 0 || (found && found.level !== 'soon')) return found;
    const { probabilities, probabilityNone } = verdict;
    return probabilities[crisisLabel] >= crisisDoubt.share && probabilityNone < crisisDoubt.none_below ? (flagByRow.get(crisisRow!) ?? found) : found;
  };
  /**
   * The flag of a row judged sentence by sentence, when one sentence of several alone says it. Only for a
   * message the net gives that row some chance as a whole: each sentence is read again.
   */
  const sentenceVerdict = (text: string, whole: NetVerdict): RedFlag | undefined => {
    if (!bySentence || !bySentence.rows.some((row) => whole.probabilities[net.rowNames.indexOf(row)] >= (bySentence.whole_minimum ?? 0))) return undefined;
    for (const sentence of judgedSentences(text)) {
      // Read apart: the whole message's reading stays kept for the sign-question step after this check.
      const alone = net.assess(rules.recogniser.recognisePart(sentence));
      if (bySentence.rows.includes(alone.row) && alone.probabilityNone < bySentence.threshold) return flagByRow.get(alone.row);
    }
    return undefined;
  };
  /**
   * Whether the rules read the row's deciding numbers (`numbers_decide`) in this message: 'judged' when they
   * did and had all they need to weigh them (the baby's age, for a rule of the row that reads that number by
   * age or against the nappy chart, or the number read as the mother's), 'unjudged' when the baby's number (or
   * no one's) was told but the age was not, 'none' when the message gives none of them.
   */
  function numbersRead(row: string, recognition: Recognition, facts: Facts): 'judged' | 'unjudged' | 'none' {
    const decidingKinds = file.safety_check.numbers_decide[row] ?? [];
    const ageKnown = (recognition.ageDays ?? facts.days_since_birth) !== undefined;
    if (decidingKinds.includes('age') && ageKnown) return 'judged';
    const told = recognition.quantities.filter((quantity) => decidingKinds.includes(quantity.kind));
    if (told.length === 0) return 'none';
    if (ageKnown) return 'judged';
    // A number the rules read as the mother's or her partner's ("I have 38.2") is judged: not the baby's.
    const babysUnread = told.filter((quantity) => ageNeededByRow.get(row)?.has(quantity.kind) && !ownersNotTheBaby.has(subjectAt(recognition, quantity.at)));
    return babysUnread.length === 0 ? 'judged' : 'unjudged';
  }
  return (text, facts) => {
    const recognition = rules.recogniser.recognise(text);
    // A message that is only an opener ("hi, my baby is 10 weeks and I have a few questions") asks nothing
    // the net could judge: whatever it learnt of such words, no check (only-opener.ts).
    if (isOnlyOpener(recognition)) return undefined;
    const verdict = net.assess(recognition);
    const found = doubted(leaned(wholeMessage(recognition, verdict, facts), verdict) ?? sentenceVerdict(text, verdict), verdict);
    // A copy: the turn that sends it owns it.
    return found && { ...found };
  };

  function wholeMessage(recognition: Recognition, verdict: NetVerdict, facts: Facts): RedFlag | undefined {
    const first = rowDecision(verdict.row, verdict.probabilityNone, recognition, facts);
    if (first !== 'decided' || alternativeShare >= 1) return first === 'decided' ? undefined : first;
    // The likeliest row was the rules' or a dialog's to decide, yet the net is sure of a red flag: a row it
    // holds nearly as likely may be the one ("can't catch her breath" read as milk not in).
    const { probabilities } = verdict;
    const order = net.rowNames.map((_, label) => label).filter((label) => label > 0 && net.rowNames[label] !== verdict.row && probabilities[label] >= alternativeShare);
    for (const label of order.sort((a, b) => probabilities[b] - probabilities[a])) {
      const next = rowDecision(net.rowNames[label], verdict.probabilityNone, recognition, facts);
      if (next && next !== 'decided') return next;
    }
    return undefined;
  }

  /** The flag for a row the net holds likeliest, nothing below its threshold, or 'decided' where the rules or a dialog decide it. */
  function rowDecision(row: string, probabilityNone: number, recognition: Recognition, facts: Facts): RedFlag | 'decided' | undefined {
    const flag = flagByRow.get(row);
    if (!flag) return undefined;
    const limit = rowThresholds[row] ?? (flag.level === 'soon' ? Math.min(threshold, file.safety_check.soon_threshold) : threshold);
    if (probabilityNone >= limit) return undefined;
    // A rule of that row that names an exception present here ("mini period", "carrot") has decided: not this,
    // unless the net is surer than `overrule_threshold` (as for a rule that weighed the sign), and never for
    // a crisis row.
    const exceptions = crisisRows.has(row) || probabilityNone < overruleThreshold ? [] : (exceptionsByRow.get(row) ?? []);
    if (exceptions.some((name) => isToldAnywhere(recognition, name))) return 'decided';
    // A row whose own sign and body part are both untold (row_needs; a mastitis check for "38.8 with a chest
    // infection, safe to breastfeed?", whose only 'chest' is the infection's): not this row; the next likeliest is tried.
    if (!rowTold(row, recognition)) return 'decided';
    // A number the rules read for the row decides: "my 5 month old has 38.2" is no fever under 3 months. So
    // does a dialog that asks about the row (the milk-late dialog answers "call today" from about 72 hours),
    // and a number told without what the rules need to judge it (a temperature with no age), unless the net
    // is surer than `sure_over_numbers`: there the rules have read nothing to overrule.
    if (!numbersGate && probabilityNone < sureOverNumbers) return flag;
    const numbers = numbersRead(row, recognition, facts);
    if (numbers === 'judged') return 'decided';
    const leftToRules = numbers === 'unjudged' || file.safety_check.left_to_dialogs.includes(row);
    if (leftToRules) return probabilityNone < sureOverNumbers ? flag : 'decided';
    // A rule that found this row's sign and ruled it out decides too, unless the net is surer than that.
    // Asked last, as it reads the message again.
    if (rulesWeigh && probabilityNone >= overruleThreshold && rules.rulesWeighed(recognition, facts, row)) return 'decided';
    return flag;
  }
}

/**
 * The concept a rules-only wrapper stands for: a structural concept made of one other concept less some
 * exclusions (mood_told: low_mood without 'a heavy period'). The net does not read the wrapper, so the rows of
 * the rules that name it are the wrapped concept's groups, as when those rules named it directly.
 */
function wrappedConcept(file: SafetyFile, name: string): string {
  if (!structuralConcepts.has(name)) return name;
  const phrases = (file.concepts[name] ?? []).filter((phrase) => !phrase.startsWith('!'));
  const wrapped = phrases.length === 1 ? /^\{([a-z_0-9]+)\}$/.exec(phrases[0])?.[1] : undefined;
  return wrapped === undefined ? name : wrappedConcept(file, wrapped);
}

const ownersNotTheBaby = new Set(['mother', 'partner']);

const sentenceBreak = /(?<=[.!?;])\s+|\n+/;
// Shorter pieces ("ebf", "5 weeks.") say too little alone to be judged.
const minimumSentenceWords = 4;

/** The rows of the rules whose message is a crisis line. */
export function crisisRowsOf(file: SafetyFile): Set<string | undefined> {
  return new Set(file.rules.filter((rule) => isCrisisMessage(rule.message)).map((rule) => rule.row));
}

/** The row whose check gives the crisis line (mother-mental-health): a crisis rule's row with a check of its own. */
export function crisisRowOf(file: SafetyFile): string | undefined {
  return [...crisisRowsOf(file)].find((row): row is string => row !== undefined && file.safety_check.rows[row] !== undefined);
}

/** The red flag a safety check raises for a row: the row's most urgent line sets its level. */
export function safetyCheckFlag(file: SafetyFile, row: string): RedFlag | undefined {
  const lines = file.safety_check.rows[row];
  if (!lines) return undefined;
  const messages = lines.map((line) => line.message);
  const level = messages.map((message) => levelOfMessage[message]).sort((a, b) => levelOrder[a] - levelOrder[b])[0];
  return { ruleId: `check.${row}`, level, message: messages[0], means: '', certain: false, row };
}

/**
 * Asked when a rule fired below emergency: the emergency check of a row the net holds at least `raise.share`
 * likely, a row whose every line is an emergency (not a crisis row: the crisis line has its own steps), or
 * nothing. Its flag keeps the rule's (`raisedFrom`) so the reply keeps the rule's own advice after it.
 */
export type LevelRaise = (text: string, ruled: RedFlag) => RedFlag | undefined;

export function createLevelRaise(file: SafetyFile, rules: RuleTriage, net: SafetyNet, share = file.safety_check.raise?.share): LevelRaise | undefined {
  if (share === undefined) return undefined;
  const emergencyRows = Object.entries(file.safety_check.rows)
    .filter(([, lines]) => lines.every((line) => line.message === 'emergency'))
    .map(([row]) => net.rowNames.indexOf(row))
    .filter((label) => label > 0);
  return (text, ruled) => {
    if (ruled.level === 'emergency') return undefined;
    const { probabilities } = net.assess(rules.recogniser.recognise(text));
    // The likeliest of them, if likely enough: one row's lines, worded for what that row is about.
    const label = emergencyRows.reduce((best, candidate) => (best < 0 || probabilities[candidate] > probabilities[best] ? candidate : best), -1);
    if (label < 0 || probabilities[label] < share) return undefined;
    const raised = safetyCheckFlag(file, net.rowNames[label]);
    return raised && { ...raised, ruleId: `raise.${raised.row}`, raisedFrom: { ...ruled } };
  };
}
