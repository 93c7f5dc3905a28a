import type { SystemMessages } from '../../knowledge/content-schema';
import type { Reply } from '../../engine/turn-types';

/** Plain text for a terminal: the full answer (there is no "Tell me more" button here), then its sources. */
export function renderReplies(replies: readonly Reply[], messages: SystemMessages): string {
  return replies
    .map((reply) => {
      switch (reply.kind) {
        case 'text':
          return reply.text;
        case 'answer':
          return reply.sources.length > 0 ? `${reply.text}\n\n${messages.sources}: ${reply.sources.join('; ')}` : reply.text;
        case 'handoff':
          return `!! ${reply.text}`;
        case 'choices':
          return [reply.text, ...reply.choices.map((choice, index) => `  ${index + 1}. ${choice.label}`)].join('\n');
      }
    })
    .join('\n\n');
}
