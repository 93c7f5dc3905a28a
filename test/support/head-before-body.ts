import { connect } from 'node:net';

/**
 * Sends a request's head and the first byte of a body it promises but never finishes, and resolves with the
 * status line and headers the server answers with. A server that waits for the body before answering fails
 * this after 3 s.
 */
export function headBeforeBody(url: string, head: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`${head}\r\n\r\n{`));
    // Cleared once the socket closes: left running, it kept the jest worker alive for 3 s after the file
    // was done ("A worker process has failed to exit gracefully" when it was a worker's last file).
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer within 3 s: the server waited for the body'));
    }, 3_000);
    socket.on('close', () => clearTimeout(giveUp));
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (received.includes('\r\n\r\n')) {
        socket.destroy();
        resolve(received);
      }
    });
    socket.on('error', reject);
  });
}
