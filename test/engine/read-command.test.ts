import type { CommandWords } from '../../src/knowledge/content-schema';
import { readCommand } from '../../src/engine/read-command';

// A small set of commands of the content's kind; a message is a command when its phrasing key is one's.
const commands: CommandWords = {
  cancel: ['stop', 'cancel', 'never mind'],
  start_over: ['start over', 'start again'],
  forget: ['forget what i told you'],
  yes: ['yes', 'y'],
  no: ['no', 'not really'],
};

describe('readCommand', () => {
  it('reads a command whatever its case, punctuation and spacing', () => {
    expect(readCommand('Start   over!!', commands)).toBe('start_over');
    expect(readCommand('NEVER-MIND.', commands)).toBe('cancel');
    expect(readCommand('  Forget what I told you  ', commands)).toBe('forget');
    expect(readCommand('y', commands)).toBe('yes');
  });

  it('reads a command typed with characters beyond ASCII, which NFKC folds', () => {
    // Fullwidth letters fold to "stop"; the ASCII count of letters (none) must not rule it out.
    expect(readCommand('ｓｔｏｐ', commands)).toBe('cancel');
    expect(readCommand('Not really…', commands)).toBe('no');
  });

  it('reads no command in a message with as many letters as one but other words, nor in a question', () => {
    // "start overs" has one letter more than any key; "stop" and "spot" have the same count.
    expect(readCommand('start overs', commands)).toBeUndefined();
    expect(readCommand('spot', commands)).toBeUndefined();
    expect(readCommand('how do i stop feeding at night', commands)).toBeUndefined();
  });
});
