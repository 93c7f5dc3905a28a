import type { LatchConfig } from '../config';
import { createEngine, type Engine } from '../engine/create-engine';
import { requireReviewed } from '../knowledge/review-status';
import type { ClassifierOptions, IntentClassifier } from '../nlu/intent-classifier';
import { composeEscalation, composeSignQuestion, contactsFor } from '../safety/compose-escalation';
import { createCrisisBeside } from '../safety/crisis-beside';
import { createNearMissGate } from '../safety/near-miss-gate';
import { redFlagForRule } from '../safety/red-flag-rule';
import { createLevelRaise, createSafetyCheck } from '../safety/safety-check';
import { buildRuleTriage } from './build-rule-triage';
import { buildUnderstanding, type Understanding } from './build-understanding';
import { cachedNearMissScorer } from './cached-near-miss-model';
import { loadOrTrainSafetyNet } from './cached-safety-net';
import { loadContent, type Content } from './load-content';

/**
 * Content → understanding (compiled, from the cache when unchanged) → engine; throws ContentError when content
 * is broken. `content` is content already loaded for this config (the tests share one copy between files), and
 * `understanding` the one already built for that content (the tests' files share it with latch kb check).
 */
export function buildEngine(config: LatchConfig, options: { classifier?: ClassifierOptions; content?: Content; understanding?: Understanding } = {}): Engine {
  const content = options.content ?? loadContent(config);
  if (config.requireReviewed) requireReviewed(content.knowledgeBase);
  const understanding = options.understanding ?? buildUnderstanding(config, content, options);
  return engineFrom(config, content, understanding.classifier, understanding.englishWords());
}

/**
 * The engine over loaded content and a classifier trained (or loaded) for it; `englishWords`, when given, is
 * the list the rule triage leaves alone (by default read from WordNet).
 */
export function engineFrom(config: LatchConfig, content: Content, classifier: IntentClassifier, englishWords?: ReadonlySet<string>): Engine {
  const { knowledgeBase, safetyRules, dialogs } = content;
  const ruleTriage = buildRuleTriage(content, englishWords);
  const { net: safetyNet, key: netKey } = loadOrTrainSafetyNet(config, content, ruleTriage);
  const safetyCheck = createSafetyCheck(safetyRules, ruleTriage, safetyNet);
  const levelRaise = createLevelRaise(safetyRules, ruleTriage, safetyNet);
  const crisisBeside = createCrisisBeside(safetyRules, ruleTriage, safetyNet);
  const nearMissScorer = cachedNearMissScorer(config, content, ruleTriage, netKey);
  const nearMiss = nearMissScorer && createNearMissGate(safetyRules, nearMissScorer);
  const contacts = contactsFor(safetyRules, config.locale, config.contactOverrides);
  return createEngine({
    knowledgeBase,
    classifier,
    policy: config.policy,
    maximumMessageLength: config.maximumMessageLength,
    triage: ruleTriage,
    safetyCheck,
    levelRaise,
    crisisBeside,
    nearMiss,
    babySignBeside: (text, facts) => ruleTriage.babySign(ruleTriage.recogniser.recognise(text), facts),
    escalationText: (flag) => composeEscalation(safetyRules, contacts, flag),
    signQuestion: (text, facts) => ruleTriage.askedAbout(ruleTriage.recogniser.recognise(text), facts),
    signQuestionText: (flag) => composeSignQuestion(safetyRules, contacts, flag),
    contacts,
    dialogs,
    nappyChart: safetyRules.nappy_chart,
    redFlagForRule: (ruleId) => redFlagForRule(safetyRules, ruleId),
    feedbackEvery: config.feedbackEvery,
  });
}
