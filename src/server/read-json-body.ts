import type { IncomingMessage } from 'node:http';

/** What reading a JSON body came to: the parsed value, or the status and sentence to answer with. */
export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

const byteOrderMark = 0xfeff;

/**
 * A request whose body this reader takes exactly as express.json would (the route's other requests go to
 * express.json itself): `application/json`, in UTF-8 or with no charset named, not compressed, and with a
 * length or a chunked body.
 */
export function isPlainJsonRequest(request: IncomingMessage): boolean {
  const { headers } = request;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  if (headers['content-length'] === undefined && headers['transfer-encoding'] === undefined) return false;
  const contentType = headers['content-type'];
  if (contentType === undefined) return false;
  const separator = contentType.indexOf(';');
  if ((separator < 0 ? contentType : contentType.slice(0, separator)).trim().toLowerCase() !== 'application/json') return false;
  if (separator < 0) return true;
  // Parameters other than a UTF-8 charset (or several of them) are left to express.json's own reading.
  return /^;\s*charset="?utf-8"?\s*$/i.test(contentType.slice(separator));
}

/**
 * Reads and parses a JSON body within `limitBytes`, with express.json's outcomes (its "strict" mode): an
 * object or array, an empty body read as `{}`, 413 for a body over the limit (read off first, so the
 * connection can carry the next request), 400 for anything that is not JSON. One Buffer.concat and one
 * JSON.parse; none of body-parser's per-request content-type parsing, charset decoder or error objects.
 */
export function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<JsonBody> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    const chunks: Buffer[] = [];
    let received = 0;
    let tooLarge = Number.isFinite(declared) && declared > limitBytes;
    const finish = (body: JsonBody) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onError);
      request.off('close', onClose);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    };
    const onEnd = () => {
      if (tooLarge) return finish({ ok: false, status: 413, error: 'the request body is too large' });
      finish(parsed(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)));
    };
    const onError = () => finish({ ok: false, status: 400, error: 'the request body could not be read' });
    // A client gone before the body ends ("close" without "end"), or already gone while the request waited
    // (for the rate limiter): no "aborted" or "end" will come, and the promise must still settle.
    const onClose = () => {
      if (!request.readableEnded) onError();
    };
    if (request.destroyed) return onError();
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', onError);
    request.once('aborted', onError);
    request.once('close', onClose);
  });
}

function parsed(bytes: Buffer): JsonBody {
  let text = bytes.toString('utf8');
  // express.json's decoder drops a leading byte-order mark; JSON.parse would refuse it.
  if (text.charCodeAt(0) === byteOrderMark) text = text.slice(1);
  if (text.length === 0) return { ok: true, value: {} };
  const first = /\S/.exec(text)?.[0];
  if (first !== '{' && first !== '[') return notJson;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return notJson;
  }
}

const notJson: JsonBody = { ok: false, status: 400, error: 'the request body is not valid JSON' };
