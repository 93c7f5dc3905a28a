import type { TriageToken } from './triage-tokens';
import { puttingOn, wokeToFeed } from './quantity-contexts';
import { isNear, wordAt, type NumberAt, type QuantityReading } from './quantity-reading';
import { dayUnits, hourUnits } from './time-units';

/** Units of an amount of milk: a number before one is no count of nappies or feeds. */
const volumeUnits = new Set(['oz', 'ozs', 'ounce', 'ounces', 'ml', 'mls', 'millilitres', 'milliliters']);
// A wet patch on clothes or sheets is leaking milk, not a wet nappy: "two wet patches on my top".
const wetNotNappy = new Set(['patch', 'patches', 'spot', 'spots', 'mark', 'marks', 'top', 'tops', 'shirt', 'shirts', 'bra', 'bras', 'sheet', 'sheets', 'clothes']);
/** A time of day about halfway through a baby's day, for counts told "by lunchtime". */
const middayWords = new Set(['lunchtime', 'lunch', 'midday', 'noon', 'dinnertime']);
const wetWords = new Set(['wet', 'wee', 'wees', 'pee', 'pees', 'wetty', 'wets', 'wetting', 'urine']);
const dirtyWords = new Set(['dirty', 'poo', 'poos', 'poop', 'poops', 'pooey', 'poopy', 'stool', 'stools', 'bm', 'bms', 'soiled', 'dirties']);
const nappyWords = new Set(['nappy', 'nappies', 'diaper', 'diapers', 'one', 'ones', 'changes']);
const feedWords = new Set(['feeds', 'feed', 'feedings', 'feeding', 'nursings']);
/** Words people put between a count and "feeds": "3 short feeds", "4 proper feeds". */
const feedSizeWords = new Set(['short', 'proper', 'good', 'small', 'tiny', 'little', 'quick', 'full', 'real', 'decent', 'big', 'long', 'breast', 'bottle', 'actual']);

/** Reads a count of nappies or feeds: "only 2 wet nappies", "two wet diapers", "fed 5 times". */
export function readCount(reading: QuantityReading, number: NumberAt): void {
  const { tokens, quantities, lastCount } = reading;
  const { index, token, value, shift, next, afterNext, previous } = number;
  const word = (at: number) => wordAt(tokens, at);
  const window = [next, afterNext, word(index + 3)];
  // "feeding every 2 and a half, 7 wet nappies": a number after "every" is how often, not a count; nor is an
  // amount of milk ("guzzled 4oz, wet nappy, all good").
  if (!(token.value !== undefined && value < 30 && previous !== 'every' && !volumeUnits.has(next))) return;
  const perDay = next === 'today' || (/^(a|per)$/.test(next) && afterNext === 'day');
  if (
    (window.slice(0, 2).some((other) => wetWords.has(other)) && !wetNotNappy.has(next === 'wet' ? afterNext : word(index + 3 + shift))) ||
    (nappyWords.has(next) && isNear(tokens, index, 4, wetWords)) ||
    // "from loads of wet nappies to about four a day".
    (perDay && tokens.slice(Math.max(0, index - 8), index).some((other) => wetWords.has(other.word)) && !tokens.slice(Math.max(0, index - 8), index).some((other) => dirtyWords.has(other.word) || /^poo/.test(other.word)))
  ) {
    // "5 wet nappies by lunchtime": half a day's count, read against the day's minimum as twice as many.
    const byMidday = tokens.slice(index + 1, index + 6).some((other, offset) => other.word === 'by' && middayWords.has(word(index + 2 + offset)));
    const days = daysCountedOver(tokens, index);
    quantities.push((reading.lastCount = { kind: 'wet_nappies', value: byMidday ? value * 2 : value / days, at: index, ...(days > 1 ? { told: value } : {}) }));
  } else if (
    lastCount &&
    // "… 6+ wet nappies by the end of the first week, we're on day 7 and i've only counted 3 today": a count
    // told as counted refers back further.
    (index - lastCount.at <= 10 || (previous === 'counted' && index - lastCount.at <= 24)) &&
    /^(had|has|only|just|done|got|counted)$/.test(previous) &&
    !dayUnits[next] &&
    !hourUnits[next] &&
    next !== 'times' &&
    // "8 wet nappies but only one poo a day": a count that names its own kind is that kind, not the last one's.
    !(lastCount.kind === 'wet_nappies' && window.slice(0, 2).some((other) => dirtyWords.has(other))) &&
    !(lastCount.kind === 'dirty_nappies' && window.slice(0, 2).some((other) => wetWords.has(other)))
  ) {
    // The same count told again for another baby or day: "twin 1 had 6 wet nappies, twin 2 only had 3"; but a
    // count goes with the nappies named nearest before it: "4 wet nappies. as for poo, he's had 3 today".
    // Searched from past the last count's own words ("6 wet nappies": number, kind, noun), so its own kind
    // word does not answer for this count.
    const kind = nearestNappyKind(tokens, lastCount.at + 3, index) ?? lastCount.kind;
    quantities.push({ kind, value, at: index });
  } else if (
    window.some((other) => dirtyWords.has(other)) ||
    (nappyWords.has(next) && isNear(tokens, index, 4, dirtyWords)) ||
    // "about 4 a day", "that's 4 today" in a sentence about poo.
    ((next === 'today' || (/^(a|per)$/.test(next) && afterNext === 'day')) && tokens.slice(Math.max(0, index - 12), index).some((other) => dirtyWords.has(other.word) || /^poo/.test(other.word)))
  ) {
    const days = daysCountedOver(tokens, index);
    quantities.push((reading.lastCount = { kind: 'dirty_nappies', value: value / days, at: index, ...(days > 1 ? { told: value } : {}) }));
  } else if (
    feedWords.has(next) ||
    // "3 short feeds", "5 proper feedings": a word about the feed between.
    (feedSizeWords.has(next) && feedWords.has(afterNext)) ||
    (/^(in|a|per)$/.test(next) && /^(24|a|the|day)$/.test(afterNext) && tokens.slice(Math.max(0, index - 8), index).some((other) => /^(fed|feed|feeds|nurs|breastf)/.test(other.word))) ||
    // "fed 5 times", "only managed to get him on 5 times", "latched 4 times today".
    (next === 'times' && (tokens.slice(Math.max(0, index - 8), index).some((other) => /^(fed|feed|feeds|fe|nurs|breastf|eat|ate|latch|suckl)/.test(other.word)) || puttingOn(tokens, index))) ||
    // "only woke 4 times yesterday to feed": the wakings are the feeds (train-5 missed it as a count).
    (next === 'times' && wokeToFeed(tokens, index))
  ) {
    quantities.push({ kind: 'feeds', value, at: index });
  }
}

