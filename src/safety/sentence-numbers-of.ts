import type { Recognition } from './recognition';

/** By token position (and one past the last), how many sentences end before it. */
export function sentenceNumbersOf(recognition: Recognition): Uint16Array {
  const { tokens } = recognition;
  const numbers = new Uint16Array(tokens.length + 1);
  let count = 0;
  for (let index = 0; index < tokens.length; index++) {
    numbers[index] = count;
    if (tokens[index].sentenceEnd) count++;
  }
  numbers[tokens.length] = count;
  return numbers;
}
