import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { readJsonBody } from '../../src/server/read-json-body';

// A request read off a socket nobody writes to: the test pushes the body, or destroys it as a client that
// went away would.
function request(headers: Record<string, string> = { 'content-type': 'application/json' }): IncomingMessage {
  const message = new IncomingMessage(new Socket());
  message.headers = headers;
  return message;
}

describe('readJsonBody', () => {
  it('parses a body pushed in chunks', async () => {
    const message = request();
    const reading = readJsonBody(message, 1000);
    message.push('{"text":');
    message.push('"hello"}');
    message.push(null);
    await expect(reading).resolves.toEqual({ ok: true, value: { text: 'hello' } });
  });

  it('settles when the client went away while the request waited (the rate limiter), before any reading', async () => {
    const message = request();
    message.destroy();
    await new Promise((resolve) => setImmediate(resolve));
    await expect(readJsonBody(message, 1000)).resolves.toMatchObject({ ok: false, status: 400 });
  });

  it('settles when the client goes away in the middle of the body', async () => {
    const message = request();
    const reading = readJsonBody(message, 1000);
    message.push('{"text":');
    message.destroy();
    await expect(reading).resolves.toMatchObject({ ok: false, status: 400 });
  });
});
