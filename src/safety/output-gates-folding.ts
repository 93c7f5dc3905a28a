import { removeInvisible } from './guard-input';

/**
 * Letters from other scripts that a reader takes for a Latin letter ("fenugrеek" with a Cyrillic е).
 *
 * A small table of our own rather than Unicode's full confusables skeleton (UTS #39): the skeleton maps to
 * prototype characters that are often not the Latin letter the gates' word lists are written in (it turns
 * "m" into "rn" and "l" into "I"), so it would change ordinary English too. The gates need the opposite:
 * every look-alike turned into the plain lower-case Latin letter it imitates. NFKC already folds the
 * full-width, mathematical and circled forms; what it leaves are the Cyrillic, Greek, Armenian and a few
 * Latin letters below (Unicode's confusables.txt lists them as confusable with these Latin letters).
 */
const lookAlikes: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', є: 'e', һ: 'h', н: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', о: 'o', р: 'p',
  ԛ: 'q', с: 'c', ѕ: 's', т: 't', у: 'y', ү: 'y', х: 'x', ԁ: 'd', ԝ: 'w', ɡ: 'g',
  А: 'a', В: 'b', Е: 'e', Ё: 'e', Һ: 'h', Н: 'h', І: 'i', Ї: 'i', Ј: 'j', К: 'k', Ӏ: 'l', М: 'm', О: 'o', Р: 'p',
  Ԛ: 'q', С: 'c', Ѕ: 's', Т: 't', У: 'y', Ү: 'y', Х: 'x', Ԁ: 'd', Ԝ: 'w',
  // Greek (not µ/μ: it is the micro sign of "µg", which the dose gate reads as a unit)
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x', Ϲ: 'c',
  // Armenian
  օ: 'o', ս: 'u', հ: 'h', ո: 'n', ց: 'g', զ: 'q',
  // Latin letters that read as other Latin letters
  ı: 'i', ɑ: 'a', ʀ: 'r', ɪ: 'i', ʏ: 'y', ᴀ: 'a', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ᴋ: 'k', ᴍ: 'm', ᴏ: 'o', ᴘ: 'p', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ᴢ: 'z',
};
const lookAlikePattern = new RegExp(`[${Object.keys(lookAlikes).join('')}]`, 'gu');

// Three or more single letters or digits, each followed by one separator: "f e n u g r e e k", "f.e.n.u.g".
const spacedOut = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}][ .\-_*·]){2,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;

/**
 * Text as the gates that look for medicines, phone numbers and addresses read it: invisible characters out,
 * compatibility forms and accents folded (NFKC, then marks removed), look-alike letters turned Latin,
 * spaced-out words joined, and addresses written out in words ("example dot com slash milk") put back
 * together. The curated text goes through the same folding, so it still passes itself.
 */
export function foldForGates(text: string): string {
  const plain = removeInvisible(text)
    .normalize('NFKC')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(lookAlikePattern, (letter) => lookAlikes[letter]);
  const joined = plain.replace(spacedOut, (run) => run.replace(/[ .\-_*·]/g, ''));
  return joined
    .replace(/\s*[[(<{]\s*dot\s*[\])>}]\s*|\s+dot\s+(?=[a-z0-9])/gi, '.')
    .replace(/\s*[[(<{]\s*at\s*[\])>}]\s*/gi, '@')
    .replace(/(?<=\.[a-z]{2,}(?:\/[\w-]+)*)\s+slash\s+(?=[a-z0-9])/gi, '/')
    .replace(/\b([\w.+-]+)\s+at\s+(?=[a-z0-9-]+\.(?:com|org|net|uk|gov|nhs|edu|info|io|us|ca|au|ie|nz|health)\b)/gi, '$1@');
}
