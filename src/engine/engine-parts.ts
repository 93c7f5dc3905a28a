import type { DialogDefinition } from '../dialog/dialog-schema';
import type { CommandWords, SystemMessages, TopicKind } from '../knowledge/content-schema';
import type { EngineOptions } from './engine-options';

/** What every step of a turn may look up: the options, and the knowledge base's questions asked by id. */
export interface EngineParts {
  options: EngineOptions;
  messages: SystemMessages;
  commands: CommandWords;
  kindOf(intentId: string): TopicKind;
  titleOf(intentId: string): string;
  answerIdOf(intentId: string): string;
  /** The dialog an intent starts instead of answering, if any. */
  dialogOf(intentId: string): DialogDefinition | undefined;
  /** Whose illness an intent is about, when it is about one. */
  illnessOf(intentId: string): 'baby' | 'mother' | undefined;
}

export function engineParts(options: EngineOptions): EngineParts {
  const { knowledgeBase, dialogs } = options;
  return {
    options,
    messages: knowledgeBase.messages,
    commands: knowledgeBase.commands,
    kindOf: (intentId) => knowledgeBase.intentById.get(intentId)?.kind ?? 'referral',
    titleOf: (intentId) => knowledgeBase.intentById.get(intentId)?.title ?? intentId,
    answerIdOf: (intentId) => {
      const intent = knowledgeBase.intentById.get(intentId);
      if (!intent) throw new Error(`intent ${intentId} does not exist`);
      return intent.answerId;
    },
    dialogOf: (intentId) => dialogs.get(knowledgeBase.intentById.get(intentId)?.dialogId ?? ''),
    illnessOf: (intentId) => knowledgeBase.intentById.get(intentId)?.illnessOf,
  };
}
