import type { KnowledgeBase } from '../../knowledge/knowledge-base';

export interface TabTopic {
  intentId: string;
  /** The topic's title, which is also the question the chat opens with. */
  question: string;
  /** The first sentence of the curated short answer. */
  summary: string;
}

/** The curated topics latch answers (not referrals or small talk), in content order. */
export function tabTopics(knowledgeBase: Pick<KnowledgeBase, 'intents' | 'answerById'>): TabTopic[] {
  return knowledgeBase.intents
    .filter((intent) => intent.kind === 'knowledge')
    .map((intent) => {
      const short = knowledgeBase.answerById.get(intent.answerId)?.short ?? '';
      return { intentId: intent.id, question: intent.title, summary: firstSentence(short) };
    });
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(text.trim());
  return (match ? match[1] : text).replace(/\s+/g, ' ').trim();
}

/**
 * A Teams deep link that opens the 1:1 chat with the bot with the question typed in the compose box, ready
 * to send (`28:` marks a bot's user id).
 */
export function teamsChatDeepLink(botAppId: string, question: string): string {
  return `https://teams.microsoft.com/l/chat/0/0?users=28:${encodeURIComponent(botAppId)}&message=${encodeURIComponent(question)}`;
}
