import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../src/app/load-content';
import type { LatchConfig } from '../../src/config';
import { modelKey } from '../../src/nlu/model-cache';
import { ConceptMatcher } from '../../src/safety/concept-matcher';

/*
 * The real content/ as the global setup loads it, kept as JSON that also keeps its Maps, Sets, shared
 * objects and the one class in it (the compiled sign concepts). A test file's shared engine reads it in tens
 * of milliseconds instead of parsing the YAML and compiling the concepts again, which took most of a second
 * in each of some fifty files. The file's name carries a hash of content/, dialogs/, src/ and this file, so
 * any change to what loading produces means a new snapshot. Whatever the snapshot cannot keep exactly (any
 * other class, a function, a getter, a frozen object) means no snapshot: each file then loads content itself.
 */

/** The classes a snapshot may hold, by name; their instances are rebuilt on the test's own prototype. */
const classes: Record<string, { prototype: object }> = { ConceptMatcher };

/** A value as written: JSON values as they are, `{ r }` another node, `{ u }` undefined, `{ n }` a non-finite number. */
type Written = string | number | boolean | null | { r: number } | { u: 0 } | { n: string };

type Node =
  | { kind: 'object'; className?: string; entries: [string, Written][] }
  | { kind: 'array'; items: Written[] }
  | { kind: 'map'; entries: [Written, Written][] }
  | { kind: 'set'; items: Written[] }
  | { kind: 'typed'; type: TypedArrayName; items: number[] };

/** The typed arrays a snapshot may hold (the compiled concepts keep their start lists in one). */
const typedArrays = { Int32Array, Uint32Array, Float32Array, Float64Array, Uint8Array, Uint16Array, Int16Array, Int8Array };
type TypedArrayName = keyof typeof typedArrays;

function typedArrayName(value: object): TypedArrayName | undefined {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return undefined;
  const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
  return typeof name === 'string' && name in typedArrays ? (name as TypedArrayName) : undefined;
}

class CannotKeep extends Error {}

/**
 * 'Object', 'Array', 'Map' or 'Set' for a plain built-in of any realm (not a subclass), else undefined. By
 * name, not identity: some arrays (readdirSync's, say) come from Node's own realm, not the test file's.
 */
function builtInKind(value: object): string | undefined {
  const prototype = Object.getPrototypeOf(value);
  if (prototype === null) return undefined;
  const name: unknown = Object.getOwnPropertyDescriptor(prototype, 'constructor')?.value?.name;
  const parent = Object.getPrototypeOf(prototype);
  if (name === 'Object' && parent === null && Object.prototype.toString.call(value) === '[object Object]') return 'Object';
  const isDirect = parent !== null && Object.getPrototypeOf(parent) === null;
  if ((name === 'Array' || name === 'Map' || name === 'Set') && isDirect && Object.prototype.toString.call(value) === `[object ${name}]`) return name;
  return undefined;
}

function encode(root: object): Node[] {
  const nodes: Node[] = [];
  const index = new Map<object, number>();
  const pending: [object, number][] = [];
  const written = (value: unknown): Written => {
    if (value === undefined) return { u: 0 };
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : { n: String(value) };
    if (typeof value !== 'object') throw new CannotKeep(`a ${typeof value}`);
    let at = index.get(value);
    if (at === undefined) {
      at = nodes.length;
      index.set(value, at);
      nodes.push({ kind: 'array', items: [] });
      pending.push([value, at]);
    }
    return { r: at };
  };
  written(root);
  while (pending.length > 0) {
    const [value, at] = pending.pop()!;
    if (Object.isFrozen(value) || Object.getOwnPropertySymbols(value).length > 0) throw new CannotKeep('a frozen object or a symbol key');
    const kind = builtInKind(value);
    const typedName = typedArrayName(value);
    if (typedName) {
      nodes[at] = { kind: 'typed', type: typedName, items: Array.from(value as ArrayLike<number>) };
    } else if (kind === 'Array') {
      const array = value as unknown[];
      if (Object.keys(array).length !== array.length) throw new CannotKeep('a sparse or decorated array');
      nodes[at] = { kind: 'array', items: array.map(written) };
    } else if (kind === 'Map') {
      nodes[at] = { kind: 'map', entries: [...(value as Map<unknown, unknown>)].map(([key, entry]) => [written(key), written(entry)]) };
    } else if (kind === 'Set') {
      nodes[at] = { kind: 'set', items: [...(value as Set<unknown>)].map(written) };
    } else {
      const prototype = Object.getPrototypeOf(value);
      const className = Object.entries(classes).find(([, type]) => type.prototype === prototype)?.[0];
      if (kind !== 'Object' && !className) throw new CannotKeep(`an instance of ${prototype?.constructor?.name ?? 'a null prototype'}`);
      const descriptors = Object.getOwnPropertyDescriptors(value);
      const entries: [string, Written][] = [];
      for (const [key, descriptor] of Object.entries(descriptors)) {
        if (!('value' in descriptor) || !descriptor.enumerable || !descriptor.writable) throw new CannotKeep(`a getter or hidden property (${key})`);
        entries.push([key, written(descriptor.value)]);
      }
      nodes[at] = { kind: 'object', className, entries };
    }
  }
  return nodes;
}

