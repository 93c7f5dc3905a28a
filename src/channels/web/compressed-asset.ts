import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'express';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

interface Encoded {
  br: Buffer;
  gzip: Buffer;
  etag: string;
}

export interface CompressedAsset {
  /** Starts reading and compressing in the background, so the first visitor does not wait for it. */
  warm(): void;
  /** Sends the file in the best encoding the client takes, with a strong ETag and long caching. */
  send(request: Request, response: Response): Promise<void>;
}

/** One compression per file per process, however many servers (tests start many) serve it. */
const preparedByPath = new Map<string, Promise<Encoded>>();

async function compressed(path: string, cacheDirectory: string | undefined): Promise<Encoded> {
  const identity = await readFile(path);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  // The compressed forms are kept on disk under the file's hash, so the next process reads them in
  // milliseconds instead of compressing 3.9 MB again (brotli takes seconds on a busy machine).
  const cached = cacheDirectory ? join(cacheDirectory, `asset-${etag.slice(1, 17)}`) : undefined;
  if (cached) {
    try {
      const [br, gzipped] = await Promise.all([readFile(`${cached}.br`), readFile(`${cached}.gz`)]);
      return { br, gzip: gzipped, etag };
    } catch {
      // Not compressed yet on this machine: done below.
    }
  }
  const [br, gzipped] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipAsync(identity, { level: 6 }),
  ]);
  if (cached) {
    try {
      await mkdir(cacheDirectory!, { recursive: true });
      for (const [ending, body] of [['br', br], ['gz', gzipped]] as const) {
        const temporary = `${cached}.${ending}.${process.pid}.tmp`;
        await writeFile(temporary, body);
        await rename(temporary, `${cached}.${ending}`);
      }
    } catch {
      // A read-only install compresses once per process instead.
    }
  }
  return { br, gzip: gzipped, etag };
}

/**
 * A large static file (Web Chat's 3.9 MB bundle) sent compressed: brotli or gzip, made once rather than
 * per request, off the main thread, kept in `cacheDirectory` across restarts, and cached by the browser for
 * a year under a versioned address. Only the compressed forms are held; the rare client that takes neither
 * is sent the file from disk.
 */
export function compressedAsset(path: string, contentType: string, cacheDirectory?: string): CompressedAsset {
  function prepare(): Promise<Encoded> {
    let encoded = preparedByPath.get(path);
    if (!encoded) {
      encoded = compressed(path, cacheDirectory);
      preparedByPath.set(path, encoded);
      // A failed read is tried again on the next request rather than remembered.
      encoded.catch(() => preparedByPath.delete(path));
    }
    return encoded;
  }

  async function send(request: Request, response: Response): Promise<void> {
    const files = await prepare();
    // The smallest the client takes, whatever order it lists them in.
    const offered = request.get('accept-encoding') !== undefined;
    const encoding = offered && request.acceptsEncodings('br') ? 'br' : offered && request.acceptsEncodings('gzip') ? 'gzip' : 'identity';
    response.set({
      'Content-Type': contentType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
      ETag: encoding === 'identity' ? files.etag : `${files.etag.slice(0, -1)}-${encoding}"`,
    });
    if (request.fresh) {
      response.status(304).end();
      return;
    }
    if (encoding === 'identity') {
      response.sendFile(path, { headers: response.getHeaders() as Record<string, string>, lastModified: false, etag: false, cacheControl: false });
      return;
    }
    const body = encoding === 'br' ? files.br : files.gzip;
    response.set({ 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
    if (request.method === 'HEAD') response.end();
    else response.end(body);
  }

  return { warm: () => void prepare().catch(() => undefined), send };
}
