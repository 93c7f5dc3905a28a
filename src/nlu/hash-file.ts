import type { Hash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';

/** The size of the one buffer every file is hashed through: under glibc's 128 KB mmap threshold. */
const chunkBytes = 64 * 1024;
let chunk: Buffer | undefined;

/**
 * Feeds a file's bytes to `hash` in 64 KB pieces through one reused buffer, where `hash.update(readFileSync(path))`
 * read each file whole. The cache keys read some 30 MB at every start (the red-flag corpus, content, code);
 * each whole file was a large allocation freed moments later, after which glibc's allocator kept later ones in
 * its arenas and never gave their memory back. Read this way, RSS at ready fell from 156 to 141 MB (median of 10
 * starts of the benchmark server each; issue 13).
 */
export function hashFile(hash: Hash, path: string): Hash {
  chunk ??= Buffer.allocUnsafe(chunkBytes);
  const file = openSync(path, 'r');
  try {
    for (let position = 0; ; ) {
      const count = readSync(file, chunk, 0, chunkBytes, position);
      if (count === 0) return hash;
      hash.update(chunk.subarray(0, count));
      position += count;
    }
  } finally {
    closeSync(file);
  }
}

/** A file's bytes into the key, or that it is missing: a corpus file added later then changes the key too. */
export function hashFileOrMissing(hash: Hash, path: string): void {
  if (existsSync(path)) hashFile(hash, path);
  else hash.update(`missing ${path}`);
}
