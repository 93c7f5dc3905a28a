// A unit or a count word right after a number makes it something else than a bare reading: "10 days", "30
// seconds", "5 times", "2.5 oz a session". Shared by the readers of unitless numbers (a breathing rate, a bare
// weight in kilograms).

const unitWords = /^(days?|weeks?|wks?|months?|mos?|years?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|%|percent|degrees?|c|f|°|oz|ozs|ounces?|ml|mls|l|litres?|liters?|cm|inches?|kg|kgs|g|lbs?|pounds?|feeds?|nappies|nappy|diapers?|times?|am|pm|old)$/;

/** Whether `word`, standing right after a number, is a unit or a count word. */
export function isUnitAfterNumber(word: string | undefined): boolean {
  return unitWords.test(word ?? '');
}
