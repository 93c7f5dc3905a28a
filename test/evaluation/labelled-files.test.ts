import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTopicIntents } from '../../src/evaluation/import-questions';
import { readLabelledQuestions } from '../../src/evaluation/labelled-questions';
import { ContentError } from '../../src/knowledge/content-error';
import { readRedFlagCorpus } from '../../src/safety/red-flag-corpus';

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'latch-labelled-'));
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

describe('labelled files name the file and line of a mistake, as content does', () => {
  it('a question without a label', () => {
    const path = file('questions.yaml', '- q: why is my milk late\n  label: milk.late\n- q: is colostrum enough\n');
    expect(() => readLabelledQuestions(path)).toThrow(`${path}:3 [1].label: is required (expected string)`);
  });

  it('a red-flag entry whose level is not a level', () => {
    const path = file('red-flags.yaml', '- q: baby is floppy\n  label: RED_FLAG\n  row: floppy\n  level: sometime\n');
    expect(() => readRedFlagCorpus(path)).toThrow(`${path}:4 [0].level:`);
  });

  it('a red-flag entry without a row', () => {
    const path = file('red-flags-without-row.yaml', '- q: baby is floppy\n  label: RED_FLAG\n  row: floppy\n- q: baby is blue\n  label: RED_FLAG\n  level: emergency\n');
    expect(() => readRedFlagCorpus(path)).toThrow(`${path}:4 [1]: is a RED_FLAG without a row (add row: and level:)`);
  });

  it('a topic mapped to something that is not an intent id', () => {
    const path = file('topics.yaml', 'alcohol: diet.what_to_eat\nsmoking: Smoking!\n');
    expect(() => readTopicIntents(path)).toThrow(`${path}:2 smoking: expected an intent id`);
  });

  it('are not reported as broken content: `latch kb check`, the fix the command line offers for that, does not read them', () => {
    const thrown = (read: () => unknown): unknown => {
      try {
        read();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const questions = thrown(() => readLabelledQuestions(file('unlabelled.yaml', '- q: hi\n')));
    const topics = thrown(() => readTopicIntents(file('bad-topics.yaml', 'alcohol: Drinking!\n')));
    for (const error of [questions, topics]) {
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(ContentError);
    }
  });

  it('reads good files as before, and an empty topics file as no topics', () => {
    expect(readLabelledQuestions(file('good.yaml', '- q: hi\n  label: SMALLTALK\n'))).toEqual([{ q: 'hi', label: 'SMALLTALK' }]);
    expect(readTopicIntents(file('empty.yaml', ''))).toEqual({});
    expect(readTopicIntents(join(folder, 'missing.yaml'))).toEqual({});
  });
});
