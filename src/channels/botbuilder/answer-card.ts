import { CardFactory, type Attachment } from 'botbuilder';
import type { Reply } from '../../engine/turn-types';
import type { SystemMessages } from '../../knowledge/content-schema';

type AnswerReply = Extract<Reply, { kind: 'answer' }>;

/** Teams renders Adaptive Cards up to 1.5 (Web Chat 1.6), so 1.5 works in both. */
const adaptiveCardVersion = '1.5';

/**
 * The short answer up front, the full text behind "Tell me more" (Action.ToggleVisibility, so it opens in
 * place without a round trip to the bot), and the sources underneath.
 */
export function answerCard(reply: AnswerReply, messages: SystemMessages): Attachment {
  const moreId = `more-${reply.answerId}`;
  const hasMore = reply.text.trim() !== reply.short.trim();
  const paragraphs = reply.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const body: object[] = [{ type: 'TextBlock', text: reply.short, wrap: true }];
  if (hasMore) {
    body.push({
      type: 'Container',
      id: moreId,
      isVisible: false,
      items: paragraphs.map((paragraph) => ({ type: 'TextBlock', text: paragraph, wrap: true })),
    });
  }
  if (reply.sources.length > 0) {
    body.push({ type: 'TextBlock', text: `${messages.sources}: ${reply.sources.join('; ')}`, wrap: true, isSubtle: true, size: 'Small', spacing: 'Medium' });
  }
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: adaptiveCardVersion,
    // Shown by clients that cannot render the card, and read by screen readers in some.
    fallbackText: reply.text,
    body,
    actions: hasMore ? [{ type: 'Action.ToggleVisibility', title: messages.more, targetElements: [moreId] }] : [],
    msteams: { width: 'Full' },
  });
}
