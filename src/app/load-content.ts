import type { LatchConfig } from '../config';
import { checkDialogs, readDialogFiles } from '../dialog/load-dialogs';
import type { DialogDefinition } from '../dialog/dialog-schema';
import { ContentError } from '../knowledge/content-error';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base';
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

/** content/ and dialogs/, loaded and cross-checked; throws ContentError naming every problem's file and line. */
export function loadContent(config: LatchConfig): Content {
  const locale = { wording: loadLocaleWording(config.contentDirectory, config.projectRoot), locale: config.locale };
  const dialogFiles = readDialogFiles(config.dialogsDirectory, config.projectRoot, locale);
  if (dialogFiles.problems.length > 0) throw new ContentError(dialogFiles.problems);
  const dialogs = new Map(dialogFiles.dialogs.map(({ definition }) => [definition.id, definition]));
  const knowledgeBase = loadKnowledgeBase({ contentDirectory: config.contentDirectory, dialogIds: new Set(dialogs.keys()), displayRoot: config.projectRoot, locale: config.locale });
  const { file: safetyRules, matcher: safetyMatcher } = loadSafetyContent(config.contentDirectory, config.projectRoot, config.locale);
  const dialogProblems = checkDialogs(dialogFiles.dialogs, knowledgeBase, safetyRuleIds(safetyRules));
  if (dialogProblems.length > 0) throw new ContentError(dialogProblems);
  return { knowledgeBase, safetyRules, safetyMatcher, dialogs };
}
