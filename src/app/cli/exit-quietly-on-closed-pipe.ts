/**
 * `latch chat --json | head` closes the pipe while latch is still writing. Node then emits EPIPE on the
 * stream, which would crash with a stack trace; the reader has all it wanted, so latch ends quietly.
 * Any other write error is still reported.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.EventEmitter, exit: (code: number) => void, report: (error: Error) => void): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0);
    else report(error);
  });
}
