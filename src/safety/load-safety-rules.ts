import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type ContentProblem } from '../knowledge/content-error';
import { loadYamlFile } from '../knowledge/load-yaml-file';
import { YamlSource, type YamlPath } from '../knowledge/yaml-source';
import { ConceptMatcher } from './concept-matcher';
import { parseSign } from './triage';
import { safetyFileSchema, type SafetyFile } from './safety-schema';
import { requiredConcepts } from './sign-recogniser';

export interface SafetyContent {
  file: SafetyFile;
  matcher: ConceptMatcher;
}

/**
 * Loads content/safety.yaml; like every content file, a broken one stops start-up with its line. Beyond
 * the schema it checks what the schema cannot: every concept a phrase, sign or `unless` names exists, no
 * concept refers to itself through others, and every row has safety-check wording.
 */
export function loadSafetyContent(contentDirectory: string, displayRoot: string): SafetyContent {
  const path = join(contentDirectory, 'safety.yaml');
  const file = loadYamlFile(path, safetyFileSchema, displayRoot);
  // The file's lines are looked up only when there is a problem to place: parsing it twice costs time at every start.
  let source: YamlSource | undefined;
  const problems: ContentProblem[] = [];
  const problem = (at: YamlPath, message: string) => {
    source ??= YamlSource.parse(relative(displayRoot, path) || path, readFileSync(path, 'utf8')).source!;
    problems.push(source.problem(at, message));
  };
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
    rule.signs.forEach((sign, signIndex) => {
      for (const part of parseSign(sign)) {
        if (part.kind === 'concept' && !Object.hasOwn(file.concepts, part.name)) problem(['rules', index, 'signs', signIndex], `names "${part.name}", which is not a concept (add it under concepts or fix the name)`);
      }
    });
    (rule.unless ?? []).forEach((name, unlessIndex) => {
      if (!Object.hasOwn(file.concepts, name)) problem(['rules', index, 'unless', unlessIndex], `names "${name}", which is not a concept`);
    });
  });
  for (const row of Object.keys(file.safety_check.rows)) if (!rows.has(row)) problem(['safety_check', 'rows', row], `is not the row of any rule (rows: ${[...rows].join(', ')})`);
  for (const row of rows) if (!Object.hasOwn(file.safety_check.rows, row)) problem(['safety_check', 'rows'], `has no wording for row ${row}`);
  file.safety_check.left_to_dialogs.forEach((row, index) => {
    if (!rows.has(row)) problem(['safety_check', 'left_to_dialogs', index], `"${row}" is not the row of any rule`);
  });
  for (const row of Object.keys(file.safety_check.numbers_decide)) if (!rows.has(row)) problem(['safety_check', 'numbers_decide', row], 'is not the row of any rule');
  if (problems.length > 0 || Array.isArray(compiled)) throw new ContentError(problems);
  return { file, matcher: compiled };
}

/** The safety file alone, for callers that need only its data (contacts, the nappy chart, rule ids). */
export function loadSafetyRules(contentDirectory: string, displayRoot: string): SafetyFile {
  return loadSafetyContent(contentDirectory, displayRoot).file;
}
