import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, type Content } from '../../src/app/load-content';
import { loadConfig, type LatchConfig } from '../../src/config';
import { checkDialogs, readDialogFiles } from '../../src/dialog/load-dialogs';
import { ContentError, type ContentProblem } from '../../src/knowledge/content-error';
import { loadLocaleWording } from '../../src/knowledge/locale-wording';
import { safetyRuleIds } from '../../src/safety/red-flag-rule';
import { sharedContent } from '../support/shared-engine';

// Each test copies the real dialogs/ into a temporary folder, breaks one line, and reads the problems.
// The dialogs are checked against content/'s intents, answers and safety rules; loading all of content/ took
// one to two seconds a test on a loaded machine. content/ is the same in every test, so it is read once (the
// content snapshot the test files share, which content-snapshot.test.ts checks is what loadContent gives; the
// first test checks loadContent itself on the copied dialogs) and each test reads and checks its dialogs
// against it as loadContent does; where an edit changes which dialogs there are, the test loads everything
// again, as the knowledge base is checked against the dialogs' ids.
jest.setTimeout(30_000);
const realConfig = loadConfig({});
let folder: string;
let config: LatchConfig;
let real: Content;
let locale: { wording: ReturnType<typeof loadLocaleWording>; locale: string };
let ruleIds: Set<string>;

beforeAll(() => {
  real = sharedContent();
  locale = { wording: loadLocaleWording(realConfig.contentDirectory, realConfig.projectRoot), locale: realConfig.locale };
  ruleIds = safetyRuleIds(real.safetyRules);
});

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'latch-dialogs-'));
  cpSync(realConfig.dialogsDirectory, folder, { recursive: true });
  // content/ itself beside the copied dialogs, under its own name: its files are shown as content/…, as in the
  // real project, so loadContent reads them from the parsed-YAML cache the global setup filled. Shown from the
  // folder as ../…/content/…, they were parsed again (2 s of CPU, 10 s at load 10 on a fresh clone).
  symlinkSync(realConfig.contentDirectory, join(folder, 'content'), 'dir');
  config = { ...realConfig, projectRoot: folder, dialogsDirectory: folder, contentDirectory: join(folder, 'content') };
});
afterEach(() => {
  // The link first, so nothing below removes a file of the real content/.
  unlinkSync(join(folder, 'content'));
  rmSync(folder, { recursive: true, force: true });
});

function edit(file: string, from: string, to: string): string {
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
  const edited = text.replace(from, to);
  writeFileSync(path, edited);
  return edited;
}

/** Every problem loadContent(config) would report, all of content/ loaded again. */
function problemsLoadingEverything(): ContentProblem[] {
  try {
    loadContent(config);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

/** The same problems, in loadContent's order, with content/ as loaded before the tests. */
function problems(): ContentProblem[] {
  const read = readDialogFiles(config.dialogsDirectory, config.projectRoot, locale);
  if (read.problems.length > 0) return read.problems;
  const ids = read.dialogs.map(({ definition }) => definition.id).sort();
  if (ids.join() !== [...real.dialogs.keys()].sort().join()) return problemsLoadingEverything();
  return checkDialogs(read.dialogs, real.knowledgeBase, ruleIds);
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

describe('loading dialogs/', () => {
  it('loads the real dialogs without problems', () => {
    expect(problemsLoadingEverything()).toEqual([]);
    expect(problems()).toEqual([]);
  });

  it('names the file, line and a suggestion for an answer id that does not exist', () => {
    const text = edit('milk-late.yaml', 'answer: milk.late.early', 'answer: milk.late.erly');
    expect(problems()).toEqual([
      { file: 'milk-late.yaml', line: lineOf(text, 'milk.late.erly'), path: 'branches[1].answer', message: expect.stringContaining('"milk.late.erly" is not an answer id (did you mean "milk.late.early"?)') },
    ]);
    // The shortcut above reports what loading everything reports, in the same order.
    expect(problemsLoadingEverything()).toEqual(problems());
  });

  it('rejects a trigger that is not an intent', () => {
    edit('feeding-check.yaml', 'trigger: feeding.enough', 'trigger: feeding.enuf');
    expect(problems()).toEqual([expect.objectContaining({ path: 'trigger', message: expect.stringContaining('"feeding.enuf" is not an intent id') })]);
  });

  it('asks the trigger intent to name the dialog', () => {
    edit('feeding-check.yaml', 'trigger: feeding.enough', 'trigger: milk.colostrum');
    expect(problems()[0].message).toMatch(/intent milk\.colostrum \(.*content\/milk\.yaml:\d+\) must say `dialog: feeding-check`/);
  });

  it('rejects a red flag that is not a rule of safety.yaml', () => {
    edit('feeding-check.yaml', 'red_flag: baby.dirty_nappies', 'red_flag: baby.dirty_napies');
    expect(problems()).toEqual([expect.objectContaining({ path: 'branches[1].red_flag', message: expect.stringContaining('did you mean "baby.dirty_nappies"?') })]);
  });

  it('rejects a condition on a name that is neither a slot nor a fact', () => {
    edit('milk-late.yaml', 'when: { nappies_on_track: false }', 'when: { nappies_ok: false }');
    expect(problems()).toEqual([expect.objectContaining({ path: 'branches[0].when.nappies_ok', message: expect.stringContaining('is neither a slot of this dialog') })]);
  });

  it('insists that the last branch has no condition', () => {
    edit('milk-late.yaml', '  - answer: milk.late.delayed', '  - when: { days_since_birth: { gte: 3 } }\n    answer: milk.late.delayed');
    expect(problems()).toEqual([expect.objectContaining({ path: 'branches[2].when', message: expect.stringContaining('the last branch must have no `when`') })]);
  });

  it('rejects a question placeholder it cannot fill', () => {
    edit('milk-late.yaml', 'at least {wet_nappies_minimum} wet', 'at least {wet_minimum} wet');
    expect(problems()[0].message).toContain('{wet_minimum} cannot be filled in a question');
  });

  it('rejects a choice value of the wrong kind for its reader', () => {
    edit('about-my-baby.yaml', 'value: caesarean', 'value: c-section');
    expect(problems()[0]).toMatchObject({ path: 'slots[1].choices[1].value', message: expect.stringContaining('is not a value a "birth_type" slot holds') });
  });

  it('reports a schema problem with the line and the valid keys', () => {
    const text = edit('milk-late.yaml', '    read: yes_no', '    reads: yes_no');
    expect(problems()).toContainEqual(
      expect.objectContaining({ file: 'milk-late.yaml', line: lineOf(text, 'reads: yes_no'), message: expect.stringContaining('unknown key "reads" (did you mean "read"?)') }),
    );
  });

  it('needs exactly one of answer, red_flag or say in a branch', () => {
    edit('milk-late.yaml', '    red_flag: baby.wet_nappies', '    red_flag: baby.wet_nappies\n    answer: milk.late');
    expect(problems()[0].message).toContain('needs exactly one of `answer`, `red_flag` or `say`');
  });

  it('wants a dialog in a file named after its id', () => {
    edit('milk-late.yaml', 'id: milk-late', 'id: milk-late-2');
    expect(problems()).toContainEqual(expect.objectContaining({ message: 'dialog "milk-late-2" should be in a file named milk-late-2.yaml' }));
  });
});
