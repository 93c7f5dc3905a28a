import type { CommandWords } from '../knowledge/content-schema';
import { phrasingKey } from '../knowledge/phrasing-key';

export type Command = keyof CommandWords;

// Every command's words as phrasing keys, worked out once per loaded content rather than on every message.
const commandByKey = new WeakMap<CommandWords, Map<string, Command>>();

function commandKeys(commands: CommandWords): Map<string, Command> {
  let keys = commandByKey.get(commands);
  if (!keys) {
    keys = new Map();
    for (const name of Object.keys(commands) as Command[]) {
      for (const words of commands[name]) {
        const key = phrasingKey(words);
        // The first command listing a phrase wins, as the search in order did.
        if (!keys.has(key)) keys.set(key, name);
      }
    }
    commandByKey.set(commands, keys);
  }
  return keys;
}

/** The command a whole message is, or undefined; "stop" is a command, "how do I stop feeding" is not. */
export function readCommand(text: string, commands: CommandWords): Command | undefined {
  return commandKeys(commands).get(phrasingKey(text).replace(/'/g, ''));
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
