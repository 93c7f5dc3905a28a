/**
 * `target[i] = target[i] + row0[i] × factor0 + row1[i] × factor1 + row2[i] × factor2 + row3[i] × factor3`
 * for four Float32 rows at a time, then `target[i] += row[i] × factor` for the rows left over, in
 * WebAssembly with two doubles per instruction (SIMD). Each target's additions come in the same order, at
 * the same double precision and without fused multiply-adds, as the plain loops in hidden-layer-network.ts:
 * the sums are the same to the bit. The hidden layer's two dense products were the largest part of ranking
 * a message (8 µs of 27), and JavaScript runs them one double at a time.
 *
 * The module is small enough to write out as bytes: one function over a memory the caller creates and
 * sizes once (never grown, so views on it stay valid). Its text form:
 *
 *   (func (param $target $length $rows $factors $count i32)
 *     ;; groups of four rows: $rows holds each row's byte address, $factors each row's factor (f64)
 *     ;; per pair of targets: acc = load(target); acc += promote(load64_zero(row k)) × splat(factor k), k = 0…3
 *     ;; an odd last target the same with scalars; then each row left over, one at a time
 *   )
 */
import { addToLocal as addTo, emptyBlockType, f64Type, i32Type, i32Constant as constant, kernelMaker, leb128, localGet as get, localSet as set, memoryImmediate as memory, op, v128Type } from './kernel-module';

// SIMD opcodes (WebAssembly SIMD specification), each after the 0xfd prefix as a LEB128 number.
const simd = {
  v128Load: 0x00,
  v128Store: 0x0b,
  f64x2Splat: 0x14,
  v128Load64Zero: 0x5d,
  f64x2PromoteLowF32x4: 0x5f,
  f64x2Add: 0xf0,
  f64x2Mul: 0xf2,
} as const;

const simdOp = (code: number) => [0xfd, ...leb128(code)];

// Locals: the five parameters, then the function's own.
const target = 0;
const length = 1;
const rows = 2;
const factors = 3;
const count = 4;
const row = 5;
const index = 6;
const rowAddress = [7, 8, 9, 10];
const at = 11;
const weightOffset = 12;
const scratchAddress = 13;
const factorVector = [14, 15, 16, 17];
const factorScalar = [18, 19, 20, 21];

/** Reads the addresses and factors of `rowCount` rows from position `row` into the row locals. */
function readRows(rowCount: number): number[] {
  const code = [...get(rows), ...get(row), ...constant(2), op.i32Shl, op.i32Add, ...set(scratchAddress)];
  for (let k = 0; k < rowCount; k++) code.push(...get(scratchAddress), op.i32Load, ...memory(2, 4 * k), ...set(rowAddress[k]));
  code.push(...get(factors), ...get(row), ...constant(3), op.i32Shl, op.i32Add, ...set(scratchAddress));
  for (let k = 0; k < rowCount; k++) {
    code.push(...get(scratchAddress), op.f64Load, ...memory(3, 8 * k), ...set(factorScalar[k]));
    code.push(...get(factorScalar[k]), ...simdOp(simd.f64x2Splat), ...set(factorVector[k]));
  }
  return code;
}

/** Adds `rowCount` rows (read by readRows) into the whole target: pairs of doubles, then an odd last one. */
function addRows(rowCount: number): number[] {
  const code = [...constant(0), ...set(index), ...get(target), ...set(at), ...constant(0), ...set(weightOffset)];
  // while (index + 2 <= length)
  code.push(op.block, emptyBlockType, op.loop, emptyBlockType);
  code.push(...get(index), ...constant(2), op.i32Add, ...get(length), op.i32GtS, op.brIf, 1);
  code.push(...get(at), ...get(at), ...simdOp(simd.v128Load), ...memory(3));
  for (let k = 0; k < rowCount; k++) {
    code.push(...get(rowAddress[k]), ...get(weightOffset), op.i32Add, ...simdOp(simd.v128Load64Zero), ...memory(0));
    code.push(...simdOp(simd.f64x2PromoteLowF32x4), ...get(factorVector[k]), ...simdOp(simd.f64x2Mul), ...simdOp(simd.f64x2Add));
  }
  code.push(...simdOp(simd.v128Store), ...memory(3));
  code.push(...addTo(at, 16), ...addTo(weightOffset, 8), ...addTo(index, 2), op.br, 0, op.end, op.end);
  // if (index < length): the last target alone
  code.push(...get(index), ...get(length), op.i32LtS, op.if, emptyBlockType);
  code.push(...get(at), ...get(at), op.f64Load, ...memory(3));
  for (let k = 0; k < rowCount; k++) {
    code.push(...get(rowAddress[k]), ...get(weightOffset), op.i32Add, op.f32Load, ...memory(0), op.f64PromoteF32, ...get(factorScalar[k]), op.f64Mul, op.f64Add);
  }
  code.push(op.f64Store, ...memory(3), op.end);
  return code;
}

function functionBody(): number[] {
  const code: number[] = [];
  // while (row + 4 <= count): four rows
  code.push(op.block, emptyBlockType, op.loop, emptyBlockType);
  code.push(...get(row), ...constant(4), op.i32Add, ...get(count), op.i32GtS, op.brIf, 1);
  code.push(...readRows(4), ...addRows(4), ...addTo(row, 4), op.br, 0, op.end, op.end);
  // while (row < count): one row
  code.push(op.block, emptyBlockType, op.loop, emptyBlockType);
  code.push(...get(row), ...get(count), op.i32GeS, op.brIf, 1);
  code.push(...readRows(1), ...addRows(1), ...addTo(row, 1), op.br, 0, op.end, op.end);
  code.push(op.end);
  const locals = [3, ...leb128(9), i32Type, ...leb128(4), v128Type, ...leb128(4), f64Type];
  const body = [...locals, ...code];
  return [...leb128(body.length), ...body];
}

/** addScaledRows over byte addresses in `memory`: rows' addresses (Int32) at `rows`, their factors (Float64) at `factors`. */
export type AddScaledRows = (target: number, length: number, rows: number, factors: number, count: number) => void;

/**
 * The kernel over a memory of at least `bytes` bytes (its buffer never grows, so views on it stay valid),
 * or undefined where WebAssembly SIMD is not available: the caller keeps its plain loops then.
 */
export const scaledRowsKernel = kernelMaker<AddScaledRows>('addScaledRows', functionBody);
