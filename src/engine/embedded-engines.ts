/** Engines createEngine made (and wrappers that keep their guarantees): nothing else is known to answer from its inputs alone. */
const embeddedEngines = new WeakSet<object>();

/** Marks an engine as createEngine's own, for `isEmbedded`. */
export function markEmbedded<T extends object>(engine: T): T {
  embeddedEngines.add(engine);
  return engine;
}

/** Whether createEngine (or a wrapper keeping its guarantees) made this very object. */
export function isEmbedded(candidate: object): boolean {
  return embeddedEngines.has(candidate);
}
