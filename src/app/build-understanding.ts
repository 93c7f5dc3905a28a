import { join } from 'node:path';
import type { LatchConfig } from '../config';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { CompiledModel } from '../nlu/compiled-model';
import { loadEnglishWords } from '../nlu/english-words';
import { PackedWordSet } from '../nlu/packed-word-set';
import { defaultClassifierOptions, IntentClassifier, type ClassifierOptions } from '../nlu/intent-classifier';
import { modelKey, readCachedModel, writeCachedModel } from '../nlu/model-cache';
import { TextAnalyser } from '../nlu/text-analyser';
import type { SafetyFile } from '../safety/safety-schema';
import type { Content } from './load-content';

/** Every text of the knowledge base whose words spelling correction may aim at. */
function knowledgeTexts(knowledgeBase: KnowledgeBase): string[] {
  const texts: string[] = [];
  for (const intent of knowledgeBase.intents) texts.push(intent.title, ...intent.examples.map((example) => example.text));
  for (const answer of knowledgeBase.answerById.values()) texts.push(answer.short, answer.text);
  return texts;
}

/** Safety signs are part of the vocabulary, so "jaundise" and "flopy" are corrected before triage. */
export function buildAnalyser(knowledgeBase: KnowledgeBase, safetyRules?: SafetyFile, englishWords: () => ReadonlySet<string> = loadEnglishWords): TextAnalyser {
  const safetyTexts = safetyRules ? safetyRules.rules.map((rule) => `${rule.means} ${rule.id.replace(/[._]/g, ' ')}`) : [];
  return TextAnalyser.fromTexts([...knowledgeTexts(knowledgeBase), ...safetyTexts], englishWords);
}

export interface Understanding {
  analyser: TextAnalyser;
  classifier: IntentClassifier;
  /**
   * The English words spelling correction leaves alone, made on first call and then the same copy: the rule
   * triage shares it (build-engine.ts). From the cache it is the model's own list, so no WordNet file is read.
   */
  englishWords: () => PackedWordSet;
  /** Where the model came from: the cache, or trained now (and then written to the cache when there is one). */
  origin: 'cache' | 'trained';
  key: string;
  /** Why the cache could not be used, when it could not. */
  cacheProblem?: string;
}

/** The code whose change changes what training produces: understanding, the content loader, and this file. */
const trainingCode = [join(__dirname, '..', 'nlu'), join(__dirname, '..', 'knowledge'), __filename];

/**
 * The analyser and classifier for this content: loaded from the compiled-model cache when content/,
 * dialogs/ and the training code are unchanged since it was written, trained (and cached) otherwise. A
 * missing, stale or corrupt cache file means training, never a failure; so does a cache folder that
 * cannot be written (the model is then simply not kept).
 */
export function buildUnderstanding(
  config: Pick<LatchConfig, 'contentDirectory' | 'dialogsDirectory' | 'modelCacheDirectory' | 'locale'>,
  content: Pick<Content, 'knowledgeBase' | 'safetyRules'>,
  options: { classifier?: ClassifierOptions; refresh?: boolean } = {},
): Understanding {
  const classifierOptions = options.classifier ?? defaultClassifierOptions;
  // The locale words the content (answers feed the spelling vocabulary), so each locale has its own model.
  const key = modelKey([config.contentDirectory, config.dialogsDirectory, ...trainingCode], { classifier: classifierOptions, locale: config.locale });
  const cacheDirectory = config.modelCacheDirectory;
  let cacheProblem: string | undefined;
  if (cacheDirectory && !options.refresh) {
    const cached = readCachedModel(cacheDirectory, key);
    if ('model' in cached) {
      try {
        return { ...understandingFrom(cached.model), origin: 'cache', key };
      } catch (error) {
        cacheProblem = `the cached model does not fit: ${(error as Error).message}`;
      }
    } else if (cached.miss === 'unreadable') {
      cacheProblem = `the cached model could not be read (${cached.detail ?? 'unknown reason'})`;
    }
  }
  const englishWords = once(loadEnglishWords);
  const analyser = buildAnalyser(content.knowledgeBase, content.safetyRules, englishWords);
  const classifier = IntentClassifier.train(content.knowledgeBase.intents, analyser, { options: classifierOptions });
  if (cacheDirectory) {
    try {
      writeCachedModel(cacheDirectory, compileModel(key, analyser, classifier, englishWords()));
    } catch (error) {
      cacheProblem = `the model could not be cached in ${cacheDirectory}: ${(error as Error).message}`;
    }
  }
  return { analyser, classifier, englishWords, origin: 'trained', key, cacheProblem };
}

function compileModel(key: string, analyser: TextAnalyser, classifier: IntentClassifier, englishWords: PackedWordSet): CompiledModel {
  // All of them: a vocabulary word can still be the lemma that protects an inflection ("feed" keeps "feeder").
  return { key, vocabulary: [...analyser.vocabulary], protectedWords: englishWords.joined, spelling: analyser.spellingIndex, classifier: classifier.compiled };
}

function understandingFrom(model: CompiledModel): Pick<Understanding, 'analyser' | 'classifier' | 'englishWords'> {
  // Only the words' string is held for later, not the whole compiled model: a closure over `model` kept its
  // typed arrays alive (8 MB) after the classifier had copied them into its own kernels' memory (issue 13).
  const { protectedWords } = model;
  const englishWords = once(() => new PackedWordSet(protectedWords));
  const analyser = TextAnalyser.fromVocabulary(new Map(model.vocabulary), englishWords, model.spelling);
  return { analyser, classifier: IntentClassifier.fromCompiled(model.classifier, analyser), englishWords };
}

/** `make` called at most once; it is let go once called, with whatever its closure holds. */
function once<T>(make: () => T): () => T {
  let pending: (() => T) | undefined = make;
  let made: T | undefined;
  return () => {
    if (pending) {
      made = pending();
      pending = undefined;
    }
    return made as T;
  };
}
