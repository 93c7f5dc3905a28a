import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem } from '../knowledge/content-error';
import { loadLocaleWording, localiseStrings } from '../knowledge/locale-wording';
import { parseYaml, type YamlReader } from '../knowledge/yaml-cache';
import type { YamlPath } from '../knowledge/yaml-source';
import { zodProblems } from '../knowledge/zod-problems';
import { ConceptMatcher } from './concept-matcher';
import { parseSign } from './parse-sign';
import { safetyFileSchema, type SafetyFile } from './safety-schema';
import { requiredConcepts } from './sign-recogniser';

export interface SafetyContent {
  file: SafetyFile;
  matcher: ConceptMatcher;
}

/**
 * Loads content/safety.yaml; like every content file, a broken one stops start-up with its line. Beyond
 * the schema it checks what the schema cannot: every concept a phrase, sign or `unless` names exists, no
 * concept refers to itself through others, and every row has safety-check wording. The sentences a person
 * reads are worded for `locale` (`[[health visitor|pediatrician]]` groups, content/locales.yaml); concepts
 * and signs are read against messages, never shown, and are left as written.
 */
export function loadSafetyContent(contentDirectory: string, displayRoot: string, locale?: string, readYaml: YamlReader = parseYaml): SafetyContent {
  const path = join(contentDirectory, 'safety.yaml');
  const shownPath = relative(displayRoot, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ContentError([{ file: shownPath, line: undefined, path: '', message: `cannot be read: ${(error as Error).message}` }]);
  }
  const parsed = readYaml(shownPath, text);
  if (!parsed.source) throw new ContentError(parsed.problems);
  const source = parsed.source;
  const result = safetyFileSchema.safeParse(source.data);
  if (!result.success) throw new ContentError(zodProblems(source, safetyFileSchema, result.error));
  const problems: ContentProblem[] = [];
  const problem = (at: YamlPath, message: string) => problems.push(source.problem(at, message));
  const wording = loadLocaleWording(contentDirectory, displayRoot, readYaml);
  // Every sentence a parent reads is checked for one-locale words: the escalation levels, the clinic line,
  // each rule's `means`, and the safety check's wording (not its lists of rows and corpus files).
  const wordChecked = (yamlPath: YamlPath) =>
    yamlPath[0] === 'levels' ||
    yamlPath[0] === 'clinic' ||
    (yamlPath[0] === 'rules' && yamlPath[2] === 'means') ||
    (yamlPath[0] === 'safety_check' && !['left_to_dialogs', 'numbers_decide', 'corpus'].includes(String(yamlPath[1])));
  const file = localiseStrings(result.data, [], {
    source,
    wording,
    locale: locale ?? wording.locales[0],
    problems,
    skip: new Set(['concepts', 'signs', 'unless', 'unless_beside', 'normal_when', 'phrases', 'all', 'sources', 'id', 'row', 'corpus']),
    checkWords: wordChecked,
  });
  const compiled = ConceptMatcher.compile(file.concepts);
  if (Array.isArray(compiled)) {
    for (const found of compiled) {
      const index = found.phrase === undefined ? -1 : (file.concepts[found.concept] ?? []).indexOf(found.phrase);
      problem(index >= 0 ? ['concepts', found.concept, index] : ['concepts', found.concept], `${found.phrase ? `"${found.phrase}" ` : ''}${found.message}`);
    }
  }
  for (const name of requiredConcepts) if (!Object.hasOwn(file.concepts, name)) problem(['concepts'], `needs the concept "${name}" (triage relies on it)`);
  const rows = new Set(file.rules.map((rule) => rule.row));
  file.rules.forEach((rule, index) => {
    // The concepts the rule's signs are made of, parsed once: the fields keyed by one of them are checked against it.
    const signConcepts = new Set<string>();
    rule.signs.forEach((sign, signIndex) => {
      for (const part of parseSign(sign)) {
        if (part.kind !== 'concept') continue;
        signConcepts.add(part.name);
        if (!Object.hasOwn(file.concepts, part.name)) problem(['rules', index, 'signs', signIndex], `names "${part.name}", which is not a concept (add it under concepts or fix the name)`);
      }
    });
    for (const [sign, entries] of Object.entries(rule.normal_when ?? {})) {
      if (!signConcepts.has(sign)) {
        problem(['rules', index, 'normal_when', sign], `names "${sign}", which is no concept of this rule's signs (normal_when is keyed by one of them)`);
      }
      entries.forEach((entry, entryIndex) => {
        for (const part of parseSign(entry.replace(/(^|\+)\s*!/g, '$1'))) {
          if (part.kind === 'concept' && !Object.hasOwn(file.concepts, part.name)) problem(['rules', index, 'normal_when', sign, entryIndex], `names "${part.name}", which is not a concept`);
        }
      });
    }
    // A history or asked-in-if reading changes how one of the rule's own signs is read: a name that is not among
    // them would be read nowhere, and the clinician who wrote it would believe the rule reads it.
    for (const field of ['history', 'asked_in_if'] as const) {
      (rule[field] ?? []).forEach((name, nameIndex) => {
        if (!signConcepts.has(name)) problem(['rules', index, field, nameIndex], `names "${name}", which is no concept of this rule's signs (${field} changes how one of them is read)`);
      });
    }
    for (const field of ['unless', 'unless_beside'] as const) {
      (rule[field] ?? []).forEach((name, unlessIndex) => {
        if (!Object.hasOwn(file.concepts, name)) problem(['rules', index, field, unlessIndex], `names "${name}", which is not a concept`);
      });
    }
  });
  for (const row of Object.keys(file.safety_check.rows)) if (!rows.has(row)) problem(['safety_check', 'rows', row], `is not the row of any rule (rows: ${[...rows].join(', ')})`);
  for (const row of Object.keys(file.safety_check.row_thresholds ?? {})) if (!Object.hasOwn(file.safety_check.rows, row)) problem(['safety_check', 'row_thresholds', row], `is not a row of safety_check.rows (rows: ${Object.keys(file.safety_check.rows).join(', ')})`);
  for (const [row, needs] of Object.entries(file.safety_check.row_needs ?? {})) {
    if (!Object.hasOwn(file.safety_check.rows, row)) problem(['safety_check', 'row_needs', row], `is not a row of safety_check.rows (rows: ${Object.keys(file.safety_check.rows).join(', ')})`);
    for (const field of ['signs', 'parts', 'explained_by'] as const) {
      (needs[field] ?? []).forEach((name, index) => {
        if (!Object.hasOwn(file.concepts, name)) problem(['safety_check', 'row_needs', row, field, index], `names "${name}", which is not a concept`);
      });
    }
  }
  (file.safety_check.by_sentence?.rows ?? []).forEach((row, index) => {
    if (!Object.hasOwn(file.safety_check.rows, row)) problem(['safety_check', 'by_sentence', 'rows', index], `"${row}" is not a row of safety_check.rows (rows: ${Object.keys(file.safety_check.rows).join(', ')})`);
  });
  for (const row of rows) if (!Object.hasOwn(file.safety_check.rows, row)) problem(['safety_check', 'rows'], `has no wording for row ${row}`);
  file.safety_check.left_to_dialogs.forEach((row, index) => {
    if (!rows.has(row)) problem(['safety_check', 'left_to_dialogs', index], `"${row}" is not the row of any rule`);
  });
  for (const row of Object.keys(file.safety_check.numbers_decide)) if (!rows.has(row)) problem(['safety_check', 'numbers_decide', row], 'is not the row of any rule');
  if (problems.length > 0 || Array.isArray(compiled)) throw new ContentError(problems);
  return { file, matcher: compiled };
}

/** The safety file alone, for callers that need only its data (contacts, the nappy chart, rule ids). */
export function loadSafetyRules(contentDirectory: string, displayRoot: string, locale?: string): SafetyFile {
  return loadSafetyContent(contentDirectory, displayRoot, locale).file;
}
