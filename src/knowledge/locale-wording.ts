import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from './content-error';
import { loadYamlFile } from './load-yaml-file';
import type { YamlReader } from './yaml-cache';
import type { YamlPath, YamlSource } from './yaml-source';

/**
 * content/locales.yaml: the locales content is written for, in the order their words stand in a
 * `[[nappies|diapers]]` group, and the words that belong to one locale only.
 */
const localeFileSchema = z
  .object({
    version: z.literal(1),
    locales: z.array(z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, { error: 'must look like "en-GB"' })).min(1),
    only_in: z.record(z.string(), z.array(z.string().min(1))).default({}),
  })
  .strict();

export interface LocaleWording {
  locales: readonly string[];
  /** Words a text may use only inside a `[[…|…]]` group, in their own locale's place. */
  onlyIn: Readonly<Record<string, readonly string[]>>;
}

/** Without content/locales.yaml content is in one locale and holds no `[[…]]` groups. */
const singleLocale: LocaleWording = { locales: ['en-GB'], onlyIn: {} };

export function loadLocaleWording(contentDirectory: string, displayRoot: string, readYaml?: YamlReader): LocaleWording {
  const path = join(contentDirectory, 'locales.yaml');
  if (!existsSync(path)) return singleLocale;
  const file = loadYamlFile(path, localeFileSchema, displayRoot, readYaml);
  return { locales: file.locales, onlyIn: file.only_in };
}

const groupPattern = /\[\[([^\]]*)\]\]/g;

/** Each locale word's pattern, built once: every string of content is checked against every word. */
const patternByWord = new Map<string, RegExp>();

function wordPattern(word: string): RegExp {
  let pattern = patternByWord.get(word);
  if (!pattern) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "GP", "OB" and "WIC" count only in capitals, so "job" and "gp" in a web address never match.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, word === word.toLowerCase() ? 'iu' : 'u');
    patternByWord.set(word, pattern);
  }
  return pattern;
}

/** What is wrong with a text's locale wording: groups with too few or many parts, and words in the wrong place. */
export function localeWordingProblems(text: string, wording: LocaleWording, checkWords = true): string[] {
  const problems: string[] = [];
  const groups = [...text.matchAll(groupPattern)];
  const shared = text.replace(groupPattern, ' ');
  if (/\[\[|\]\]/.test(shared)) problems.push('has an unclosed "[[" or a stray "]]"; a group is written [[en-GB words|en-US words]]');
  for (const group of groups) {
    const parts = group[1].split('|');
    if (parts.length !== wording.locales.length) {
      problems.push(`"${group[0]}" has ${parts.length} part${parts.length === 1 ? '' : 's'}; write one for each locale, in this order: ${wording.locales.join(' | ')} (content/locales.yaml)`);
      continue;
    }
    if (!checkWords) continue;
    parts.forEach((part, index) => {
      for (const [locale, words] of Object.entries(wording.onlyIn)) {
        if (locale === wording.locales[index]) continue;
        for (const word of words) {
          if (wordPattern(word).test(part)) problems.push(`"${group[0]}" says "${word}" in the ${wording.locales[index]} place; "${word}" is ${locale} wording`);
        }
      }
    });
  }
  if (checkWords) {
    for (const [locale, words] of Object.entries(wording.onlyIn)) {
      for (const word of words) {
        if (wordPattern(word).test(shared)) {
          problems.push(`says "${word}", which is ${locale} wording, outside a [[…|…]] group, so readers in ${wording.locales.filter((other) => other !== locale).join(', ')} would get it; write [[${wording.locales.map((other) => (other === locale ? word : '…')).join('|')}]]`);
        }
      }
    }
  }
  return problems;
}

/** The text as a reader in `locale` sees it: each `[[…|…]]` group replaced by that locale's words. */
export function localise(text: string, wording: LocaleWording, locale: string): string {
  const index = Math.max(0, wording.locales.indexOf(locale));
  return text.replace(groupPattern, (whole, inner: string) => inner.split('|')[index] ?? whole);
}

/**
 * Every string inside `value` checked and localised, except under the keys in `skip` (phrasings, review
 * notes, regular expressions). Problems are reported against `source` at the string's own path.
 */
export function localiseStrings<T>(
  value: T,
  path: YamlPath,
  context: { source: YamlSource; wording: LocaleWording; locale: string; problems: ContentProblem[]; skip?: ReadonlySet<string>; checkWords?: (path: YamlPath) => boolean },
): T {
  if (typeof value === 'string') {
    for (const message of localeWordingProblems(value, context.wording, context.checkWords?.(path) ?? true)) context.problems.push(context.source.problem(path, message));
    return localise(value, context.wording, context.locale) as T;
  }
  if (Array.isArray(value)) return value.map((item, index) => localiseStrings(item, [...path, index], context)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, context.skip?.has(key) ? item : localiseStrings(item, [...path, key], context)]),
    ) as T;
  }
  return value;
}

/** A locale content cannot be shown in is a configuration mistake, named with the ones that exist. */
export function checkLocale(wording: LocaleWording, locale: string): ContentProblem[] {
  if (wording.locales.includes(locale)) return [];
  return [{ file: 'content/locales.yaml', line: undefined, path: 'locales', message: `has no "${locale}" (latch.config.yaml locale or LATCH_LOCALE); content is written for: ${wording.locales.join(', ')}` }];
}
