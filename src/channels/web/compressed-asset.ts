import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
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
  /**
   * Compresses in the background when the cache folder does not hold the forms yet, so the first visitor
   * does not wait for it. Settles when done; never rejects (a failure is tried again on a request).
   */
  warm(): Promise<void>;
  /** Sends the file in the best encoding the client takes, with a strong ETag and long caching. */
  send(request: Request, response: Response): Promise<void>;
}

/** One compression per file per process, however many servers (tests start many) serve it. */
const preparedByPath = new Map<string, Promise<Encoded>>();

/**
 * What the cache folder knows of a file it holds compressed forms of: its size, time and inode when it was
 * hashed, and its ETag (the hash). While they still match, the forms are used without reading the file.
 */
interface Stamp {
  size: number;
  modified: number;
  inode: number;
  etag: string;
}

function stampPath(path: string, cacheDirectory: string): string {
  return join(cacheDirectory, `asset-${createHash('sha256').update(path).digest('hex').slice(0, 16)}.json`);
}

/** The file's ETag as stamped in the cache folder, when the file is still the one stamped; else undefined. */
async function stampedEtag(path: string, cacheDirectory: string): Promise<string | undefined> {
  try {
    const [info, text] = await Promise.all([stat(path), readFile(stampPath(path, cacheDirectory), 'utf8')]);
    const stamp = JSON.parse(text) as Partial<Stamp>;
    const same = stamp.size === info.size && stamp.modified === info.mtimeMs && stamp.inode === info.ino && typeof stamp.etag === 'string';
    return same ? stamp.etag : undefined;
  } catch {
    return undefined;
  }
}

const formsPath = (cacheDirectory: string, etag: string) => join(cacheDirectory, `asset-${etag.slice(1, 17)}`);

async function readForms(cacheDirectory: string, etag: string): Promise<Encoded> {
  const cached = formsPath(cacheDirectory, etag);
  const [br, gzipped] = await Promise.all([readFile(`${cached}.br`), readFile(`${cached}.gz`)]);
  return { br, gzip: gzipped, etag };
}

async function compressed(path: string, cacheDirectory: string | undefined): Promise<Encoded> {
  // Stamped and compressed already: the 3.9 MB file itself is not read.
  const stamped = cacheDirectory ? await stampedEtag(path, cacheDirectory) : undefined;
  if (stamped) {
    try {
      return await readForms(cacheDirectory!, stamped);
    } catch {
      // The forms are gone: made again below.
    }
  }
  const info = await stat(path);
  const identity = await readFile(path);
  const etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
  // The compressed forms are kept on disk under the file's hash, so the next process reads them in
  // milliseconds instead of compressing 3.9 MB again (brotli takes seconds on a busy machine).
  let encoded: Encoded | undefined;
  if (cacheDirectory) {
    try {
      encoded = await readForms(cacheDirectory, etag);
    } catch {
      // Not compressed yet on this machine: done below.
    }
  }
  if (!encoded) {
    const [br, gzipped] = await Promise.all([
      brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
      gzipAsync(identity, { level: 6 }),
    ]);
    encoded = { br, gzip: gzipped, etag };
  }
  if (cacheDirectory) {
    try {
      await mkdir(cacheDirectory, { recursive: true });
      const cached = formsPath(cacheDirectory, etag);
      const stamp: Stamp = { size: info.size, modified: info.mtimeMs, inode: info.ino, etag };
      const files: [string, Buffer | string][] = [[`${cached}.br`, encoded.br], [`${cached}.gz`, encoded.gzip], [stampPath(path, cacheDirectory), JSON.stringify(stamp)]];
      for (const [target, body] of files) {
        const temporary = `${target}.${process.pid}.tmp`;
        await writeFile(temporary, body);
        await rename(temporary, target);
      }
    } catch {
      // A read-only install compresses once per process instead.
    }
  }
  return encoded;
}

/**
 * A large static file (Web Chat's 3.9 MB bundle) sent compressed: brotli or gzip, made once rather than
 * per request, off the main thread, kept in `cacheDirectory` across restarts, and cached by the browser for
 * a year under a versioned address. Only the compressed forms are held, from the first request on (or from
 * the start when they had to be made); the rare client that takes neither is sent the file from disk.
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

  /**
   * Makes the compressed forms ahead of the first visitor, unless the cache folder holds them for this very
   * file: then the first request reads them (milliseconds), and a server nobody opens Web Chat on does not
   * hold them (1.6 MB, and the 3.9 MB file read to hash it).
   */
  async function warm(): Promise<void> {
    const stamped = cacheDirectory ? await stampedEtag(path, cacheDirectory) : undefined;
    if (stamped) {
      const cached = formsPath(cacheDirectory!, stamped);
      const present = await Promise.all([stat(`${cached}.br`), stat(`${cached}.gz`)]).then(() => true, () => false);
      if (present) return;
    }
    await prepare();
  }

  return { warm: () => warm().catch(() => undefined), send };
}
