import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Keeps `bytes` as `name` in the cache `directory`: written to a temporary file and renamed into place, so a
 * process reading at the same time never sees half a file; then every other file whose name starts with
 * `prefix` and ends with one of `suffixes` (those of older keys) is removed. A cache that cannot be written is
 * skipped: a read-only install trains at every start.
 */
export function keepCacheFile(directory: string, name: string, bytes: Uint8Array, prefix: string, suffixes: readonly string[]): void {
  const path = join(directory, name);
  try {
    mkdirSync(directory, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
    for (const other of readdirSync(directory)) {
      if (other !== name && other.startsWith(prefix) && suffixes.some((suffix) => other.endsWith(suffix))) rmSync(join(directory, other), { force: true });
    }
  } catch {
    // Nowhere to keep it: trained again next time.
  }
}
