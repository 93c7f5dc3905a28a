import { ActivityTypes, type Activity, type Attachment, type CardAction } from 'botbuilder';
import type { Reply } from '../../engine/turn-types';
import type { SystemMessages } from '../../knowledge/content-schema';
import { answerCard } from './answer-card';
import { escalationCard } from './escalation-card';
import { withRememberedJson } from './replies-json';

export interface RenderOptions {
  messages: SystemMessages;
  channelId: string;
  /** Who the suggested actions are for; channels hide them from everyone else in a group. */
  recipientId?: string;
  /** The contacts' phone numbers, made dialable where an escalation names them. */
  dialNumbers: readonly string[];
}

/** Teams shows only the first three suggested actions. */
export const teamsSuggestedActionLimit = 3;

/**
 * The cards of replies that many conversations share: a frozen reply comes from the first-turn cache, one
 * result for every conversation that opens with the same words, so its card is built and serialised once
 * (replies-json.ts). A reply made for one turn alone is not kept.
 */
const sharedCards = new WeakMap<Reply, { messages: SystemMessages; dialNumbers: readonly string[]; cards: Attachment[] }>();

function cardsOf(reply: Reply, options: RenderOptions, build: () => Attachment): Attachment[] {
  if (!Object.isFrozen(reply)) return [build()];
  const known = sharedCards.get(reply);
  // A card reads the bot's messages and numbers too: kept for the bot (its options) that built it.
  if (known && known.messages === options.messages && known.dialNumbers === options.dialNumbers) return known.cards;
  const cards = withRememberedJson([build()]);
  sharedCards.set(reply, { messages: options.messages, dialNumbers: options.dialNumbers, cards });
  return cards;
}

/** One reply, as the Activity a Bot Framework channel shows: cards, suggested actions, prominent hand-offs. */
export function renderActivity(reply: Reply, options: RenderOptions): Partial<Activity> {
  switch (reply.kind) {
    case 'text':
      return { type: ActivityTypes.Message, text: reply.text };
    case 'answer':
      return { type: ActivityTypes.Message, attachments: cardsOf(reply, options, () => answerCard(reply, options.messages)) };
    case 'choices': {
      const actions: CardAction[] = reply.choices.map((choice) => ({ type: 'imBack', title: choice.label, value: choice.label }));
      // Choices past the third would be invisible in Teams; the engine also takes an option's number.
      const numbered =
        options.channelId === 'msteams' && reply.choices.length > teamsSuggestedActionLimit
          ? '\n\n' + reply.choices.map((choice, index) => `${index + 1}. ${choice.label}`).join('\n')
          : '';
      return {
        type: ActivityTypes.Message,
        text: reply.text + numbered,
        suggestedActions: { actions, to: options.recipientId ? [options.recipientId] : [] },
      };
    }
    case 'handoff':
      // A card of its own with the attention style: nothing else in the same message, the numbers dialable,
      // marked important so Teams notifies even when the chat is muted.
      return {
        type: ActivityTypes.Message,
        attachments: cardsOf(reply, options, () => escalationCard(reply, options.dialNumbers, options.messages)),
        importance: 'high',
        channelData: { notification: { alert: true } },
      };
  }
}

export function renderActivities(replies: readonly Reply[], options: RenderOptions): Partial<Activity>[] {
  return replies.map((reply) => renderActivity(reply, options));
}
