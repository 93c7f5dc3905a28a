import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../../src/app/load-content';
import type { LatchConfig } from '../../src/config';
import { modelKey } from '../../src/nlu/model-cache';
import { ConceptMatcher } from '../../src/safety/concept-matcher';
import { PhraseStarts } from '../../src/safety/phrase-starts';
import { workerMemo } from './worker-memo';

/*
 * The real content/ as the global setup loads it, kept as JSON that also keeps its Maps, Sets, shared
 * objects and the classes in it (the compiled sign concepts and their phrase starts). A test file's shared
 * engine reads it in tens of milliseconds instead of parsing the YAML and compiling the concepts again,
 * which took most of a second in each of some fifty files. The file's name carries a hash of content/,
 * dialogs/, src/ and this file, so any change to what loading produces means a new snapshot. Whatever the
 * snapshot cannot keep exactly (any other class, a function, a getter, a frozen object) means no snapshot:
 * each file then loads content itself.
 *
 * Plain objects and arrays are written as themselves, so JSON.parse builds nearly all of the content in one
 * native call; everything JSON has no word for is an object with the one key MARK (which no content key may
 * be) naming what it stands for, replaced after parsing by one walk in the order it was written. The walk
 * goes only where there is something to replace: a plain object or array with a marker among its children is
 * itself written inside a 'plain' marker, and one without is left as JSON.parse built it, unvisited (the
 * compiled concepts' phrase elements, most of the snapshot's objects, are never walked). An object
 * met more than once is written whole where it is first met (its definition carries a number) and as that
 * number everywhere after, so shared objects stay shared and cycles close. An earlier form wrote every
 * object as a list of [key, value] pairs and every reference as an object: reading it back cost each of
 * some fifty test files a quarter of a second, most of it allocating and collecting those pieces.
 */

/** The classes a snapshot may hold, by name; their instances are rebuilt on the test's own prototype. */
const classes: Record<string, { prototype: object }> = { ConceptMatcher, PhraseStarts };

/** The key of a marker object; a control character, so no YAML-written key of the content can clash. */
const MARK = '\u0001';

/** The typed arrays a snapshot may hold (the compiled concepts keep their start lists in one). */
const typedArrays = { Int32Array, Uint32Array, Float32Array, Float64Array, Uint8Array, Uint16Array, Int16Array, Int8Array };
type TypedArrayName = keyof typeof typedArrays;

/** Deeper nesting is refused, so that reading back (recursive) cannot run out of stack. */
const deepest = 1000;

/** What a marker stands for: a definition of a shared object, a reference to one, a Map, a Set, a typed array, a class instance, undefined, a non-finite number. */
type Marker =
  | { [MARK]: 'plain'; value: unknown[] | Record<string, unknown> }
  | { [MARK]: 'define'; id: number; value: unknown }
  | { [MARK]: 'refer'; id: number }
  | { [MARK]: 'map'; entries: unknown[] }
  | { [MARK]: 'set'; items: unknown[] }
  | { [MARK]: 'typed'; type: TypedArrayName; items: number[] }
  | { [MARK]: 'instance'; className: string; properties: Record<string, unknown> }
  | { [MARK]: 'undefined' }
  | { [MARK]: 'number'; text: string };

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

/** An own property's value, refusing what a plain data property cannot carry. */
function ownValues(value: object): [string, unknown][] {
  if (Object.isFrozen(value) || Object.getOwnPropertySymbols(value).length > 0) throw new CannotKeep('a frozen object or a symbol key');
  const entries: [string, unknown][] = [];
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (!('value' in descriptor) || !descriptor.enumerable || !descriptor.writable) throw new CannotKeep(`a getter or hidden property (${key})`);
    if (key === MARK) throw new CannotKeep('a key that is the snapshot\'s marker');
    entries.push([key, descriptor.value]);
  }
  return entries;
}

/** The objects met more than once under `root`. */
function sharedObjects(root: unknown): Set<object> {
  const seen = new Set<object>();
  const shared = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (seen.has(value)) {
      shared.add(value);
      continue;
    }
    seen.add(value);
    if (ArrayBuffer.isView(value)) continue;
    if (value instanceof Map || builtInKind(value) === 'Map') for (const [key, entry] of value as Map<unknown, unknown>) pending.push(key, entry);
    else if (value instanceof Set || builtInKind(value) === 'Set') for (const item of value as Set<unknown>) pending.push(item);
    else for (const key of Object.keys(value)) pending.push((value as Record<string, unknown>)[key]);
  }
  return shared;
}

/** Whether a written value is a marker (JSON.parse makes no other object with the MARK key). */
function isMarker(value: unknown): value is Marker {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)[MARK] !== undefined;
}

