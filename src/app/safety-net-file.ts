import { createHash } from 'node:crypto';
import type { SafetyNetData } from '../safety/safety-net';

/*
 * The trained safety net as one file, laid out like the compiled classifier (src/nlu/compiled-model.ts): a
 * small JSON header (row names, feature settings, counts, where each block lies) and then the weights and the
 * neighbour index as raw little-endian typed blocks. Reading it copies a few megabytes and parses a few
 * kilobytes of JSON; the JSON form it replaces (8.5 MB of numbers) cost every engine ~60–90 ms of parsing.
 * Blocks are kept at their full width (the net's weights are doubles), so a net read back gives exactly the
 * verdicts of the net that was written.
 */

// Bumped whenever the layout below changes, so an older file is retrained rather than misread.
const magic = 'LATCHNET';
const formatVersion = 1;

const blockTypes = { f64: Float64Array, f32: Float32Array, i32: Int32Array } as const;
type BlockType = keyof typeof blockTypes;
type TypedBlock = Float64Array | Float32Array | Int32Array;

interface BlockEntry {
  name: string;
  type: BlockType;
  /** Bytes from the start of the block area. */
  offset: number;
  /** Elements, not bytes. */
  length: number;
}

interface Header {
  formatVersion: number;
  key: string;
  /** sha256 of the block area: a file damaged after it was written is trained over, not believed. */
  blocksHash: string;
  rows: string[];
  wordWeight: number;
  features: SafetyNetData['features'];
  weights: { classCount: number; featureCount: number };
  neighbours: { classCount: number; exampleCount: number; count: number; power: number; share: number } | null;
  blocks: BlockEntry[];
}

/** The net under `key` (the hash of everything it was trained from) as the bytes of its cache file. */
export function serialiseSafetyNet(key: string, data: SafetyNetData): Buffer {
  const blocks: [string, TypedBlock][] = [
    ['weights.biases', data.weights.biases],
    ['weights.features', data.weights.features],
    ['weights.weights', data.weights.weights],
  ];
  const { neighbours } = data;
  if (neighbours) {
    blocks.push(['neighbours.labels', neighbours.labels], ['neighbours.offsets', neighbours.offsets], ['neighbours.examples', neighbours.examples], ['neighbours.values', neighbours.values]);
  }
  let offset = 0;
  const entries: BlockEntry[] = blocks.map(([name, array]) => {
    const entry: BlockEntry = { name, type: blockTypeOf(array), offset, length: array.length };
    offset = align(offset + array.byteLength);
    return entry;
  });
  const blockArea = Buffer.alloc(offset);
  for (const [index, [, array]] of blocks.entries()) Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(blockArea, entries[index].offset);
  const header: Header = {
    formatVersion,
    key,
    blocksHash: createHash('sha256').update(blockArea).digest('hex'),
    rows: data.rows,
    wordWeight: data.wordWeight,
    features: data.features,
    weights: { classCount: data.weights.classCount, featureCount: data.weights.featureCount },
    neighbours: neighbours ? { classCount: neighbours.classCount, exampleCount: neighbours.exampleCount, count: neighbours.count, power: neighbours.power, share: neighbours.share } : null,
    blocks: entries,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefixLength = align(magic.length + 8 + headerBytes.length);
  const prefix = Buffer.alloc(prefixLength);
  prefix.write(magic, 0, 'latin1');
  prefix.writeUInt32LE(formatVersion, magic.length);
  prefix.writeUInt32LE(headerBytes.length, magic.length + 4);
  headerBytes.copy(prefix, magic.length + 8);
  return Buffer.concat([prefix, blockArea]);
}

/**
 * A net's cache file read back, with the key it was written under. Throws a plain Error saying what is wrong
 * with a foreign, older, truncated or damaged file (the caller trains over it).
 */
export function parseSafetyNet(bytes: Buffer): { key: string; data: SafetyNetData } {
  if (bytes.length < magic.length + 8 || bytes.toString('latin1', 0, magic.length) !== magic) throw new Error('not a latch safety net file');
  const version = bytes.readUInt32LE(magic.length);
  if (version !== formatVersion) throw new Error(`safety net file format ${version}, expected ${formatVersion}`);
  const headerLength = bytes.readUInt32LE(magic.length + 4);
  if (magic.length + 8 + headerLength > bytes.length) throw new Error('safety net file is truncated in its header');
  const header = JSON.parse(bytes.toString('utf8', magic.length + 8, magic.length + 8 + headerLength)) as Header;
  const blockArea = bytes.subarray(align(magic.length + 8 + headerLength));
  if (createHash('sha256').update(blockArea).digest('hex') !== header.blocksHash) throw new Error('safety net file is damaged (its blocks do not match their hash)');
  const blockByName = new Map<string, TypedBlock>();
  for (const entry of header.blocks) {
    const type = blockTypes[entry.type];
    if (!type) throw new Error(`safety net file has block ${entry.name} of unknown type ${entry.type}`);
    const byteLength = entry.length * type.BYTES_PER_ELEMENT;
    if (entry.offset + byteLength > blockArea.length) throw new Error(`safety net file is truncated in block ${entry.name}`);
    const start = blockArea.byteOffset + entry.offset;
    if (start % type.BYTES_PER_ELEMENT === 0) {
      // A view of the file's own bytes: a file read whole has a buffer of its own that starts on a boundary.
      blockByName.set(entry.name, new type(blockArea.buffer as ArrayBuffer, start, entry.length));
    } else {
      // Copied into a fresh buffer: a Buffer from the shared pool may start anywhere.
      const copy = new ArrayBuffer(byteLength);
      new Uint8Array(copy).set(blockArea.subarray(entry.offset, entry.offset + byteLength));
      blockByName.set(entry.name, new type(copy));
    }
  }
  const block = <T extends TypedBlock>(name: string, type: new (buffer: ArrayBuffer, offset: number, length: number) => T): T => {
    const found = blockByName.get(name);
    if (!(found instanceof type)) throw new Error(`safety net file has no ${type.name} block ${name}`);
    return found;
  };
  const data: SafetyNetData = {
    rows: header.rows,
    wordWeight: header.wordWeight,
    features: header.features,
    weights: { ...header.weights, biases: block('weights.biases', Float64Array), features: block('weights.features', Int32Array), weights: block('weights.weights', Float64Array) },
  };
  if (header.neighbours) {
    data.neighbours = {
      ...header.neighbours,
      labels: block('neighbours.labels', Int32Array),
      offsets: block('neighbours.offsets', Int32Array),
      examples: block('neighbours.examples', Int32Array),
      values: block('neighbours.values', Float32Array),
    };
  }
  return { key: header.key, data };
}

function blockTypeOf(array: TypedBlock): BlockType {
  if (array instanceof Float64Array) return 'f64';
  if (array instanceof Float32Array) return 'f32';
  return 'i32';
}

/** Every block starts on a multiple of 8 bytes (a double's width) from the start of its area. */
function align(length: number): number {
  return Math.ceil(length / 8) * 8;
}
