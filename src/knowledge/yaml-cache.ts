import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ContentProblem } from './content-error';
import { YamlSource, type KeptYaml } from './yaml-source';

/** Reads one YAML text as a source: `YamlSource.parse`, or a YamlCache's `parse`. */
export type YamlReader = (file: string, text: string) => { source?: YamlSource; problems: ContentProblem[] };

export const parseYaml: YamlReader = (file, text) => YamlSource.parse(file, text);

/** Bump when what a kept file holds, or the questions a source records, change. */
const cacheVersion = 'parsed-yaml 1';

const filePrefix = 'yaml-';

interface Fresh {
  name: string;
  slug: string;
  /** The data as JSON, written when it was parsed; undefined for a source read from the cache. */
  dataJson?: string;
  source: YamlSource;
}

/**
 * Parsed content files kept as JSON in the model cache folder, each under a hash of its text. Parsing YAML
 * was most of a second of every start and left some 40 MB of garbage behind it, which the server's heap
 * kept as resident memory; JSON of the same data is read in milliseconds. A file's line numbers (every
 * phrasing carries one, and problems name them) come from the answers its first load recorded, and the
 * document is parsed after all when a question was not among them, so nothing read from the cache differs
 * from a parse. A missing, damaged or foreign file is parsed; a folder that cannot be written is skipped.
 */
export class YamlCache {
  private readonly fresh: Fresh[] = [];

  constructor(readonly directory: string) {}

  readonly parse: YamlReader = (file, text) => {
    const hash = createHash('sha256').update(cacheVersion).update('\0').update(text).digest('hex').slice(0, 24);
    const slug = file.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(-80);
    const name = `${filePrefix}${slug}-${hash}.json`;
    const kept = this.read(name);
    if (kept) {
      const source = YamlSource.fromKept(file, text, kept);
      this.fresh.push({ name, slug, source });
      return { source, problems: [] };
    }
    const parsed = YamlSource.parse(file, text, { recordLines: true });
    const source = parsed.source;
    if (source && source.keepable()) {
      // As JSON now, before any loader could change the data it was given.
      const dataJson = JSON.stringify(source.data);
      if (dataJson !== undefined && isDeepStrictEqual(JSON.parse(dataJson), source.data)) this.fresh.push({ name, slug, dataJson, source });
    }
    return parsed;
  };

  /**
   * Writes the files parsed since the last save with the line answers they gave (and a cached file again
   * when it had to be parsed for an answer it did not hold), and removes older copies of the same files;
   * call it once the content they belong to has loaded. Says why when it cannot.
   */
  save(): string | undefined {
    const toWrite = this.fresh.splice(0).flatMap((entry) => {
      if (entry.dataJson !== undefined) return [{ ...entry, dataJson: entry.dataJson }];
      const reparsed = entry.source.reparsedData();
      return reparsed === undefined ? [] : [{ ...entry, dataJson: JSON.stringify(reparsed) }];
    });
    if (toWrite.length === 0) return undefined;
    try {
      mkdirSync(this.directory, { recursive: true });
      const existing = readdirSync(this.directory);
      for (const entry of toWrite) {
        const path = join(this.directory, entry.name);
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, `{"data":${entry.dataJson},"lines":${JSON.stringify(entry.source.keptLines())}}`);
        renameSync(temporary, path);
        // The same file's copies for its earlier texts: the slug, then nothing but a hash.
        const older = `${filePrefix}${entry.slug}-`;
        for (const other of existing) {
          if (other !== entry.name && other.startsWith(older) && /^[0-9a-f]{24}\.json$/.test(other.slice(older.length))) rmSync(join(this.directory, other), { force: true });
        }
      }
      return undefined;
    } catch (error) {
      return `parsed content could not be cached in ${this.directory}: ${(error as Error).message}`;
    }
  }

  private read(name: string): KeptYaml | undefined {
    let text: string;
    try {
      text = readFileSync(join(this.directory, name), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const kept = JSON.parse(text) as Partial<KeptYaml>;
      if (typeof kept !== 'object' || kept === null || !('data' in kept) || typeof kept.lines !== 'object' || kept.lines === null) return undefined;
      return { data: kept.data, lines: kept.lines };
    } catch {
      return undefined;
    }
  }
}
