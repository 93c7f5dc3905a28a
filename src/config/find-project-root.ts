import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder holding latch's package.json, found from this file so `latch` works from any directory. */
export function findProjectRoot(start: string = __dirname): string {
  let directory = start;
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'latch') return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`cannot find latch's package.json above ${start}`);
    directory = parent;
  }
}
