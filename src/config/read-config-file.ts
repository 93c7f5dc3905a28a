import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { z } from 'zod';
import type { ContentProblem } from '../knowledge/content-error';
import { YamlSource, formatPath } from '../knowledge/yaml-source';
import { zodProblems } from '../knowledge/zod-problems';
import { ConfigError } from './config-error';
import { configFileSchema, type ConfigFile } from './config-file-schema';
import { environmentVariables, type EnvironmentVariable } from './environment-variables';

/** What was read: the settings, and where they came from, for later checks to point at. */
export interface ConfigFileReading {
  file: ConfigFile;
  /** The config file's path as shown in errors (relative to the project when inside it). */
  shownPath: string;
  /** The parsed file, when there is one: it can say on which line a setting stands. */
  source: YamlSource | undefined;
}

/**
 * latch.config.yaml (when it exists) with the environment laid over it, checked by one schema. A problem in
 * the file is reported with its file and line; one in an environment variable with the variable's name and
 * what would be valid. Every problem is reported at once.
 */
export function readConfigFile(configPath: string, environment: NodeJS.ProcessEnv, projectRoot: string, mustExist: boolean): ConfigFileReading {
  const shownPath = shown(configPath, projectRoot);
  let source: YamlSource | undefined;
  let data: unknown = { version: 1 };
  if (existsSync(configPath)) {
    const parsed = YamlSource.parse(shownPath, readFileSync(configPath, 'utf8'));
    if (!parsed.source) throw new ConfigError(parsed.problems);
    source = parsed.source;
    data = source.data;
  } else if (mustExist) {
    throw new ConfigError([{ file: 'LATCH_CONFIG', line: undefined, path: '', message: `names ${configPath}, which does not exist (point it at a latch.config.yaml, or unset it)` }]);
  }

  const { input, fromEnvironment, problems } = withEnvironment(data, environment);
  const result = configFileSchema.safeParse(input);
  if (!result.success) problems.push(...schemaProblems(result.error, fromEnvironment, source, shownPath, environment));
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  return { file: result.data, shownPath, source };
}

function shown(path: string, projectRoot: string): string {
  const inside = relative(projectRoot, path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/** The file's data with each set environment variable written at its setting's path. */
function withEnvironment(data: unknown, environment: NodeJS.ProcessEnv): { input: unknown; fromEnvironment: EnvironmentVariable[]; problems: ContentProblem[] } {
  const fromEnvironment: EnvironmentVariable[] = [];
  const problems: ContentProblem[] = [];
  if (!isRecord(data)) return { input: data, fromEnvironment, problems };
  const input: Record<string, unknown> = structuredClone(data);
  for (const variable of environmentVariables) {
    const text = environment[variable.name];
    if (text === undefined || (text === '' && !variable.emptyIsAValue)) continue;
    const value = readText(text, variable.read);
    if (value === undefined) {
      problems.push(environmentProblem(variable, text, `is not valid: use ${variable.read === 'flag' ? 'true or false' : 'a number'}`));
      continue;
    }
    // A section the file wrote as something other than a mapping is the file's problem; the schema reports it.
    let container: Record<string, unknown> | undefined = input;
    for (const key of variable.path.slice(0, -1)) {
      if (container[key] === undefined) container[key] = {};
      const next: unknown = container[key];
      container = isRecord(next) ? next : undefined;
      if (!container) break;
    }
    if (!container) continue;
    container[variable.path[variable.path.length - 1]] = value;
    fromEnvironment.push(variable);
  }
  return { input, fromEnvironment, problems };
}

function readText(text: string, reading: EnvironmentVariable['read']): unknown {
  if (reading === 'text') return text;
  if (reading === 'flag') return /^(1|true|yes|on)$/i.test(text) ? true : /^(0|false|no|off)$/i.test(text) ? false : undefined;
  const number = Number(text);
  return text.trim() !== '' && Number.isFinite(number) ? number : undefined;
}

function schemaProblems(error: z.ZodError, fromEnvironment: readonly EnvironmentVariable[], source: YamlSource | undefined, shownPath: string, environment: NodeJS.ProcessEnv): ContentProblem[] {
  const inFile = source ? zodProblems(source, configFileSchema, error) : [];
  return error.issues.map((issue, index) => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const variable = fromEnvironment.find((candidate) => candidate.path.every((key, position) => path[position] === key));
    if (variable) return environmentProblem(variable, environment[variable.name] ?? '', `is not valid: ${issue.message} (set ${variable.name} to a valid value, or unset it)`);
    return inFile[index] ?? { file: shownPath, line: undefined, path: formatPath(path), message: issue.message };
  });
}

function environmentProblem(variable: EnvironmentVariable, text: string, message: string): ContentProblem {
  return { file: variable.mayHoldSecret ? variable.name : `${variable.name}=${text}`, line: undefined, path: '', message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
