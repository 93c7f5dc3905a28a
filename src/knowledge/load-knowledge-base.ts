import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { didYouMean } from './closest-name';
import { ContentError, type ContentProblem } from './content-error';
import { examplesFileSchema, systemFileSchema, type CommandWords, type ExamplesFile, topicFileSchema, type SystemMessages, type TopicFile, type TopicKind } from './content-schema';
import type { Answer, Intent, KnowledgeBase } from './knowledge-base';
import { phrasingKey } from './phrasing-key';
import { readPhrasings } from './read-phrasings';
import { placeholdersIn, templateFacts } from './render-answer';
import { checkLocale, loadLocaleWording, localiseStrings, type LocaleWording } from './locale-wording';
import { parseYaml, type YamlReader } from './yaml-cache';
import type { YamlPath, YamlSource } from './yaml-source';
import { zodProblems } from './zod-problems';

export interface LoadKnowledgeBaseOptions {
  contentDirectory: string;
  /** Ids of the dialogs that exist, so an intent's `dialog:` can be checked. */
  dialogIds?: ReadonlySet<string>;
  /** Paths in messages are shown relative to this folder. */
  displayRoot?: string;
  /** Whose words `[[nappies|diapers]]` groups are resolved to (content/locales.yaml); the first locale by default. */
  locale?: string;
  /** Parses each file, or reads it from the parsed-YAML cache (yaml-cache.ts). */
  readYaml?: YamlReader;
}

/** Files in content/ that are not topic files; each has a loader of its own. */
const specialFiles = new Set(['system.yaml', 'safety.yaml', 'locales.yaml']);

/** Keys whose strings are never shown to a parent, so they hold no locale wording. */
const notShown = new Set(['review', 'sources', 'when', 'follow_ups', 'examples', 'tests', 'commands', 'id', 'answer', 'dialog', 'topic', 'kind']);

const minimumPhrasings: Record<TopicKind, { examples: number; tests: number }> = {
  knowledge: { examples: 30, tests: 5 },
  referral: { examples: 10, tests: 3 },
  smalltalk: { examples: 10, tests: 3 },
};

interface LoadedTopic {
  source: YamlSource;
  file: TopicFile;
}

/** Loads and cross-checks every content file; throws a ContentError listing every problem found. */
export function loadKnowledgeBase(options: LoadKnowledgeBaseOptions): KnowledgeBase {
  const problems: ContentProblem[] = [];
  const display = (path: string) => relative(options.displayRoot ?? process.cwd(), path) || path;
  const fileNames = listYamlFiles(options.contentDirectory, problems, display);
  const readYaml = options.readYaml ?? parseYaml;
  const wording: LocaleWording = loadLocaleWording(options.contentDirectory, options.displayRoot ?? process.cwd(), readYaml);
  const locale = options.locale ?? wording.locales[0];
  problems.push(...checkLocale(wording, locale));

  let messages: SystemMessages | undefined;
  let commands: CommandWords | undefined;
  const topics: LoadedTopic[] = [];
  const exampleFiles: { source: YamlSource; file: ExamplesFile }[] = [];
  for (const name of fileNames) {
    const path = join(options.contentDirectory, name);
    const parsed = readYaml(display(path), readFileSync(path, 'utf8'));
    problems.push(...parsed.problems);
    if (!parsed.source) continue;
    if (name === 'system.yaml') {
      const result = systemFileSchema.safeParse(parsed.source.data);
      if (result.success) {
        commands = result.data.commands;
        messages = localiseStrings(result.data.messages, ['messages'], { source: parsed.source, wording, locale, problems });
      }
      else problems.push(...zodProblems(parsed.source, systemFileSchema, result.error));
    } else if (isExamplesFile(parsed.source.data)) {
      const result = examplesFileSchema.safeParse(parsed.source.data);
      if (result.success) exampleFiles.push({ source: parsed.source, file: result.data });
      else problems.push(...zodProblems(parsed.source, examplesFileSchema, result.error));
    } else if (!specialFiles.has(name)) {
      const result = topicFileSchema.safeParse(parsed.source.data);
      if (result.success) topics.push({ source: parsed.source, file: localiseStrings(result.data, [], { source: parsed.source, wording, locale, problems, skip: notShown }) });
      else problems.push(...zodProblems(parsed.source, topicFileSchema, result.error));
    }
  }
  if (!fileNames.includes('system.yaml')) {
    problems.push({ file: display(join(options.contentDirectory, 'system.yaml')), line: undefined, path: '', message: 'is missing: it holds every sentence the bot itself says' });
  }

  const answerById = collectAnswers(topics, problems, locale);
  const intents = collectIntents(topics, problems);
  addExamples(exampleFiles, intents, problems);
  crossCheck(topics, intents, answerById, options.dialogIds ?? new Set(), problems);

  if (problems.length > 0 || !messages || !commands) throw new ContentError(sortProblems(problems));
  return {
    intents,
    intentById: new Map(intents.map((intent) => [intent.id, intent])),
    answerById,
    messages,
    commands,
    files: fileNames.map((name) => display(join(options.contentDirectory, name))),
  };
}