function decode(nodes: Node[]): unknown {
  // Shells first, so shared and circular references can point at any of them.
  const shells = nodes.map((node): object => {
    if (node.kind === 'array') return [];
    if (node.kind === 'map') return new Map();
    if (node.kind === 'set') return new Set();
    if (node.kind === 'typed') return typedArrays[node.type].from(node.items);
    return node.className ? Object.create(classes[node.className].prototype) : {};
  });
  const read = (value: Written): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if ('r' in value) return shells[value.r];
    if ('n' in value) return Number(value.n);
    return undefined;
  };
  nodes.forEach((node, at) => {
    const shell = shells[at];
    if (node.kind === 'array') for (const item of node.items) (shell as unknown[]).push(read(item));
    else if (node.kind === 'map') for (const [key, entry] of node.entries) (shell as Map<unknown, unknown>).set(read(key), read(entry));
    else if (node.kind === 'set') for (const item of node.items) (shell as Set<unknown>).add(read(item));
    else if (node.kind === 'object') {
      // On a plain object, assignment makes the same enumerable, writable property at half defineProperty's
      // cost (the snapshot's 35,000 objects took 160 ms a file). Not "__proto__" (that sets the prototype),
      // and not on a class instance, whose prototype could have a setter or getter of the same name.
      for (const [key, entry] of node.entries) {
        if (key === '__proto__' || node.className) Object.defineProperty(shell, key, { value: read(entry), enumerable: true, writable: true, configurable: true });
        else (shell as Record<string, unknown>)[key] = read(entry);
      }
    }
  });
  return shells[0];
}

type SnapshotConfig = Pick<LatchConfig, 'contentDirectory' | 'dialogsDirectory' | 'modelCacheDirectory' | 'projectRoot' | 'locale'>;

function snapshotPath(config: SnapshotConfig): string | undefined {
  if (!config.modelCacheDirectory) return undefined;
  const key = modelKey([config.contentDirectory, config.dialogsDirectory, join(config.projectRoot, 'src'), __filename], { locale: config.locale });
  return join(config.modelCacheDirectory, `test-content-${key}.json`);
}

/** Writes the snapshot of `content` (loaded with `config`) unless it is there already; says why when it cannot. */
export function writeContentSnapshot(config: SnapshotConfig, content: Content): string | undefined {
  const path = snapshotPath(config);
  if (!path) return undefined;
  if (existsSync(path)) return undefined;
  try {
    const text = JSON.stringify(encode(content));
    mkdirSync(config.modelCacheDirectory!, { recursive: true });
    for (const name of readdirSync(config.modelCacheDirectory!)) if (name.startsWith('test-content-')) rmSync(join(config.modelCacheDirectory!, name), { force: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, path);
    return undefined;
  } catch (error) {
    return `the content snapshot for the tests could not be written (${(error as Error).message})`;
  }
}

/** The snapshot for this config's content, or undefined when there is none (then load content as usual). */
export function readContentSnapshot(config: SnapshotConfig): Content | undefined {
  const path = snapshotPath(config);
  if (!path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  return decode(JSON.parse(text) as Node[]) as Content;
}
