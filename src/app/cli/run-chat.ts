import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Responder } from '../../engine/responder';
import { initialConversationState } from '../../engine/turn-types';
import { renderReplies } from './render-replies';

export interface ChatOptions {
  engine: Responder;
  input: Readable;
  output: Writable;
  /** A person at a terminal gets a prompt; a script gets one reply block per input line. */
  interactive: boolean;
  json: boolean;
  now?: () => Date;
}

/** `latch chat`: a conversation in the terminal, or scripted through stdin one message per line. */
export async function runChat(options: ChatOptions): Promise<void> {
  const { engine, output } = options;
  const messages = engine.knowledgeBase.messages;
  const now = options.now ?? (() => new Date());
  const lines = createInterface({ input: options.input, output: options.interactive ? output : undefined, terminal: options.interactive });
  const write = (text: string) => output.write(text + '\n');

  const welcome = engine.welcome(initialConversationState());
  let state = welcome.state;
  if (options.json) write(JSON.stringify({ replies: welcome.replies, state }));
  else write(renderReplies(welcome.replies, messages) + '\n');

  if (options.interactive) {
    lines.setPrompt('you> ');
    lines.prompt();
  }
  for await (const line of lines) {
    const result = await engine.respond({ text: line, timestamp: now().toISOString() }, state);
    state = result.state;
    if (options.json) {
      write(JSON.stringify({ text: line, replies: result.replies, trace: result.trace, state }));
    } else {
      write((options.interactive ? '\n' : `> ${line}\n`) + renderReplies(result.replies, messages) + '\n');
    }
    if (options.interactive) lines.prompt();
  }
}
