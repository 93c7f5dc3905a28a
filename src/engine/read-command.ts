import type { CommandWords } from '../knowledge/content-schema';
import { phrasingKey } from '../knowledge/phrasing-key';
import { choiceByLabel, choiceByNumber } from '../knowledge/pressed-choice';

export type Command = keyof CommandWords;

interface CommandKeys {
  keys: Map<string, Command>;
  longest: number;
  /** How many letters and digits (all but its spaces) each key has. */
  alphanumericCounts: Set<number>;
}

// Every command's words as phrasing keys, worked out once per loaded content rather than on every message.
const commandByKey = new WeakMap<CommandWords, CommandKeys>();

function commandKeys(commands: CommandWords): CommandKeys {
  let known = commandByKey.get(commands);
  if (!known) {
    const keys = new Map<string, Command>();
    for (const name of Object.keys(commands) as Command[]) {
      for (const words of commands[name]) {
        const key = phrasingKey(words);
        // The first command listing a phrase wins, as the search in order did.
        if (!keys.has(key)) keys.set(key, name);
      }
    }
    known = {
      keys,
      longest: Math.max(0, ...[...keys.keys()].map((key) => key.length)),
      alphanumericCounts: new Set([...keys.keys()].map((key) => key.replaceAll(' ', '').length)),
    };
    commandByKey.set(commands, known);
  }
  return known;
}

/** The command a whole message is, or undefined; "stop" is a command, "how do I stop feeding" is not. */
export function readCommand(text: string, commands: CommandWords): Command | undefined {
  const { keys, longest, alphanumericCounts } = commandKeys(commands);
  // A command is a few words; a message several times longer than the longest is a question, whatever its punctuation.
  if (text.length > longest * 3 + 10) return undefined;
  // An ASCII message's key holds its letters and digits and spaces only: with a count of them no key has, it is
  // none of them, and its key (three new strings, on every short message) need not be made.
  const counted = asciiAlphanumericCount(text);
  if (counted !== -1 && !alphanumericCounts.has(counted)) return undefined;
  return keys.get(phrasingKey(text));
}

/** How many ASCII letters and digits the text has, or -1 when it has a character beyond ASCII (NFKC may fold it into some). */
function asciiAlphanumericCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) return -1;
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) count++;
  }
  return count;
}

/** A yes or a no to a yes/no question; a button's label counts as its word. */
export function readYesOrNo(text: string, commands: CommandWords, labels: { yes: string; no: string }): boolean | undefined {
  // The yes button is always offered first and the no button second, so their numbers count too.
  const buttons = [{ label: labels.yes, answer: true }, { label: labels.no, answer: false }];
  const pressed = choiceByLabel(text, buttons) ?? choiceByNumber(text, buttons);
  if (pressed) return pressed.answer;
  const command = readCommand(text, commands);
  return command === 'yes' ? true : command === 'no' ? false : undefined;
}
