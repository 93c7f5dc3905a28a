import { CardFactory, type Attachment } from 'botbuilder';
import type { Reply } from '../../engine/turn-types';
import type { SystemMessages } from '../../knowledge/content-schema';
import { RecentlyUsed } from './recently-used';
import { restAfterShort } from './rest-after-short';

type AnswerReply = Extract<Reply, { kind: 'answer' }>;

/** Teams renders Adaptive Cards up to 1.5 (Web Chat 1.6), so 1.5 works in both. */
export const adaptiveCardVersion = '1.5';

/**
 * "Tell me more"'s paragraphs for each answer text sent lately: working them out takes a sentence split and
 * a word comparison, and the same few answers are sent over and over. Bounded, as variants and facts make
 * texts of their own.
 */
const restOfAnswer = new RecentlyUsed<readonly string[]>(256);

function rememberedRestAfterShort(short: string, text: string): readonly string[] {
  const key = `${short}\u0000${text}`;
  let rest = restOfAnswer.get(key);
  if (!rest) restOfAnswer.set(key, (rest = restAfterShort(short, text)));
  return rest;
}

/**
 * The short answer up front; "Tell me more" opens the rest in place and closes it again (Action.ShowCard,
 * which Web Chat and every Teams client handle themselves, with no round trip to the bot); the sources
 * underneath.
 */
export function answerCard(reply: AnswerReply, messages: SystemMessages): Attachment {
  const rest = rememberedRestAfterShort(reply.short, reply.text);
  const body: object[] = [{ type: 'TextBlock', text: reply.short, wrap: true }];
  if (reply.sources.length > 0) {
    body.push({ type: 'TextBlock', text: `${messages.sources}: ${reply.sources.join('; ')}`, wrap: true, isSubtle: true, size: 'Small', spacing: 'Medium' });
  }
  const more = {
    type: 'Action.ShowCard',
    title: messages.more,
    card: {
      type: 'AdaptiveCard',
      version: adaptiveCardVersion,
      body: rest.map((paragraph) => ({ type: 'TextBlock', text: paragraph, wrap: true })),
    },
  };
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: adaptiveCardVersion,
    // Shown by clients that cannot render the card, and read by screen readers in some.
    fallbackText: reply.text,
    body,
    actions: rest.length > 0 ? [more] : [],
    msteams: { width: 'Full' },
  });
}
