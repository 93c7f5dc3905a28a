import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared specs folder (sample questions, red-flag development set): ../shared beside the main checkout,
 * or two levels up from a worktree in /work/wt/. When neither exists, ../shared, so a missing file is
 * named where it was expected.
 */
export function sharedFolder(projectRoot: string): string {
  const besideCheckout = join(projectRoot, '..', 'shared');
  return [besideCheckout, join(projectRoot, '..', '..', 'shared')].find((folder) => existsSync(folder)) ?? besideCheckout;
}
