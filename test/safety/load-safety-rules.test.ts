import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { loadSafetyContent } from '../../src/safety/load-safety-rules';

const config = loadConfig({});
let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'latch-safety-'));
  cpSync(join(config.contentDirectory, 'safety.yaml'), join(folder, 'content', 'safety.yaml'), { recursive: true });
  // The escalation sentences hold UK and US words; the locales file says which is which.
  cpSync(join(config.contentDirectory, 'locales.yaml'), join(folder, 'content', 'locales.yaml'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** safety.yaml with one edit, loaded; the error message, or '' when it loads. */
function loadWith(edit: (text: string) => string): string {
  const path = join(folder, 'content', 'safety.yaml');
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  try {
    loadSafetyContent(join(folder, 'content'), folder);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

// Edits that touch different parts of the file and are each reported beside the others (none stops the
// checks early) are made together and the file loaded once: one parse of the 200 KB file and one matcher
// instead of four. Each test still looks for its own problem, named where it is.
const together = {
  unknownSign: (text: string) => text.replace('signs: [floppy, wake_told,', 'signs: [flopy, wake_told,'),
  unknownReference: (text: string) => text.replace('  blotchy: [', "  blotchy: ['{no_such_concept}', "),
  missingWording: (text: string) => text.replace(/\n    mother-blood-in-milk:\n      - \{[^\n]*\n/, '\n'),
  unknownThresholdRow: (text: string) => text.replace('row_thresholds: { mother-mental-health:', 'row_thresholds: { mother-mental-helth:'),
  historyNotASign: (text: string) => text.replace('history: [milk_risk]', 'history: [milk_risks]'),
};
let editedTogether = '';
let messageTogether = '';
let messageUnedited = '';

/** `text` as content/safety.yaml of a folder of its own, loaded; the error message, or '' when it loads. */
function loadText(text: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'latch-safety-'));
  try {
    mkdirSync(join(folder, 'content'));
    writeFileSync(join(folder, 'content', 'safety.yaml'), text);
    cpSync(join(config.contentDirectory, 'locales.yaml'), join(folder, 'content', 'locales.yaml'));
    loadSafetyContent(join(folder, 'content'), folder);
    return '';
  } catch (error) {
    return (error as Error).message;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('loadSafetyContent', () => {
  beforeAll(() => {
    const original = readFileSync(join(config.contentDirectory, 'safety.yaml'), 'utf8');
    const edits = Object.values(together);
    editedTogether = edits.reduce((text, edit) => edit(text), original);
    // Every edit found its text (a file that changed under one would make its test pass for nothing).
    for (const edit of edits) expect(edit(original)).not.toBe(original);
    messageTogether = loadText(editedTogether);
    // The file's first load also compiles the loader's code and schemas: several times a later load, and on a
    // busy machine seconds of a test's 5 s limit, so it is done here, outside any test. So is the load of the
    // file as it is (parsing its 200 KB and compiling every concept: 3.5 s of 5 s under a load of 10).
    messageUnedited = loadText(original);
  }, 30_000);

  it('loads the real file', () => {
    expect(messageUnedited).toBe('');
  });

  it('names the file and line of a sign that names an unknown concept, and what to do', () => {
    expect(messageTogether).toContain(`content/safety.yaml:${lineOf(editedTogether, 'signs: [flopy, wake_told,')} `);
    expect(messageTogether).toContain('"flopy", which is not a concept');
  });

  it('refuses a phrase that refers to a concept that does not exist', () => {
    expect(messageTogether).toContain('refers to {no_such_concept}, which is not a concept');
  });

  // The two edits below are each loaded on their own, not with the ones above: a parse of the whole 200 KB file
  // each, 4.51 and 1.90 of the default 5 s in whole runs at load 10-12.
  it('refuses concepts that refer to each other in a circle', () => {
    expect(loadWith((text) => text.replace('  blotchy: [', "  blotchy: ['{mottled}', ").replace('  mottled: [', "  mottled: ['{blotchy}', "))).toContain('refers to itself through other concepts');
  }, 30_000);

  it('refuses a sign written wrongly, with what a sign looks like', () => {
    expect(loadWith((text) => text.replace('signs: [floppy, wake_told,', 'signs: [floppy & wake_told,'))).toContain('is not a sign');
  }, 30_000);

  it('needs safety-check wording for every row', () => {
    expect(messageTogether).toContain('has no wording for row mother-blood-in-milk');
  });

  it("refuses a history reading of a concept that is none of the rule's signs, with the line", () => {
    expect(messageTogether).toContain(`content/safety.yaml:${lineOf(editedTogether, 'history: [milk_risks]')} `);
    expect(messageTogether).toContain('"milk_risks", which is no concept of this rule\'s signs');
  });

  it('refuses a safety-check threshold for a row that does not exist, with the line', () => {
    expect(messageTogether).toContain(`content/safety.yaml:${lineOf(editedTogether, 'row_thresholds: { mother-mental-helth:')} `);
    expect(messageTogether).toContain('is not a row of safety_check.rows');
  });
});
