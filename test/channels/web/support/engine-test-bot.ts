import { ActivityHandler, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { Engine } from '../../../../src/engine/create-engine';
import { initialConversationState, type ConversationState, type Reply } from '../../../../src/engine/turn-types';

/**
 * A small ActivityHandler over the real engine, standing in for LatchBot so the web channel can be tested
 * on its own: answers as an Adaptive Card, choices as suggested actions, escalations as text.
 */
export class EngineTestBot extends ActivityHandler {
  private readonly states = new Map<string, ConversationState>();

  constructor(engine: Engine) {
    super();
    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient.id) continue;
        const welcome = engine.welcome(initialConversationState());
        this.states.set(context.activity.conversation.id, welcome.state);
        for (const reply of welcome.replies) await context.sendActivity(render(reply));
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const id = context.activity.conversation.id;
      const result = engine.respond({ text: context.activity.text ?? '', timestamp: new Date().toISOString() }, this.states.get(id) ?? initialConversationState());
      this.states.set(id, result.state);
      await context.sendActivities(result.replies.map(render));
      await next();
    });
  }
}

function render(reply: Reply): Partial<Activity> {
  switch (reply.kind) {
    case 'text':
    case 'handoff':
      return MessageFactory.text(reply.text);
    case 'answer':
      return MessageFactory.attachment(
        CardFactory.adaptiveCard({
          type: 'AdaptiveCard',
          version: '1.5',
          body: [{ type: 'TextBlock', text: reply.short, wrap: true }],
          actions: [{ type: 'Action.ShowCard', title: 'Tell me more', card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: reply.text, wrap: true }] } }],
        }),
      );
    case 'choices':
      return MessageFactory.suggestedActions(
        reply.choices.map((choice) => choice.label),
        reply.text,
      );
  }
}
