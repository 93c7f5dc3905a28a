import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets its heap grow past what is alive before collecting, as a percentage. Left to itself V8
 * grows it up to fourfold under load on a machine with memory to spare: latch's live heap stays near 65 MB
 * with 10,000 conversations held, yet RSS climbed from 175 MB to 390 MB within 30,000 turns of garbage.
 * Bounded, RSS stays flat. How tight is a trade: each full collection stops every request in flight for
 * 15 to 45 ms, and at 50 % one came every second under load (the heap past the live 60 MB fills with what
 * turns leave behind at some 1.5 MB per young-generation collection), which made the POST /api/messages
 * p99. 100 % halves them: p99 and CPU per request both fell (issue 13, bench:server against the 50 % build
 * in one run) for about 30 MB more RSS under load, still flat over 100,000 turns (`npm run bench:memory`).
 */
const heapGrowthPercent = 100;

const flagSet = (name: string) => [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((flag) => flag.replace(/_/g, '-').startsWith(`--${name}`));

/** V8's own factor (version 11, Node 20), put back at ready. */
const defaultSemiSpaceGrowthFactor = 2;

/** Whether this process held its young generation small for start-up (an operator's own flag is left alone). */
let youngGenerationHeldForStartUp = false;

/**
 * Keeps V8's young generation at its starting size while the server loads its content and model, until
 * `boundHeapGrowth` at ready. Loading makes tens of megabytes of short-lived objects; left to itself V8 grows
 * the young generation to its full 2 × 16 MB for them and keeps it while the server idles: RSS at ready was
 * 148 to 161 MB (issue 13's target: under 150), 120 to 133 MB with this, for the same CPU time at start-up
 * (`npm run bench:memory`; 16 starts each). `--optimize-for-size` for start-up gave 115 MB but cost a fifth more
 * CPU, and the semi-space size cannot change once the process runs; the growth factor is read at each growth.
 * Under load the young generation grows again as turns need it.
 */
export function holdYoungGenerationUntilReady(): void {
  if (flagSet('semi-space-growth-factor')) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  youngGenerationHeldForStartUp = true;
}

function releaseYoungGeneration(): void {
  if (!youngGenerationHeldForStartUp) return;
  setFlagsFromString(`--semi-space-growth-factor=${defaultSemiSpaceGrowthFactor}`);
  youngGenerationHeldForStartUp = false;
}

/**
 * Bounds V8's heap growth for this long-running process, once start-up is done. V8 reads the growing factor
 * at every full collection, so it can be set now; one full collection then makes it apply from the first
 * turn (the limit V8 starts with let the heap reach 230 MB before its first collection). An operator's own
 * `--heap-growing-percent` in NODE_OPTIONS or on the command line wins.
 */
export function boundHeapGrowth(percent = heapGrowthPercent): void {
  if (percent <= 0 || flagSet('heap-growing-percent')) {
    releaseYoungGeneration();
    return;
  }
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  const exposed = flagSet('expose-gc');
  if (!exposed) setFlagsFromString('--expose-gc');
  // This one collection also compacts every page, not only the most fragmented: loading leaves the old
  // generation's pages a third empty (heap 61 MB for 41 MB alive), and V8's own collections, compacting
  // few pages each, kept them so. Compacted, RSS at ready fell from 143 to 127 MB (issue 13).
  const compacts = flagSet('compact-on-every-full-gc');
  if (!compacts) setFlagsFromString('--compact-on-every-full-gc');
  try {
    (runInNewContext('gc') as () => void)();
  } catch {
    // A Node that no longer hands out gc this way: the bound then applies from V8's first own collection.
  } finally {
    if (!compacts) setFlagsFromString('--no-compact-on-every-full-gc');
    releaseYoungGeneration();
    if (!exposed) setFlagsFromString('--no-expose-gc');
  }
}
