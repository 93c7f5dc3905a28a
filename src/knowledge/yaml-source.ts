import type * as Yaml from 'yaml';
import type { ContentProblem } from './content-error';

export type YamlPath = readonly (string | number)[];

/**
 * The yaml library, loaded on first parse: a start whose content comes from the parsed-YAML cache
 * (yaml-cache.ts) never parses, and the library is several MB of a server's memory.
 */
function yaml(): typeof Yaml {
  return require('yaml') as typeof Yaml;
}

/** A line a source was asked for, kept so that a cached copy can answer the same question without the document. */
export type LineAnswer = number | null;

/** What the parsed-YAML cache keeps of a source: its data and the lines it was asked for, by question. */
export interface KeptYaml {
  data: unknown;
  lines: Record<string, LineAnswer>;
}

interface ParsedDocument {
  document: Yaml.Document.Parsed;
  lineCounter: Yaml.LineCounter;
}

/**
 * A parsed YAML file that can say on which line any value of it stands. From the cache it holds the data and
 * the answers to the line questions its first load asked; a question not among them (a new problem, found
 * because another file changed) parses the text then, so every answer is the document's own.
 */
export class YamlSource {
  private parsed: ParsedDocument | undefined;
  /** The line answers found in the document so far, when the source is to be cached (yaml-cache.ts writes them). */
  private readonly asked: Record<string, LineAnswer> | undefined;

  private constructor(
    readonly file: string,
    private readonly text: string,
    readonly data: unknown,
    parsed: ParsedDocument | undefined,
    private readonly kept: Record<string, LineAnswer> | undefined,
    recordLines: boolean,
  ) {
    this.parsed = parsed;
    this.asked = recordLines ? {} : undefined;
  }

  /** Parses `text`; syntax errors come back as problems with their line instead of a throw. */
  static parse(file: string, text: string, options: { recordLines?: boolean } = {}): { source?: YamlSource; problems: ContentProblem[] } {
    const parsed = parseText(text);
    const problems = parsed.document.errors.map((error) => ({
      file,
      line: error.linePos?.[0].line,
      path: '',
      message: `YAML syntax: ${error.message.split('\n')[0]}`,
    }));
    if (problems.length > 0) return { problems };
    return { source: new YamlSource(file, text, parsed.document.toJS(), parsed, undefined, options.recordLines ?? false), problems: [] };
  }

  /** A source from the cache: `kept` was made from this same text by an earlier `parse` with recordLines. */
  static fromKept(file: string, text: string, kept: KeptYaml): YamlSource {
    return new YamlSource(file, text, kept.data, undefined, kept.lines, true);
  }

  /** The line answers given so far, beside those it was kept with: what the cache keeps of this source. */
  keptLines(): Record<string, LineAnswer> {
    return { ...this.kept, ...this.asked };
  }

  /**
   * For a source from the cache that had to parse its text after all (a question its first load did not
   * ask): the data as parsed, so the cache can keep it again with the new answers. Else undefined.
   */
  reparsedData(): unknown {
    return this.kept && this.parsed ? this.parsed.document.toJS() : undefined;
  }

  /**
   * Whether the data can be kept as JSON without changing what a load reads: an alias (`*name`) is one
   * object in two places, which JSON would make two.
   */
  keepable(): boolean {
    let alias = false;
    const { document } = this.document();
    yaml().visit(document, {
      Alias() {
        alias = true;
        return yaml().visit.BREAK;
      },
    });
    return !alias;
  }

  /** The line of the value at `path`, or of its nearest existing parent when the value is missing. */
  lineOf(path: YamlPath): number | undefined {
    return this.answer(`l${JSON.stringify(path)}`, () => {
      const { document, lineCounter } = this.document();
      for (let length = path.length; length >= 0; length--) {
        const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
        if (node && node.range) return lineCounter.linePos(node.range[0]).line;
        if (length === 0) break;
      }
      return undefined;
    });
  }

  /** The line where `key` itself is written inside the mapping at `path` (an unknown key has no value worth pointing at). */
  lineOfKey(path: YamlPath, key: string): number | undefined {
    return this.answer(`k${JSON.stringify([path, key])}`, () => {
      const { document, lineCounter } = this.document();
      const parent = path.length === 0 ? document.contents : document.getIn(path, true);
      if (yaml().isMap(parent)) {
        for (const pair of parent.items) {
          if (yaml().isScalar(pair.key) && pair.key.value === key && pair.key.range) return lineCounter.linePos(pair.key.range[0]).line;
        }
      }
      return this.lineOf(path);
    });
  }

  /**
   * The line of the `index`-th line inside a block scalar (`examples: |`), where phrasings are written one
   * per line; falls back to the scalar's own line.
   */
  lineInBlock(path: YamlPath, rawLineIndex: number): number | undefined {
    // One answer per block (its first line, negative when it is no block), not one per phrasing in it.
    const start = this.answer(`b${JSON.stringify(path)}`, () => {
      const { document, lineCounter } = this.document();
      const node = document.getIn(path, true);
      if (!yaml().isScalar(node) || !node.range) return undefined;
      const line = lineCounter.linePos(node.range[0]).line;
      return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? line : -line;
    });
    if (start === undefined) return this.lineOf(path);
    return start > 0 ? start + 1 + rawLineIndex : -start;
  }

  problem(path: YamlPath, message: string): ContentProblem {
    return { file: this.file, line: this.lineOf(path), path: formatPath(path), message };
  }

  private answer(question: string, find: () => number | undefined): number | undefined {
    if (this.kept && Object.hasOwn(this.kept, question)) return this.kept[question] ?? undefined;
    const line = find();
    if (this.asked) this.asked[question] = line ?? null;
    return line;
  }

  private document(): ParsedDocument {
    return (this.parsed ??= parseText(this.text));
  }
}

function parseText(text: string): ParsedDocument {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  return { document: parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true }), lineCounter };
}

export function formatPath(path: YamlPath): string {
  // Joined once rather than appended part by part: appending leaves V8 a tree of partial strings, and every one of
  // the 22,000 phrasings keeps its path for as long as the server runs (2 MB of RSS, issue 13).
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
