/**
 * What a dialog says: a line, or a question with its buttons. A subset of the engine's `Reply` by shape, so
 * the dialog runner needs nothing from the engine above it.
 */
export type DialogReply =
  | { kind: 'text'; text: string }
  | { kind: 'choices'; text: string; choices: { label: string; intentId: null }[] };
