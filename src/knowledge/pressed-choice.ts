import { phrasingKey } from './phrasing-key';

/** The choice whose label the message is, as a pressed button sends it back (case and punctuation aside). */
export function choiceByLabel<Choice extends { label: string }>(text: string, choices: readonly Choice[]): Choice | undefined {
  const key = phrasingKey(text);
  return choices.find((choice) => phrasingKey(choice.label) === key);
}

/** The choice whose number the message is, "2" for the second, as the terminal numbers the buttons. */
export function choiceByNumber<Choice>(text: string, choices: readonly Choice[]): Choice | undefined {
  const key = phrasingKey(text);
  const number = /^\d+$/.test(key) ? Number(key) : NaN;
  return number >= 1 && number <= choices.length ? choices[number - 1] : undefined;
}
