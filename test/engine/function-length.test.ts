import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** The bar for the engine: a function longer than this hides the turn's order instead of naming it. */
const maximumLines = 60;
const projectRoot = join(__dirname, '..', '..');
const engineFolder = join(projectRoot, 'src', 'engine');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every function, method and arrow function of a file, with its length in lines. */
function functionLengths(path: string): { where: string; lines: number }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { where: string; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ where: `${relative(projectRoot, path)}:${first + 1}`, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('src/engine', () => {
  it(`has no function longer than ${maximumLines} lines`, () => {
    const all = sourceFiles(engineFolder).flatMap(functionLengths);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((entry) => entry.lines > maximumLines)).toEqual([]);
  });
});
