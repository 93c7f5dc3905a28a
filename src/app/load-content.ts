import type { LatchConfig } from '../config';
import { checkDialogs, readDialogFiles } from '../dialog/load-dialogs';
import type { DialogDefinition } from '../dialog/dialog-schema';
import { ContentError } from '../knowledge/content-error';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base';
import { parseYaml, YamlCache } from '../knowledge/yaml-cache';
import { loadLocaleWording } from '../knowledge/locale-wording';
import type { ConceptMatcher } from '../safety/concept-matcher';
import { loadSafetyContent } from '../safety/load-safety-rules';
import { safetyRuleIds } from '../safety/red-flag-rule';
import type { SafetyFile } from '../safety/safety-schema';

export interface Content {
  knowledgeBase: KnowledgeBase;
  safetyRules: SafetyFile;
  /** The compiled sign concepts of safety.yaml. */
  safetyMatcher: ConceptMatcher;
  dialogs: Map<string, DialogDefinition>;
}

/**
 * content/ and dialogs/, loaded and cross-checked; throws ContentError naming every problem's file and line.
 * With a model cache folder, the YAML files' parsed data is kept there too (knowledge/yaml-cache.ts): an
 * unchanged file is read as JSON instead of parsed, the same data and the same lines.
 */
export function loadContent(config: LatchConfig): Content {
  const cache = config.modelCacheDirectory ? new YamlCache(config.modelCacheDirectory) : undefined;
  const readYaml = cache?.parse ?? parseYaml;
  const locale = { wording: loadLocaleWording(config.contentDirectory, config.projectRoot, readYaml), locale: config.locale };
  const dialogFiles = readDialogFiles(config.dialogsDirectory, config.projectRoot, locale, readYaml);
  if (dialogFiles.problems.length > 0) throw new ContentError(dialogFiles.problems);
  const dialogs = new Map(dialogFiles.dialogs.map(({ definition }) => [definition.id, definition]));
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: config.contentDirectory, dialogIds: new Set(dialogs.keys()), displayRoot: config.projectRoot, locale: config.locale, readYaml });
  const { file: safetyRules, matcher: safetyMatcher } = loadSafetyContent(config.contentDirectory, config.projectRoot, config.locale, readYaml);
  const dialogProblems = checkDialogs(dialogFiles.dialogs, knowledgeBase, safetyRuleIds(safetyRules));
  if (dialogProblems.length > 0) throw new ContentError(dialogProblems);
  // Only content that loaded is kept: a broken file is parsed again at the next start, to name its lines.
  // A cache that cannot be written is no problem (the files are parsed next time too).
  cache?.save();
  return { knowledgeBase, safetyRules, safetyMatcher, dialogs };
}