/** The kind of nappy the last wet or dirty word in tokens from..to names ("as for poo, he's had 3"), if any. */
function nearestNappyKind(tokens: readonly TriageToken[], from: number, to: number): 'wet_nappies' | 'dirty_nappies' | undefined {
  for (let index = to - 1; index >= from; index--) {
    const word = tokens[index].word;
    if (wetWords.has(word)) return 'wet_nappies';
    // The same word sets as every other nappy count here: a prefix test also took "poorly" for poo.
    if (dirtyWords.has(word)) return 'dirty_nappies';
  }
  return undefined;
}

/**
 * The days a nappy count was counted over, when told just after it ("only 3 poos in the last 3 days", "2 poos in
 * 2 days"): the nappy chart gives a day's minimum, so the count is read as a day's average. 1 when no span of
 * days follows in the same clause, and 1 when the count is already a day's ("8 wet nappies a day over the last 5
 * days", "per day", "daily", "each day", "every day", "at least 3 a day").
 */
function daysCountedOver(tokens: readonly TriageToken[], index: number): number {
  for (let at = index + 1; at < Math.min(tokens.length, index + 7); at++) {
    if (tokens[at - 1].clauseEnd || tokens[at - 1].sentenceEnd) return 1;
    if (isPerDay(tokens, at)) return 1;
    if (tokens[at].word !== 'in' && tokens[at].word !== 'over') continue;
    let next = at + 1;
    while (/^(the|last|past)$/.test(wordAt(tokens, next))) next++;
    const days = tokens[next]?.value;
    return days !== undefined && days >= 2 && days <= 14 && /^(days|day)$/.test(wordAt(tokens, next + 1)) ? days : 1;
  }
  return 1;
}

/** True at "a day", "per day", "each day", "every day" or "daily": a count told as a day's. */
function isPerDay(tokens: readonly TriageToken[], at: number): boolean {
  const here = tokens[at].word;
  return here === 'daily' || (/^(a|per|each|every)$/.test(here) && wordAt(tokens, at + 1) === 'day');
}