function encode(root: object): unknown {
  const shared = sharedObjects(root);
  const ids = new Map<object, number>();
  const written = (value: unknown, depth: number): unknown => {
    if (value === undefined) return { [MARK]: 'undefined' };
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') return Number.isFinite(value) ? value : { [MARK]: 'number', text: String(value) };
    if (typeof value !== 'object') throw new CannotKeep(`a ${typeof value}`);
    if (depth > deepest) throw new CannotKeep(`nesting deeper than ${deepest}`);
    const id = ids.get(value);
    if (id !== undefined) return { [MARK]: 'refer', id };
    if (!shared.has(value)) return whole(value, depth);
    const defined = ids.size;
    ids.set(value, defined);
    return { [MARK]: 'define', id: defined, value: whole(value, depth) };
  };
  // Children are written depth first, in order, as the reader walks them: a definition always comes first.
  const whole = (value: object, depth: number): unknown => {
    const written = plainOrInstance(value, depth);
    // A plain object or array that holds a marker is marked itself, so that the reader walks it (and no other).
    if (Array.isArray(written)) return written.some(isMarker) ? { [MARK]: 'plain', value: written } : written;
    if (!isMarker(written) && Object.values(written as object).some(isMarker)) return { [MARK]: 'plain', value: written };
    return written;
  };
  const plainOrInstance = (value: object, depth: number): unknown => {
    const typedName = typedArrayName(value);
    if (typedName) return { [MARK]: 'typed', type: typedName, items: Array.from(value as ArrayLike<number>) };
    if (Object.isFrozen(value) || Object.getOwnPropertySymbols(value).length > 0) throw new CannotKeep('a frozen object or a symbol key');
    const kind = builtInKind(value);
    if (kind === 'Array') {
      const array = value as unknown[];
      if (Object.keys(array).length !== array.length) throw new CannotKeep('a sparse or decorated array');
      return array.map((item) => written(item, depth + 1));
    }
    if (kind === 'Map') return { [MARK]: 'map', entries: [...(value as Map<unknown, unknown>)].flatMap(([key, entry]) => [written(key, depth + 1), written(entry, depth + 1)]) };
    if (kind === 'Set') return { [MARK]: 'set', items: [...(value as Set<unknown>)].map((item) => written(item, depth + 1)) };
    const prototype = Object.getPrototypeOf(value);
    const className = Object.entries(classes).find(([, type]) => type.prototype === prototype)?.[0];
    if (kind !== 'Object' && !className) throw new CannotKeep(`an instance of ${prototype?.constructor?.name ?? 'a null prototype'}`);
    const properties: Record<string, unknown> = {};
    for (const [key, entry] of ownValues(value)) {
      // "__proto__" as an own key, not the prototype setter.
      Object.defineProperty(properties, key, { value: written(entry, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return className ? { [MARK]: 'instance', className, properties } : properties;
  };
  return written(root, 0);
}

function decode(parsed: unknown): unknown {
  const defined: unknown[] = [];
  /**
   * A marker replaced by what it stands for; `id` registers a definition before its children are read, so
   * cycles close. A 'plain' marker's object or array is the one JSON.parse built, its marked children replaced
   * in place and the others (with nothing inside to replace) left unvisited.
   */
  const read = (marker: Marker, id?: number): unknown => {
    switch (marker[MARK]) {
      case 'plain': {
        const value = marker.value;
        if (id !== undefined) defined[id] = value;
        if (Array.isArray(value)) {
          for (let index = 0; index < value.length; index++) {
            const item: unknown = value[index];
            if (isMarker(item)) value[index] = read(item);
          }
        } else {
          // Own keys only (JSON.parse makes nothing else, and for...in meets no inherited one on a plain object);
          // assigning to an existing own "__proto__" sets that property.
          for (const key in value) {
            const entry = value[key];
            if (isMarker(entry)) value[key] = read(entry);
          }
        }
        return value;
      }
      case 'define':
        return readValue(marker.value, marker.id);
      case 'refer':
        return defined[marker.id];
      case 'undefined':
        return undefined;
      case 'number':
        return Number(marker.text);
      case 'typed': {
        const typed = typedArrays[marker.type].from(marker.items);
        if (id !== undefined) defined[id] = typed;
        return typed;
      }
      case 'map': {
        const map = new Map<unknown, unknown>();
        if (id !== undefined) defined[id] = map;
        for (let index = 0; index < marker.entries.length; index += 2) map.set(readValue(marker.entries[index]), readValue(marker.entries[index + 1]));
        return map;
      }
      case 'set': {
        const set = new Set<unknown>();
        if (id !== undefined) defined[id] = set;
        for (const item of marker.items) set.add(readValue(item));
        return set;
      }
      case 'instance': {
        // A class instance's own properties are defined, not assigned: its prototype could have a setter of the same name.
        const instance: object = Object.create(classes[marker.className].prototype);
        if (id !== undefined) defined[id] = instance;
        for (const key of Object.keys(marker.properties)) {
          Object.defineProperty(instance, key, { value: readValue(marker.properties[key]), enumerable: true, writable: true, configurable: true });
        }
        return instance;
      }
    }
  };
  /** Any value as it was written: a marker read, anything else (a primitive, or an object with no marker inside) as it is. */
  const readValue = (value: unknown, id?: number): unknown => {
    if (isMarker(value)) return read(value, id);
    if (id !== undefined) defined[id] = value;
    return value;
  };
  return readValue(parsed);
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
    // The name carries the content's hash: a worker's later test files read the text it kept.
    text = workerMemo(`content snapshot ${path}`, () => readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  return decode(JSON.parse(text)) as Content;
}
