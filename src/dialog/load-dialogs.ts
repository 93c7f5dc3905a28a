import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { didYouMean } from '../knowledge/closest-name';
import type { ContentProblem } from '../knowledge/content-error';
import { factKinds, factNames } from '../knowledge/fact-condition';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { placeholdersIn } from '../knowledge/placeholders';
import { localiseStrings, type LocaleWording } from '../knowledge/locale-wording';
import { parseYaml, type YamlReader } from '../knowledge/yaml-cache';
import type { YamlPath, YamlSource } from '../knowledge/yaml-source';
import { zodProblems } from '../knowledge/zod-problems';
import { dialogFileSchema, type DialogCondition, type DialogDefinition, type SlotReader, type SlotValue } from './dialog-schema';
import { questionPlaceholders } from './run-dialog';

export interface LoadedDialog {
  source: YamlSource;
  definition: DialogDefinition;
}

/** Reads and schema-checks dialogs/*.yaml. A missing folder means no dialogs; a broken file is a problem. */
export function readDialogFiles(
  directory: string,
  displayRoot: string,
  /** Whose words `[[nappies|diapers]]` groups in questions and answers become; none given: the first of each group. */
  locale?: { wording: LocaleWording; locale: string },
  /** Parses each file, or reads it from the parsed-YAML cache. */
  readYaml: YamlReader = parseYaml,
): { dialogs: LoadedDialog[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const dialogs: LoadedDialog[] = [];
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.yaml') || name.endsWith('.yml')).sort();
  } catch {
    return { dialogs, problems };
  }
  for (const name of names) {
    const path = join(directory, name);
    const parsed = readYaml(relative(displayRoot, path) || path, readFileSync(path, 'utf8'));
    problems.push(...parsed.problems);
    if (!parsed.source) continue;
    const result = dialogFileSchema.safeParse(parsed.source.data);
    if (!result.success) {
      problems.push(...zodProblems(parsed.source, dialogFileSchema, result.error));
      continue;
    }
    const expectedName = `${result.data.id}.yaml`;
    if (name !== expectedName) problems.push(parsed.source.problem(['id'], `dialog "${result.data.id}" should be in a file named ${expectedName}`));
    if (dialogs.some((dialog) => dialog.definition.id === result.data.id)) problems.push(parsed.source.problem(['id'], `dialog id "${result.data.id}" is used twice`));
    const wording = locale ?? { wording: { locales: ['en-GB'], onlyIn: {} }, locale: 'en-GB' };
    const definition = localiseStrings(result.data, [], { source: parsed.source, ...wording, problems, skip: new Set(['when', 'ask_when', 'id', 'trigger', 'answer', 'red_flag']) });
    dialogs.push({ source: parsed.source, definition });
  }
  return { dialogs, problems };
}

const readerValue: Record<SlotReader, (value: SlotValue) => boolean> = {
  days: (value) => typeof value === 'number' || (typeof value === 'object' && (value.lt === undefined || value.lt > value.gte)),
  count: (value) => typeof value === 'number',
  yes_no: (value) => typeof value === 'boolean',
  birth_type: (value) => value === 'caesarean' || value === 'vaginal',
};

const readerFacts: Record<SlotReader, readonly string[]> = {
  days: ['days_since_birth'],
  count: [],
  yes_no: factNames.filter((name) => factKinds[name] === 'boolean'),
  birth_type: ['birth_type'],
};

/** Every id a dialog names must exist: its trigger intent, its answers and its safety rules. */
export function checkDialogs(dialogs: readonly LoadedDialog[], knowledgeBase: KnowledgeBase, safetyRuleIds: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { source, definition } of dialogs) {
    const problem = (path: YamlPath, message: string) => problems.push(source.problem(path, message));
    const trigger = knowledgeBase.intentById.get(definition.trigger);
    if (!trigger) problem(['trigger'], `"${definition.trigger}" is not an intent id${didYouMean(definition.trigger, knowledgeBase.intentById.keys())}`);
    else if (trigger.dialogId !== definition.id) {
      problem(['trigger'], `intent ${trigger.id} (${trigger.location.file}:${trigger.location.line}) must say \`dialog: ${definition.id}\` to start this dialog`);
    }
    const checkAnswer = (path: YamlPath, answerId: string | undefined) => {
      if (answerId !== undefined && !knowledgeBase.answerById.has(answerId)) problem(path, `"${answerId}" is not an answer id${didYouMean(answerId, knowledgeBase.answerById.keys())}`);
    };
    const slotIds = definition.slots.map((slot) => slot.id);
    const checkCondition = (path: YamlPath, condition: DialogCondition | undefined) => {
      for (const name of Object.keys(condition ?? {})) {
        if (!slotIds.includes(name) && !(factNames as string[]).includes(name)) {
          problem([...path, name], `"${name}" is neither a slot of this dialog (${slotIds.join(', ')}) nor a fact (${factNames.join(', ')})${didYouMean(name, [...slotIds, ...factNames])}`);
        }
      }
    };
    definition.slots.forEach((slot, index) => {
      if (slotIds.indexOf(slot.id) !== index) problem(['slots', index, 'id'], `slot id "${slot.id}" is used twice`);
      if (slot.fact && !readerFacts[slot.read].includes(slot.fact)) problem(['slots', index, 'fact'], `a "${slot.read}" answer cannot fill the fact ${slot.fact}`);
      slot.choices.forEach((choice, choiceIndex) => {
        if (!readerValue[slot.read](choice.value)) problem(['slots', index, 'choices', choiceIndex, 'value'], `${JSON.stringify(choice.value)} is not a value a "${slot.read}" slot holds`);
      });
      for (const name of placeholdersIn(slot.question)) {
        if (!(questionPlaceholders as readonly string[]).includes(name)) {
          problem(['slots', index, 'question'], `{${name}} cannot be filled in a question (can: ${questionPlaceholders.map((name) => `{${name}}`).join(', ')})`);
        }
      }
      checkCondition(['slots', index, 'ask_when'], slot.ask_when);
    });
    definition.branches.forEach((branch, index) => {
      checkAnswer(['branches', index, 'answer'], branch.answer);
      if (branch.red_flag !== undefined && !safetyRuleIds.has(branch.red_flag)) {
        problem(['branches', index, 'red_flag'], `"${branch.red_flag}" is not a rule id of content/safety.yaml${didYouMean(branch.red_flag, safetyRuleIds)}`);
      }
      checkCondition(['branches', index, 'when'], branch.when);
    });
    const last = definition.branches.length - 1;
    if (definition.branches[last].when) problem(['branches', last, 'when'], 'the last branch must have no `when`, so every path through the dialog ends somewhere');
    checkAnswer(['on_cancel', 'answer'], definition.on_cancel.answer);
    checkAnswer(['on_give_up', 'answer'], definition.on_give_up.answer);
  }
  return problems;
}
