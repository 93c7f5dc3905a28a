import { CardFactory, type Attachment } from 'botbuilder';
import type { Reply } from '../../engine/turn-types';
import type { SystemMessages } from '../../knowledge/content-schema';
import { restAfterShort } from './rest-after-short';

type AnswerReply = Extract<Reply, { kind: 'answer' }>;

/** Teams renders Adaptive Cards up to 1.5 (Web Chat 1.6), so 1.5 works in both. */
export const adaptiveCardVersion = '1.5';

/**
 * "Tell me more"'s paragraphs for the texts each answer was sent with lately: working them out takes a
 * sentence split and a word comparison, and the same few answers are sent over and over. Found by answer id
 * and compared by text (a string comparison is far cheaper than hashing a fresh 4 kB text as a map key);
 * a few texts per answer, as variants and facts give an answer texts of its own.
 */
const restByAnswer = new Map<string, { short: string; text: string; rest: readonly string[] }[]>();
const textsKeptPerAnswer = 4;

function rememberedRestAfterShort(reply: AnswerReply): readonly string[] {
  let known = restByAnswer.get(reply.answerId);
  if (!known) restByAnswer.set(reply.answerId, (known = []));
  const found = known.find((entry) => entry.text === reply.text && entry.short === reply.short);
  if (found) return found.rest;
  const rest = restAfterShort(reply.short, reply.text);
  known.unshift({ short: reply.short, text: reply.text, rest });
  if (known.length > textsKeptPerAnswer) known.pop();
  return rest;
}

/**
 * The short answer up front; "Tell me more" opens the rest in place and closes it again (Action.ShowCard,
 * which Web Chat and every Teams client handle themselves, with no round trip to the bot); the sources
 * underneath.
 */
export function answerCard(reply: AnswerReply, messages: SystemMessages): Attachment {
  const rest = rememberedRestAfterShort(reply);
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
