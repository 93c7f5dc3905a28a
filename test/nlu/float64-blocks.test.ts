import { Float64Blocks } from '../../src/nlu/float64-blocks';

describe('Float64Blocks', () => {
  it('hands out zeroed arrays of the asked length that share no element', () => {
    const blocks = new Float64Blocks(64);
    // 64 bytes hold eight numbers: three arrays of three need a second block.
    const arrays = [blocks.take(3), blocks.take(3), blocks.take(3)];
    for (const array of arrays) {
      expect(array).toHaveLength(3);
      expect([...array]).toEqual([0, 0, 0]);
    }
    arrays.forEach((array, index) => array.fill(index + 1));
    expect(arrays.map((array) => [...array])).toEqual([
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
    ]);
  });

  it('makes a block large enough for an array longer than its block size', () => {
    const blocks = new Float64Blocks(16);
    const long = blocks.take(10);
    long.fill(7);
    const next = blocks.take(2);
    next.fill(1);
    expect([...long]).toEqual(new Array(10).fill(7));
    expect([...next]).toEqual([1, 1]);
  });
});
