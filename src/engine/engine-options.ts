import type { DialogDefinition } from '../dialog/dialog-schema';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { Facts } from '../nlu/extract-facts';
import type { IntentClassifier } from '../nlu/intent-classifier';
import type { NappyChart } from '../safety/nappy-chart';
import type { Contacts } from '../safety/safety-schema';
import type { RedFlag, Triage } from '../safety/triage';
import type { DecisionPolicy } from './decide';

export interface EngineOptions {
  knowledgeBase: KnowledgeBase;
  classifier: IntentClassifier;
  policy: DecisionPolicy;
  /** Longer messages get a kind request to shorten them instead of an answer. */
  maximumMessageLength: number;
  /** Red-flag triage, run on every message before anything else. */
  triage: Triage;
  /** The learned second net, asked when no rule fires: a safety check instead of an ordinary answer. */
  safetyCheck?: (text: string, facts: Facts) => RedFlag | undefined;
  /** Asked when a rule fired below emergency: the net's emergency check over it, when it reads an emergency row likely enough. */
  levelRaise?: (text: string, ruled: RedFlag) => RedFlag | undefined;
  /** Asked when a flag other than a crisis line is found: the same flag with the crisis lines after it, when the net reads a crisis likely enough. */
  crisisBeside?: (text: string, found: RedFlag) => RedFlag | undefined;
  /** Asked when a rule's flag stands alone: its probability when the near-miss model reads the sign as told in an ordinary frame, else undefined. */
  nearMiss?: (text: string, ruled: RedFlag) => number | undefined;
  /** Asked when a crisis line is found: a baby's sign told beside it (the baby's rows alone), whose advice then follows the crisis reply. */
  babySignBeside?: (text: string, facts: Facts) => RedFlag | undefined;
  escalationText: (flag: RedFlag) => string;
  /** The sign a general question asks about ("what does jaundice look like"), when no rule fires. */
  signQuestion?: (text: string, facts: Facts) => RedFlag | undefined;
  /** Information and when to get help, for such a question: no escalation. */
  signQuestionText?: (flag: RedFlag) => string;
  /** The numbers escalations name (emergency, urgent line, crisis line, clinic), for channels that can dial them. */
  contacts: Contacts;
  /** Guided conversations by id (dialogs/); an intent with `dialog:` starts its dialog instead of answering. */
  dialogs: ReadonlyMap<string, DialogDefinition>;
  /** The nappy chart of content/safety.yaml, for dialogs that compare counts with the day of life. */
  nappyChart: NappyChart;
  /** The red flag a safety rule raises, for a dialog branch that escalates. */
  redFlagForRule: (ruleId: string) => RedFlag | undefined;
  /** "Was this helpful?" is asked after the first answer and then at most once in this many answers. */
  feedbackEvery: number;
}
