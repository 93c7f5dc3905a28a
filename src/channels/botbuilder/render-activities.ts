import { ActivityTypes, type Activity, type CardAction } from 'botbuilder';
import type { Reply } from '../../engine/turn-types';
import type { SystemMessages } from '../../knowledge/content-schema';
import { answerCard } from './answer-card';
import { escalationCard } from './escalation-card';

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

/** One reply, as the Activity a Bot Framework channel shows: cards, suggested actions, prominent hand-offs. */
export function renderActivity(reply: Reply, options: RenderOptions): Partial<Activity> {
  switch (reply.kind) {
    case 'text':
      return { type: ActivityTypes.Message, text: reply.text };
    case 'answer':
      return { type: ActivityTypes.Message, attachments: [answerCard(reply, options.messages)] };
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
        attachments: [escalationCard(reply, options.dialNumbers, options.messages)],
        importance: 'high',
        channelData: { notification: { alert: true } },
      };
  }
}

export function renderActivities(replies: readonly Reply[], options: RenderOptions): Partial<Activity>[] {
  return replies.map((reply) => renderActivity(reply, options));
}