function listYamlFiles(directory: string, problems: ContentProblem[], display: (path: string) => string): string[] {
  try {
    return readdirSync(directory)
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
      .sort();
  } catch (error) {
    problems.push({ file: display(directory), line: undefined, path: '', message: `cannot be read: ${(error as Error).message}` });
    return [];
  }
}

function collectAnswers(topics: LoadedTopic[], problems: ContentProblem[], locale: string): Map<string, Answer> {
  const answers = new Map<string, Answer>();
  for (const { source, file } of topics) {
    for (const [id, answer] of Object.entries(file.answers)) {
      if (answers.has(id)) {
        problems.push(source.problem(['answers', id], `answer id "${id}" is defined twice`));
        continue;
      }
      checkPlaceholders(source, id, answer, problems);
      if (file.kind === 'knowledge' && answer.sources.length === 0) {
        problems.push(source.problem(['answers', id, 'sources'], 'a knowledge answer must cite at least one source (seed paragraph or guidance)'));
      }
      answers.set(id, {
        id,
        short: answer.short.trim(),
        text: answer.text.trim(),
        variants: answer.variants.map((variant) => ({ when: variant.when, short: variant.short?.trim(), text: variant.text.trim() })),
        notes: answer.notes.map((note) => ({ when: note.when, text: note.text.trim() })),
        followUps: answer.follow_ups,
        sources: answer.sources.filter((source) => !('locale' in source) || source.locale === undefined || source.locale === locale),
        reviewStatus: answer.review?.status,
        review: answer.review,
        location: { file: source.file, line: source.lineOfKey(['answers'], id) },
      });
    }
  }
  return answers;
}

/** A `{fact}` in a text is only filled when that fact is known, so it may only appear where `when` requires it. */
function checkPlaceholders(source: YamlSource, id: string, answer: TopicFile['answers'][string], problems: ContentProblem[]): void {
  const check = (path: YamlPath, text: string | undefined, required: readonly string[]) => {
    for (const name of placeholdersIn(text ?? '')) {
      const template = templateFacts[name];
      if (!template) {
        problems.push(source.problem(path, `{${name}} is not a fact that can be written into a text (can: ${Object.keys(templateFacts).map((fact) => `{${fact}}`).join(', ')})`));
      } else if (!required.includes(template.fact)) {
        problems.push(source.problem(path, `{${name}} is used but \`when\` does not require ${template.fact}, so it could be shown unfilled; add it to \`when\``));
      }
    }
    // "born 0 days ago" is what a baby born today would read.
    if (/\{days_since_birth\} ago\b/.test(text ?? '')) problems.push(source.problem(path, 'write "born {born}" instead of "{days_since_birth} ago": {born} says "today" for a baby born today'));
  };
  check(['answers', id, 'short'], answer.short, []);
  check(['answers', id, 'text'], answer.text, []);
  answer.variants.forEach((variant, index) => {
    check(['answers', id, 'variants', index, 'short'], variant.short, Object.keys(variant.when));
    check(['answers', id, 'variants', index, 'text'], variant.text, Object.keys(variant.when));
  });
  answer.notes.forEach((note, index) => check(['answers', id, 'notes', index, 'text'], note.text, Object.keys(note.when)));
}

function isExamplesFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'examples_for' in data;
}

