import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './content-error';

export type YamlPath = readonly (string | number)[];

/** A parsed YAML file that can say on which line any value of it stands. */
export class YamlSource {
  readonly data: unknown;

  private constructor(
    readonly file: string,
    private readonly document: Document.Parsed,
    private readonly lineCounter: LineCounter,
  ) {
    this.data = document.toJS();
  }

  /** Parses `text`; syntax errors come back as problems with their line instead of a throw. */
  static parse(file: string, text: string): { source?: YamlSource; problems: ContentProblem[] } {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    const problems = document.errors.map((error) => ({
      file,
      line: error.linePos?.[0].line,
      path: '',
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
    }));
    if (problems.length > 0) return { problems };
    return { source: new YamlSource(file, document, lineCounter), problems: [] };
  }

  /** The line of the value at `path`, or of its nearest existing parent when the value is missing. */
  lineOf(path: YamlPath): number | undefined {
    for (let length = path.length; length >= 0; length--) {
      const node = this.document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node && node.range) return this.lineCounter.linePos(node.range[0]).line;
      if (length === 0) break;
    }
    return undefined;
  }

  /** The line where `key` itself is written inside the mapping at `path` (an unknown key has no value worth pointing at). */
  lineOfKey(path: YamlPath, key: string): number | undefined {
    const parent = path.length === 0 ? this.document.contents : this.document.getIn(path, true);
    if (isMap(parent)) {
      for (const pair of parent.items) {
        if (isScalar(pair.key) && pair.key.value === key && pair.key.range) return this.lineCounter.linePos(pair.key.range[0]).line;
      }
    }
    return this.lineOf(path);
  }

  /**
   * The line of the `index`-th line inside a block scalar (`examples: |`), where phrasings are written one
   * per line; falls back to the scalar's own line.
   */
  lineInBlock(path: YamlPath, rawLineIndex: number): number | undefined {
    const node = this.document.getIn(path, true);
    if (!isScalar(node) || !node.range) return this.lineOf(path);
    const start = this.lineCounter.linePos(node.range[0]).line;
    const isBlock = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    return isBlock ? start + 1 + rawLineIndex : start;
  }

  problem(path: YamlPath, message: string): ContentProblem {
    return { file: this.file, line: this.lineOf(path), path: formatPath(path), message };
  }
}

export function formatPath(path: YamlPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}
