import { numberWordValues, tensWordValues } from './number-words';

/**
 * How people write in chat, mapped to one spelling the classifier and the rules see. Both training
 * phrasings and incoming messages pass through it, so "lo", "my baby" and "bubs" look alike, and UK and
 * US words ("diaper"/"nappy") become one.
 */
export const wordReplacements: Readonly<Record<string, string>> = {
  // babies and people
  lo: 'baby', bub: 'baby', bubs: 'baby', bubba: 'baby', babe: 'baby', bb: 'baby', babys: 'baby', babies: 'baby',
  infant: 'baby', newborns: 'newborn', nb: 'newborn', dd: 'daughter', ds: 'son', dh: 'husband', df: 'fiance',
  hubby: 'husband', bf: 'breastfeed', ebf: 'exclusively breastfeed', ebfing: 'exclusively breastfeeding',
  bfing: 'breastfeeding', bfed: 'breastfed', bfd: 'breastfed', ftm: 'first time mum', stm: 'second time mum',
  mil: 'mother in law', fil: 'father in law', mom: 'mum', moms: 'mums', mommy: 'mum', momma: 'mum', mama: 'mum',
  mam: 'mum', mummy: 'mum', mommas: 'mums', mamas: 'mums', pp: 'postpartum', pnd: 'postnatal depression',
  ppd: 'postnatal depression', gf: 'girlfriend', wifey: 'wife',
  // body
  boob: 'breast', boobs: 'breast', boobies: 'breast', booby: 'breast', tit: 'breast', tits: 'breast',
  titty: 'breast', titties: 'breast', breasts: 'breast', bosom: 'breast', nips: 'nipple', nip: 'nipple',
  nipples: 'nipple', tummy: 'stomach', belly: 'stomach', brest: 'breast', brests: 'breast', breats: 'breast',
  boobie: 'breast', breastes: 'breast',
  // feeding and care words, UK and US
  diaper: 'nappy', diapers: 'nappies', pacifier: 'dummy', pacifiers: 'dummy', binky: 'dummy', paci: 'dummy',
  dummies: 'dummy', poop: 'poo', poops: 'poo', pooped: 'pooed', pooping: 'pooing', poopy: 'pooey',
  pee: 'wee', pees: 'wees', peed: 'weed', formula: 'formula', ped: 'paediatrician', peds: 'paediatrician',
  pediatrician: 'paediatrician', pedi: 'paediatrician', paed: 'paediatrician', doc: 'doctor', dr: 'doctor',
  gp: 'doctor', ob: 'doctor', obgyn: 'doctor', lc: 'lactation consultant', ibclc: 'lactation consultant',
  hv: 'health visitor', mw: 'midwife', csection: 'caesarean', csections: 'caesarean', cesarean: 'caesarean',
  cesarian: 'caesarean', caesarian: 'caesarean', ceasarean: 'caesarean', ceaserean: 'caesarean',
  ceasarian: 'caesarean', cesaerean: 'caesarean', caeserean: 'caesarean', section: 'section', csec: 'caesarean',
  vbac: 'vaginal birth', colostum: 'colostrum', mls: 'ml', oz: 'ounces', ozs: 'ounces',
  // chat shorthand
  u: 'you', w: 'with', ur: 'your', r: 'are', ya: 'you', yr: 'your', pls: 'please', plz: 'please', bc: 'because',
  bcuz: 'because', bcoz: 'because', cuz: 'because', coz: 'because', cos: 'because', abt: 'about', rn: 'right now',
  idk: 'i do not know', tbh: 'to be honest', imo: 'in my opinion', smth: 'something', sth: 'something',
  hrs: 'hours', hr: 'hour', wk: 'week', wks: 'weeks', wkd: 'weekend', mo: 'month', mos: 'months', mth: 'month',
  mths: 'months', yr_old: 'year old', yr_olds: 'year olds', min: 'minute', mins: 'minutes', gonna: 'going to',
  wanna: 'want to', gotta: 'got to', kinda: 'kind of', sorta: 'sort of', lemme: 'let me', dunno: 'do not know',
  thru: 'through', tho: 'though', nite: 'night', tonite: 'tonight', b4: 'before', '2day': 'today', '2nite': 'tonight',
  // apostrophes people leave out
  im: 'i am', ive: 'i have', id: 'i would', dont: 'do not', doesnt: 'does not', didnt: 'did not',
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', hasnt: 'has not', havent: 'have not',
  hadnt: 'had not', cant: 'cannot', couldnt: 'could not', wont: 'will not', wouldnt: 'would not',
  shouldnt: 'should not', whats: 'what is', thats: 'that is', theres: 'there is', hes: 'he is', shes: 'she is',
  youre: 'you are', theyre: 'they are', its: 'it is', lets: 'let us',
  // number words, so "three days" and "3 days" look alike; their values come from the one number-word table
  ...digitsFor(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fourteen', 'twenty', 'thirty', 'forty']),
};

function digitsFor(words: readonly string[]): Record<string, string> {
  return Object.fromEntries(words.map((word) => [word, String(numberWordValues[word] ?? tensWordValues[word])]));
}

/** Multi-word spellings joined before word replacement. */
// Only the words the patterns below match are looked up.
const digits = numberWordValues;
const tens = tensWordValues;

/**
 * Each with the text any match of it contains (as the contractions in normalise-text.ts): a message without
 * that text skips the pattern's pass over it.
 */
export const phraseReplacements: ReadonlyArray<readonly [RegExp, string | ((match: string, ...groups: string[]) => string), string]> = [
  // Temperatures in words: "thirty eight point five" is 38.5, "one hundred and one" is 101.
  [/\b(thirty|forty|ninety)[\s-]+(one|two|three|four|five|six|seven|eight|nine)\b/g, (_match, ten: string, unit: string) => String(tens[ten] + digits[unit]), 'ty'],
  [/\bone hundred (?:and )?(one|two|three|four|five)\b/g, (_match, unit: string) => String(100 + digits[unit]), 'one hundred '],
  [/\bone hundred\b/g, '100', 'one hundred'],
  [/\b(\d+) point (zero|one|two|three|four|five|six|seven|eight|nine)\b/g, (_match, whole: string, tenth: string) => `${whole}.${digits[tenth]}`, ' point '],
  [/\b(\d+) point (\d)\b/g, '$1.$2', ' point '],
  [/\bc[\s-]?sect(?:ion)?s?\b/g, 'caesarean', 'sect'],
  [/\bc[\s-]?sec\b/g, 'caesarean', 'sec'],
  [/\bcaesarean section\b/g, 'caesarean', 'caesarean section'],
  [/\bskin[\s-]+to[\s-]+skin\b/g, 'skintoskin', 'skin'],
  [/\bskin[\s-]?2[\s-]?skin\b/g, 'skintoskin', 'skin'],
  [/\bs2s\b/g, 'skintoskin', 's2s'],
  [/\bbreast[\s-]+feed/g, 'breastfeed', 'breast'],
  [/\bbreast[\s-]+milk\b/g, 'breastmilk', 'breast'],
  [/\bbreast[\s-]+fed\b/g, 'breastfed', 'breast'],
  [/\bbreast[\s-]+pump/g, 'breastpump', 'breast'],
  [/\bhealth[\s-]+visitor/g, 'health visitor', 'health'],
  [/\bspit(?:ting)?[\s-]+up\b/g, 'spitup', 'spit'],
  [/\bsupply\s+(?:has\s+)?(?:tanked|crashed|plummeted|dipped|dropped)\b/g, 'supply dropped', 'supply'],
];