/** Phrasings of examples files join their intents' own examples (and face the same duplicate checks). */
function addExamples(files: { source: YamlSource; file: ExamplesFile }[], intents: Intent[], problems: ContentProblem[]): void {
  const byId = new Map(intents.map((intent) => [intent.id, intent]));
  for (const { source, file } of files) {
    for (const [intentId, value] of Object.entries(file.examples_for)) {
      const intent = byId.get(intentId);
      if (!intent) {
        problems.push({
          file: source.file,
          line: source.lineOfKey(['examples_for'], intentId),
          path: `examples_for.${intentId}`,
          message: `"${intentId}" is not an intent id${didYouMean(intentId, byId.keys())}`,
        });
        continue;
      }
      intent.examples.push(...readPhrasings(source, ['examples_for', intentId], value, problems));
    }
  }
}

function collectIntents(topics: LoadedTopic[], problems: ContentProblem[]): Intent[] {
  const intents: Intent[] = [];
  const seen = new Set<string>();
  for (const { source, file } of topics) {
    file.intents.forEach((raw, index) => {
      const path = ['intents', index];
      if (seen.has(raw.id)) problems.push(source.problem([...path, 'id'], `intent id "${raw.id}" is defined twice`));
      seen.add(raw.id);
      const examples = readPhrasings(source, [...path, 'examples'], raw.examples, problems);
      const tests = readPhrasings(source, [...path, 'tests'], raw.tests, problems);
      const minimum = minimumPhrasings[file.kind];
      if (examples.length < minimum.examples) {
        problems.push(source.problem([...path, 'examples'], `has ${examples.length} phrasings; a ${file.kind} intent needs at least ${minimum.examples}`));
      }
      if (tests.length < minimum.tests) {
        problems.push(source.problem([...path, 'tests'], `has ${tests.length} held-out phrasings; a ${file.kind} intent needs at least ${minimum.tests}`));
      }
      intents.push({
        id: raw.id,
        title: raw.title,
        kind: file.kind,
        topic: file.topic,
        examples,
        tests,
        answerId: raw.answer,
        dialogId: raw.dialog,
        illnessOf: raw.illness_of,
        location: { file: source.file, line: source.lineOf([...path, 'id']) },
      });
    });
  }
  return intents;
}

function crossCheck(
  topics: LoadedTopic[],
  intents: Intent[],
  answerById: Map<string, Answer>,
  dialogIds: ReadonlySet<string>,
  problems: ContentProblem[],
): void {
  const intentIds = intents.map((intent) => intent.id);
  const intentIdSet = new Set(intentIds);
  for (const { source, file } of topics) {
    file.intents.forEach((raw, index) => {
      if (!answerById.has(raw.answer)) {
        problems.push(source.problem(['intents', index, 'answer'], `"${raw.answer}" is not an answer id${didYouMean(raw.answer, answerById.keys())}`));
      }
      if (raw.dialog !== undefined && !dialogIds.has(raw.dialog)) {
        const known = dialogIds.size ? ` (dialogs: ${[...dialogIds].join(', ')})` : ' (there are no dialogs in dialogs/)';
        problems.push(source.problem(['intents', index, 'dialog'], `"${raw.dialog}" is not a dialog id${didYouMean(raw.dialog, dialogIds)}${known}`));
      }
    });
    for (const [answerId, answer] of Object.entries(file.answers)) {
      answer.follow_ups.forEach((followUp, index) => {
        if (!intentIdSet.has(followUp)) {
          problems.push(source.problem(['answers', answerId, 'follow_ups', index], `"${followUp}" is not an intent id${didYouMean(followUp, intentIds)}`));
        }
      });
    }
  }

  // A phrasing in two intents teaches the classifier a contradiction, and a test that is also an example
  // measures nothing.
  const owner = new Map<string, { intent: Intent; isTest: boolean }>();
  for (const intent of intents) {
    for (const [phrasings, isTest] of [[intent.examples, false], [intent.tests, true]] as const) {
      for (const phrasing of phrasings) {
        const key = phrasingKey(phrasing.text);
        const previous = owner.get(key);
        if (!previous) {
          owner.set(key, { intent, isTest });
          continue;
        }
        const where = `${previous.intent.location.file}, intent ${previous.intent.id}`;
        const message =
          previous.intent.id === intent.id
            ? previous.isTest === isTest
              ? `phrasing "${phrasing.text}" is written twice in ${intent.id}`
              : `held-out test "${phrasing.text}" is also a training example of ${intent.id}; reword one of them`
            : `phrasing "${phrasing.text}" already belongs to ${where}; a phrasing may lead to one intent only`;
        problems.push({ ...phrasing.location, path: phrasing.path, message });
      }
    }
  }
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
