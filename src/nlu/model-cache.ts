import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashFile } from './hash-file';
import { parseCompiledModel, serialiseCompiledModel, type CompiledModel } from './compiled-model';

/**
 * A hash of every file under the given folders or files (content/, dialogs/, the training code) and of the
 * options: the same inputs give the same key, and any change to them gives a new one.
 */
export function modelKey(folders: readonly string[], options: unknown): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(options));
  for (const folder of folders) {
    for (const path of filesUnder(folder)) {
      hash.update(`\0${relative(folder, path)}\0`);
      hashFile(hash, path);
    }
  }
  return hash.digest('hex').slice(0, 24);
}

function filesUnder(folder: string): string[] {
  if (statSync(folder, { throwIfNoEntry: false })?.isFile()) return [folder];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    const path = join(folder, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) files.push(...filesUnder(path));
    else if (stat?.isFile() && !name.endsWith('.map')) files.push(path);
  }
  return files;
}

const fileName = (key: string) => `model-${key}.bin`;

export type CacheMiss = 'missing' | 'unreadable';

/**
 * The cached model for `key`, or why there is none. A corrupt, truncated or foreign file is a miss, never a
 * crash: the caller trains again and overwrites it.
 */
export function readCachedModel(directory: string, key: string): { model: CompiledModel } | { miss: CacheMiss; detail?: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(directory, fileName(key)));
  } catch {
    return { miss: 'missing' };
  }
  try {
    const model = parseCompiledModel(bytes);
    if (model.key !== key) return { miss: 'unreadable', detail: `holds model ${model.key}` };
    // Marks it as in use, so writing other models does not evict it first.
    try {
      const now = new Date();
      utimesSync(join(directory, fileName(key)), now, now);
    } catch {
      // A read-only cache still serves; it just cannot say it was used.
    }
    return { model };
  } catch (error) {
    return { miss: 'unreadable', detail: (error as Error).message };
  }
}

/** Models kept side by side: the compiled build and the test run hash different code files, so each keeps its own. */
const modelsKept = 8;

/**
 * Writes the model under its key, atomically (a temporary file renamed into place, so a reader in another
 * process sees the old file or the whole new one), and removes all but the newest few.
 */
export function writeCachedModel(directory: string, model: CompiledModel): string {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, fileName(model.key));
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, serialiseCompiledModel(model));
  renameSync(temporary, path);
  const older = readdirSync(directory)
    .filter((name) => /^model-[0-9a-f]+\.bin$/.test(name))
    .map((name) => ({ name, modified: statSync(join(directory, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.modified - a.modified)
    .slice(modelsKept);
  for (const { name } of older) rmSync(join(directory, name), { force: true });
  return path;
}
