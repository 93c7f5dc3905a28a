import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import express from 'express';
import type { compressedAsset as CompressedAssetFactory } from '../../../src/channels/web/compressed-asset';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'latch-asset-'));
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** compressedAsset from a fresh copy of its module: a new process, as far as its per-process memory goes. */
function freshFactory(): typeof CompressedAssetFactory {
  let factory: typeof CompressedAssetFactory | undefined;
  jest.isolateModules(() => {
    factory = (require('../../../src/channels/web/compressed-asset') as typeof import('../../../src/channels/web/compressed-asset')).compressedAsset;
  });
  return factory!;
}

/** Serves the asset once on a loopback port and returns what a brotli-taking client receives. */
async function fetchBrotli(asset: ReturnType<typeof CompressedAssetFactory>): Promise<{ body: Buffer; etag: string }> {
  const app = express();
  app.get('/asset.js', (request, response, next) => void asset.send(request, response).catch(next));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const http = await import('node:http');
    return await new Promise((resolve, reject) => {
      http
        .get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/asset.js`, { headers: { 'Accept-Encoding': 'br' } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ body: Buffer.concat(chunks), etag: String(response.headers.etag) }));
        })
        .on('error', reject);
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('compressedAsset with a cache folder', () => {
  it('compresses a file the folder lacks when warmed, and a later process uses the stamped forms without making them again', async () => {
    const path = join(folder, 'bundle.js');
    const cache = join(folder, 'cache');
    // 38 KB, several chunks of a response: what is checked is the cache, not brotli (380 KB, compressed three
    // times at quality 9, took 3.9 of this test's 5 s in a whole run at load 11).
    const text = 'const answer = 42;\n'.repeat(2_000);
    writeFileSync(path, text);
    await freshFactory()(path, 'application/javascript', cache).warm();
    expect(readdirSync(cache).filter((name) => !name.endsWith('.tmp'))).toHaveLength(3);
    const first = await fetchBrotli(freshFactory()(path, 'application/javascript', cache));
    expect(brotliDecompressSync(first.body).toString()).toBe(text);

    // Forms a later process reads as they are (stand-ins here, so reading them is seen): nothing is compressed again.
    const forms = readdirSync(cache).find((name) => name.endsWith('.br'))!;
    writeFileSync(join(cache, forms), 'stand-in');
    const later = freshFactory()(path, 'application/javascript', cache);
    await later.warm();
    expect((await fetchBrotli(later)).body.toString()).toBe('stand-in');

    // A changed file no longer matches its stamp: hashed and compressed anew, under a new ETag.
    writeFileSync(path, `${text}// changed\n`);
    const changed = await fetchBrotli(freshFactory()(path, 'application/javascript', cache));
    expect(brotliDecompressSync(changed.body).toString()).toBe(`${text}// changed\n`);
    expect(changed.etag).not.toBe(first.etag);
    // Four fresh copies of the module and four servers: 0.04 s alone, but 4.66 s in a whole run at load 13, where a
    // full collection of the worker's 1.1 GB heap fell inside it.
  }, 30_000);
});
