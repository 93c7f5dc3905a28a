import { parentSources, type KnowledgeBase } from '../knowledge/knowledge-base';
import { renderAnswer } from '../knowledge/render-answer';
import type { Facts } from '../nlu/extract-facts';
import type { Choice, Reply } from './turn-types';

export interface AnswerReplies {
  /** The answer itself, worded for what is known about the person. */
  answer: Extract<Reply, { kind: 'answer' }>;
  /** The follow-up topics to offer after it. */
  followUps: Choice[];
  variant: number | null;
  notes: number[];
}

export function answerReplies(knowledgeBase: KnowledgeBase, intentId: string, answerId: string, facts: Facts): AnswerReplies {
  const answer = knowledgeBase.answerById.get(answerId);
  if (!answer) throw new Error(`answer ${answerId} does not exist`);
  const rendered = renderAnswer(answer, facts);
  const followUps = answer.followUps.map((followUp) => ({ label: knowledgeBase.intentById.get(followUp)?.title ?? followUp, intentId: followUp }));
  return {
    answer: { kind: 'answer', intentId, answerId, short: rendered.short, text: rendered.text, sources: parentSources(answer.sources) },
    followUps,
    variant: rendered.variant,
    notes: rendered.notes,
  };
}
