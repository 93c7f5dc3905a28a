import type { CommandWords } from '../knowledge/content-schema';
import { phrasingKey } from '../knowledge/phrasing-key';

export type Command = keyof CommandWords;

/**
 * Each command word's phrasing key, worked out once per command list instead of on every message (this
 * was a twentieth of a turn's CPU). The first command listing a phrasing wins, as before.
 */
const commandByKeyCache = new WeakMap<CommandWords, Map<string, Command>>();

function commandByKey(commands: CommandWords): Map<string, Command> {
  let byKey = commandByKeyCache.get(commands);
  if (!byKey) {
    byKey = new Map();
    for (const name of Object.keys(commands) as Command[]) {
      for (const words of commands[name]) {
        const key = phrasingKey(words);
        if (!byKey.has(key)) byKey.set(key, name);
      }
    }
    commandByKeyCache.set(commands, byKey);
  }
  return byKey;
}

/** The command a whole message is, or undefined; "stop" is a command, "how do I stop feeding" is not. */
export function readCommand(text: string, commands: CommandWords): Command | undefined {
  return commandByKey(commands).get(phrasingKey(text).replace(/'/g, ''));
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
