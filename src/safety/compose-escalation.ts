import { fillPlaceholders } from '../knowledge/placeholders';
import type { RedFlag } from './triage';
import type { Contacts, SafetyFile } from './safety-schema';

function filler(contacts: Contacts): (text: string) => string {
  return (text) => fillPlaceholders(text, (key) => (contacts as Record<string, string | undefined>)[key]);
}

/**
 * The escalation message: that latch is a bot, what the sign may mean, whom to contact and how soon. A
 * safety check (the learned net's guess, `certain: false`) is worded conditionally instead.
 */
export function composeEscalation(rules: SafetyFile, contacts: Contacts, flag: RedFlag): string {
  if (flag.crisisCheckBeside) return composeWithCrisisLines(rules, contacts, flag, flag.crisisCheckBeside);
  if (flag.babySignBeside) return [composeEscalation(rules, contacts, { ...flag, babySignBeside: undefined }), ...ruleAdvice(rules, contacts, flag.babySignBeside)].join(' ');
  if (flag.raisedFrom && flag.row) return composeRaised(rules, contacts, flag.row, flag.raisedFrom);
  if (flag.certain === false && flag.row) return composeSafetyCheck(rules, contacts, flag.row);
  return [filler(contacts)(rules.levels[flag.message].intro), ...ruleAdvice(rules, contacts, flag)].join(' ');
}

/** What the rule's escalation says after its intro: what the sign may mean, whom to contact and how soon. */
function ruleAdvice(rules: SafetyFile, contacts: Contacts, flag: RedFlag): string[] {
  const fill = filler(contacts);
  // An emergency goes to the emergency number, not to a clinic that may be closed.
  const clinicKnown = Boolean(contacts.clinic_name && contacts.clinic_phone && contacts.clinic_hours);
  const clinic = clinicKnown && (flag.message === 'urgent_today' || flag.message === 'soon') ? [fill(rules.clinic)] : [];
  return [flag.means, fill(rules.levels[flag.message].action), ...clinic];
}

/**
 * A rule's escalation the net raised to an emergency row (safety-check.ts, createLevelRaise): the emergency
 * row's lines first, worded conditionally as the net's check is ("If your baby is very hard to wake …, call
 * {emergency} now"), then the rule's own sentence and advice for what it found. No diagnosis either way.
 */
function composeRaised(rules: SafetyFile, contacts: Contacts, row: string, ruled: RedFlag): string {
  return [filler(contacts)(rules.safety_check.intro), ...conditionalLines(rules, contacts, row), ...ruleAdvice(rules, contacts, ruled)].join(' ');
}

/** A flag's own reply, then the crisis row's conditional lines ("If you or someone you are worried about …"). */
function composeWithCrisisLines(rules: SafetyFile, contacts: Contacts, flag: RedFlag, crisisRow: string): string {
  return [composeEscalation(rules, contacts, { ...flag, crisisCheckBeside: undefined }), ...conditionalLines(rules, contacts, crisisRow)].join(' ');
}

/** "If your baby is hard to wake or floppy, call 999 now…": each line of a row's check, with the numbers. */
function conditionalLines(rules: SafetyFile, contacts: Contacts, row: string): string[] {
  const check = rules.safety_check;
  const fill = filler(contacts);
  return (check.rows[row] ?? []).map((line) => `If ${line.if}, ${fill(check.actions[line.message])}`);
}

/** The net's safety check: its intro, each line of the row ("If …, call 999 now…") and its outro. */
export function composeSafetyCheck(rules: SafetyFile, contacts: Contacts, row: string): string {
  const fill = filler(contacts);
  return [fill(rules.safety_check.intro), ...conditionalLines(rules, contacts, row), fill(rules.safety_check.outro)].join(' ');
}

/**
 * The reply to a general question about a sign ("what does newborn jaundice look like"): that latch is a
 * bot, what the sign can mean (the rule's own sentence), and when to get help, line by line from the row's
 * safety-check wording, with the numbers. Information, not an escalation.
 */
export function composeSignQuestion(rules: SafetyFile, contacts: Contacts, flag: RedFlag): string {
  return [filler(contacts)(rules.safety_check.question_intro), flag.means, ...conditionalLines(rules, contacts, flag.row ?? '')].join(' ');
}

/** The locale's default numbers from content/safety.yaml with any set in config laid over them. */
export function contactsFor(rules: SafetyFile, locale: string, overrides: Partial<Contacts>): Contacts {
  const defaults = rules.contacts[locale];
  if (!defaults) throw new Error(`content/safety.yaml has no contacts for locale "${locale}" (it has: ${Object.keys(rules.contacts).join(', ')})`);
  return { ...defaults, ...Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) };
}
