import { CardFactory, type Attachment } from 'botbuilder';
import type { Reply } from '../../engine/turn-types';
import type { SystemMessages } from '../../knowledge/content-schema';
import { fillPlaceholders } from '../../knowledge/placeholders';
import { adaptiveCardVersion } from './answer-card';
import { telAddress } from './dial-numbers';

type HandoffReply = Extract<Reply, { kind: 'handoff' }>;

/** More buttons than this crowd a phone screen; the message itself names every number anyway. */
const maximumCallButtons = 3;

function escapeForRegularExpression(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The numbers the message names, in the order it names them (the crisis line before 999, for example). */
function numbersIn(text: string, known: readonly string[]): string[] {
  return known
    .map((number) => ({ number, at: new RegExp(`(?<![\\d+])${escapeForRegularExpression(number)}(?!\\d)`).exec(text)?.index ?? -1 }))
    .filter((found) => found.at >= 0)
    .sort((first, second) => first.at - second.at)
    .map((found) => found.number);
}

/** Each known number in the text as a markdown tel: link, so a tap on a phone dials it. */
function withCallLinks(text: string, numbers: readonly string[]): string {
  if (numbers.length === 0) return text;
  const longestFirst = [...numbers].sort((first, second) => second.length - first.length);
  const pattern = new RegExp(`(?<![\\d+])(${longestFirst.map(escapeForRegularExpression).join('|')})(?!\\d)`, 'g');
  return text.replace(pattern, (number) => `[${number}](${telAddress(number)})`);
}

/**
 * An escalation as what it is: the message alone in an attention-styled card, its numbers as links that
 * dial, and a call button for each, the first-named number first.
 */
export function escalationCard(reply: HandoffReply, knownNumbers: readonly string[], messages: SystemMessages): Attachment {
  const numbers = numbersIn(reply.text, knownNumbers);
  const paragraphs = reply.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: adaptiveCardVersion,
    fallbackText: reply.text,
    speak: reply.text,
    body: [
      {
        type: 'Container',
        style: 'attention',
        bleed: true,
        items: paragraphs.map((paragraph, index) => ({
          type: 'TextBlock',
          text: withCallLinks(paragraph, numbers),
          wrap: true,
          weight: index === 0 ? 'Bolder' : 'Default',
          size: index === 0 ? 'Medium' : 'Default',
        })),
      },
    ],
    actions: numbers.slice(0, maximumCallButtons).map((number) => ({
      type: 'Action.OpenUrl',
      title: fillPlaceholders(messages.call_number, (name) => (name === 'number' ? number : undefined)),
      url: telAddress(number),
      style: 'destructive',
    })),
    msteams: { width: 'Full' },
  });
}
