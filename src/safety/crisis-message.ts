/** Whether a rule's or a flag's message is a crisis line (the mother's own, a partner's, or intrusive thoughts'). */
export function isCrisisMessage(message: string | undefined): boolean {
  return message?.startsWith('crisis') ?? false;
}
