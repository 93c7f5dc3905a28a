import { EventEmitter } from 'node:events';
import { exitQuietlyOnClosedPipe } from '../../../src/app/cli/exit-quietly-on-closed-pipe';

function failure(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`write ${code}`), { code });
}

describe('exitQuietlyOnClosedPipe', () => {
  it('ends with code 0 and reports nothing when the reader closed the pipe', () => {
    const stream = new EventEmitter();
    const exit = jest.fn();
    const report = jest.fn();
    exitQuietlyOnClosedPipe(stream, exit, report);
    stream.emit('error', failure('EPIPE'));
    expect(exit).toHaveBeenCalledWith(0);
    expect(report).not.toHaveBeenCalled();
  });

  it('reports any other write error instead of hiding it', () => {
    const stream = new EventEmitter();
    const exit = jest.fn();
    const report = jest.fn();
    exitQuietlyOnClosedPipe(stream, exit, report);
    stream.emit('error', failure('ENOSPC'));
    expect(exit).not.toHaveBeenCalled();
    expect(report).toHaveBeenCalledWith(expect.objectContaining({ code: 'ENOSPC' }));
  });
});
