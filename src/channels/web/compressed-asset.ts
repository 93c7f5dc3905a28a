import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
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

/**
 * A large static file (Web Chat's 3.9 MB bundle) sent compressed: brotli or gzip, made once on first need
 * rather than per request, off the main thread, and cached by the browser for a year under a versioned
 * address. Read lazily, so a server that never serves the page never holds the file.
 */
export function compressedAsset(path: string, contentType: string): CompressedAsset {
  let encoded: Promise<Encoded> | undefined;

  function prepare(): Promise<Encoded> {
    // Only the compressed forms are kept; the rare client that takes neither is sent the file from disk.
    encoded ??= readFile(path).then(async (identity) => {
      const [br, gzipped] = await Promise.all([
        brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
        gzipAsync(identity, { level: 6 }),
      ]);
      return { br, gzip: gzipped, etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"` };
    });
    // A failed read is tried again on the next request rather than remembered.
    encoded.catch(() => (encoded = undefined));
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
