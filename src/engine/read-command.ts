import type { CommandWords } from '../knowledge/content-schema';
import { phrasingKey } from '../knowledge/phrasing-key';

export type Command = keyof CommandWords;

/** The command a whole message is, or undefined; "stop" is a command, "how do I stop feeding" is not. */
export function readCommand(text: string, commands: CommandWords): Command | undefined {
  const key = phrasingKey(text).replace(/'/g, '');
  for (const name of Object.keys(commands) as Command[]) {
    if (commands[name].some((words) => phrasingKey(words) === key)) return name;
  }
  return undefined;
}

/** A yes or a no to a yes/no question; a button's label counts as its word. */
export function readYesOrNo(text: string, commands: CommandWords, labels: { yes: string; no: string }): boolean | undefined {
  const key = phrasingKey(text);
  // The yes button is always offered first and the no button second, so their numbers count too.
  if (key === phrasingKey(labels.yes) || key === '1') return true;
  if (key === phrasingKey(labels.no) || key === '2') return false;
  const command = readCommand(text, commands);
  return command === 'yes' ? true : command === 'no' ? false : undefined;
}
