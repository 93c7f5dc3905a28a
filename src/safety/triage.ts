import type { Facts } from '../nlu/extract-facts';
import { minimumNappies } from './nappy-chart';
import { numberRuleId } from './red-flag-rule';
import type { SafetyFile, SafetyLevel } from './safety-schema';

export interface RedFlag {
  ruleId: string;
  level: SafetyLevel;
  /** Which level message to send; mental-health crises have their own, with crisis lines first. */
  message: SafetyLevel | 'crisis';
  means: string;
  /** The words that raised it, when a phrase did: what is left of the message may be a question of its own. */
  matched?: string[];
}

export type Triage = (normalised: string, correctedWords: readonly string[], facts: Facts) => RedFlag | undefined;

const levelOrder: Record<SafetyLevel, number> = { emergency: 0, urgent_today: 1, soon: 2 };
// "no fever", "not bleeding heavily"; a negation does not reach past "and" or "but": "will not feed and keeps
// falling asleep" still says "keeps falling asleep".
const negation = /\b(no|not|never|without|nor|denies)\s+((?!and\b|but\b|so\b|then\b|because\b)\w+\s+){0,2}$/;
const resolved = /\b(gone now|better now|went away|has gone|cleared up|has passed|no longer|all fine now|fine now|ok now|okay now|resolved)\b/;
const babyWords = /\b(baby|babys|babies|newborn|newborns|son|sons|daughter|daughters|he|she|him|her|his|they|twins|little 1|little one|infant)\b/;
const motherSubject = /\bi (have|had|am|got|have got|am running|was running)\b.{0,20}\b(fever|temperature|temp)\b|\bmy (own )?(temperature|temp|fever)\b/;

/**
 * Deterministic red-flag triage over the rules of content/safety.yaml: phrase rules (with negation and
 * "it's gone now" hedges), co-occurrence rules, and number rules for temperature, weight loss and nappies.
 * The most urgent match wins.
 */
export function createTriage(rules: SafetyFile): Triage {
  const phraseRules = rules.rules.map((rule) => ({
    rule,
    phrases: (rule.phrases ?? []).map((pattern) => new RegExp(pattern, 'g')),
    groups: (rule.all ?? []).map((group) => group.map((pattern) => new RegExp(pattern, 'g'))),
  }));
  const numbers = rules.number_rules;

  return (normalised, correctedWords, facts) => {
    // The corrected text only differs when spelling correction changed a word; don't match the same text twice.
    const corrected = correctedWords.join(' ');
    const texts = corrected === normalised ? [normalised] : [normalised, corrected];
    const found: RedFlag[] = [];
    for (const { rule, phrases, groups } of phraseRules) {
      const matched: string[] = [];
      const phraseHit = phrases.length > 0 && phrases.some((pattern) => texts.some((text) => matchesAffirmed(pattern, text, matched)));
      const groupHit = groups.length > 0 && groups.every((group) => group.some((pattern) => texts.some((text) => matchesAffirmed(pattern, text, matched))));
      if (phraseHit || groupHit) found.push({ ruleId: rule.id, level: rule.level, message: rule.message ?? rule.level, means: rule.means, matched });
    }
    for (const text of texts) found.push(...numberFlags(text, facts, numbers));
    return found.sort((a, b) => levelOrder[a.level] - levelOrder[b.level])[0];
  };
}

function matchesAffirmed(pattern: RegExp, text: string, matched: string[]): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const sentence = sentenceAround(text, match.index);
    if (!negation.test(before) && !resolved.test(sentence)) {
      matched.push(match[0]);
      return true;
    }
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return false;
}

function sentenceAround(text: string, index: number): string {
  return text.slice(Math.max(0, index - 60), Math.min(text.length, index + 80));
}

function numberFlags(text: string, facts: Facts, numbers: SafetyFile['number_rules']): RedFlag[] {
  const flags: RedFlag[] = [];
  const flag = (name: keyof SafetyFile['number_rules'], level: SafetyLevel = numbers[name].level) =>
    flags.push({ ruleId: numberRuleId(name), level, message: level, means: numbers[name].means });

  // Temperatures: a number with a unit, or any plausible reading in a message about temperature.
  const mentionsTemperature = /\b(temp|temperature|fever|feverish|thermometer|degrees)\b|°/.test(text);
  // "my 3 week old" names no baby word but is about a baby all the same.
  const babyContext = (babyWords.test(text) || /\b\d+ ?(day|week|month)s? old\b/.test(text)) && !motherSubject.test(text);
  if (babyContext && !resolved.test(text)) {
    for (const match of text.matchAll(/(\d{2,3}(?:\.\d+)?) ?(°|degrees?|deg)? ?(c|f|celsius|fahrenheit)?\b/g)) {
      const value = Number(match[1]);
      const hasUnit = Boolean(match[2] || match[3]);
      if (!hasUnit && !mentionsTemperature) continue;
      const fahrenheit = match[3]?.startsWith('f') || (!match[3] && value >= 90);
      const celsius = fahrenheit ? ((value - 32) * 5) / 9 : value;
      if (celsius < 30 || celsius > 45) continue;
      const months = facts.days_since_birth === undefined ? undefined : facts.days_since_birth / 30;
      const high = fahrenheit ? value >= numbers.fever.fahrenheit_at_least : celsius >= numbers.fever.celsius_at_least;
      if (high && (months === undefined || months < numbers.fever.under_months)) flag('fever');
      else if (high && months !== undefined && months < 6 && celsius >= 39) flag('fever', 'urgent_today');
      if (celsius < numbers.low_temperature.celsius_below) flag('low_temperature');
    }
  }

  for (const match of text.matchAll(/\b(?:lost|loss of|losing|down|dropped|drop of)\s+(?:about |around |nearly |almost |over )?(\d+(?:\.\d+)?) ?(?:%|percent|per cent)/g)) {
    if (Number(match[1]) >= numbers.weight_loss.percent_at_least) flag('weight_loss');
  }
  if (/\bnot (back )?(up )?to (his |her |their )?birth ?weight\b/.test(text) && (facts.days_since_birth ?? 0) >= 14) {
    flag('weight_loss');
  }

  const day = facts.days_since_birth;
  for (const match of text.matchAll(/\b(?:only |just )?(\d+) (?:wet|wees?|weed|pee|wet ones?)(?: nappies| nappy| ones?)?\b/g)) {
    if (!/napp|wet|wee/.test(match[0])) continue;
    // With no day of life given, the day-3 row: few enough wet nappies to worry about on most days.
    const minimum = minimumNappies(numbers, 'wet_nappies', day ?? 3);
    if (minimum !== undefined && Number(match[1]) < minimum) flag('wet_nappies');
  }
  for (const match of text.matchAll(/\bno (?:wet )?(?:nappy|nappies|wees?)(?: (?:in|for))? (\d+) ?hours?\b/g)) {
    if (Number(match[1]) >= numbers.wet_nappies.no_wet_nappy_hours) flag('wet_nappies');
  }
  // Only with a known day of life: 1 dirty nappy is fine on day 2 and too few on day 4.
  const dirtyMinimum = day === undefined ? undefined : minimumNappies(numbers, 'dirty_nappies', day);
  if (dirtyMinimum !== undefined) {
    for (const match of text.matchAll(/\b(?:only |just )?(\d+) (?:dirty|poo|poos|pooey|poopy|stool|stools|soiled)(?: nappies| nappy| ones?)?\b/g)) {
      if (Number(match[1]) < dirtyMinimum) flag('dirty_nappies');
    }
  }
  return flags;
}
