/**
 * What the project's hand-written WebAssembly kernels share (scaled-rows-kernel.ts, posting-sums-kernel.ts):
 * their opcodes, LEB128 numbers, code for locals and constants, a memory access's immediates, and a module of
 * one exported function over five i32 parameters and a memory the caller imports and sizes once (never grown,
 * so views on it stay valid). Each kernel writes only its own function body.
 */

export const emptyBlockType = 0x40;
export const i32Type = 0x7f;
export const f64Type = 0x7c;
export const v128Type = 0x7b;

/** The opcodes the kernels use (WebAssembly core specification); SIMD ones stay with the kernel that uses them. */
export const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load: 0x28,
  f32Load: 0x2a,
  f64Load: 0x2b,
  f64Store: 0x39,
  i32Const: 0x41,
  i32LtS: 0x48,
  i32GtS: 0x4a,
  i32GeS: 0x4e,
  i32Add: 0x6a,
  i32Shl: 0x74,
  f64Add: 0xa0,
  f64Mul: 0xa2,
  f64PromoteF32: 0xbb,
} as const;

/** An unsigned LEB128 number, as the module format writes counts, indexes and sizes. */
export function leb128(value: number): number[] {
  const bytes: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    bytes.push(byte);
  } while (value !== 0);
  return bytes;
}

/** `bytes` rounded up to a 16-byte boundary, where each part of a kernel's memory starts. */
export const alignedTo16 = (bytes: number) => Math.ceil(bytes / 16) * 16;

/** A memory access's alignment (log2 of bytes; a hint only) and constant offset. */
export const memoryImmediate = (align: number, offset = 0) => [...leb128(align), ...leb128(offset)];

/** Code that reads a local, writes one, pushes an i32 constant, or adds a constant to an i32 local. */
export const localGet = (local: number) => [op.localGet, ...leb128(local)];
export const localSet = (local: number) => [op.localSet, ...leb128(local)];
export const i32Constant = (value: number) => [op.i32Const, ...leb128(value)];
export const addToLocal = (local: number, amount: number) => [...localGet(local), ...i32Constant(amount), op.i32Add, ...localSet(local)];

const text = (value: string) => [...leb128(value.length), ...Buffer.from(value, 'ascii')];
const section = (id: number, content: number[]) => [id, ...leb128(content.length), ...content];

/** The module's bytes: `(func (export name) (param i32 i32 i32 i32 i32))` with `body` (its size, locals and code). */
function moduleBytes(exportName: string, body: number[]): Uint8Array {
  const functionType = [0x60, 5, i32Type, i32Type, i32Type, i32Type, i32Type, 0];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, [1, ...functionType]),
    // The memory is imported, so the caller sizes it: (import "env" "memory" (memory 0)).
    ...section(2, [1, ...text('env'), ...text('memory'), 0x02, 0x00, 0x00]),
    ...section(3, [1, 0]),
    ...section(7, [1, ...text(exportName), 0x00, 0]),
    ...section(10, [1, ...body]),
  ]);
}

/** What is used here of the WebAssembly global, which the project's Node typings (20) do not declare. */
interface WebAssemblyApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Memory: new (limits: { initial: number; maximum: number }) => { buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;

/**
 * A maker of instances of the kernel: each call gives the exported function over a fresh memory of at least
 * `bytes` bytes, or undefined where WebAssembly (or an instruction the body uses, such as SIMD) is not
 * available, so the caller keeps its plain loops. The module is built and compiled once, on the first call.
 */
export function kernelMaker<Kernel>(exportName: string, functionBody: () => number[]): (bytes: number) => { buffer: ArrayBuffer; kernel: Kernel } | undefined {
  let compiled: object | null | undefined;
  return (bytes) => {
    if (compiled === undefined) {
      const code = moduleBytes(exportName, functionBody());
      compiled = wasm !== undefined && wasm.validate(code) ? new wasm.Module(code) : null;
    }
    if (compiled === null || wasm === undefined) return undefined;
    const pages = Math.max(1, Math.ceil(bytes / 65536));
    const memory = new wasm.Memory({ initial: pages, maximum: pages });
    const instance = new wasm.Instance(compiled, { env: { memory } });
    return { buffer: memory.buffer, kernel: instance.exports[exportName] as Kernel };
  };
}
