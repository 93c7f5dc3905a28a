import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashFile } from '../../src/nlu/hash-file';

const folder = mkdtempSync(join(tmpdir(), 'latch-hash-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const wholeDigest = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('hashFile', () => {
  // Sizes around its 64 KB piece: empty, under one piece, exactly one, one byte over, several with a remainder.
  it.each([0, 1_000, 65_536, 65_537, 300_001])('gives the digest of the whole file for %i bytes', (size) => {
    const bytes = Buffer.alloc(size);
    for (let index = 0; index < size; index++) bytes[index] = (index * 31 + 7) % 251;
    const path = join(folder, `file-${size}.bin`);
    writeFileSync(path, bytes);
    expect(hashFile(createHash('sha256'), path).digest('hex')).toBe(wholeDigest(bytes));
  });

  it('continues a hash that already holds other input, as the cache keys use it', () => {
    const path = join(folder, 'second.txt');
    writeFileSync(path, 'second part');
    const continued = hashFile(createHash('sha256').update('first part '), path).digest('hex');
    expect(continued).toBe(wholeDigest(Buffer.from('first part second part')));
  });

  it('throws for a file that does not exist', () => {
    expect(() => hashFile(createHash('sha256'), join(folder, 'missing.txt'))).toThrow(/ENOENT/);
  });
});
