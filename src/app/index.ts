import { buildEngine } from './build-engine';
import { exitQuietlyOnClosedPipe } from './cli/exit-quietly-on-closed-pipe';
import { latchProgram } from './cli/latch-program';
import { loadConfig } from '../config';
import type { Engine } from '../engine/create-engine';
import { ContentError } from '../knowledge/content-error';

/**
 * The composition root: config, then content and understanding (built on first use), then the channel.
 * Returns the exit code; broken content stops everything with its file, line and fix.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  exitQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code), (error) => {
    process.stderr.write(`latch: cannot write the output: ${error.message}\n`);
    process.exit(1);
  });
  try {
    const config = loadConfig();
    let engine: Engine | undefined;
    const program = latchProgram({
      config,
      engine: () => (engine ??= buildEngine(config)),
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      setExitCode: (code) => (exitCode = code),
    });
    program.exitOverride();
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof ContentError) {
      process.stderr.write(`latch cannot start: ${error.message}\nFix the file(s) above and run \`npx latch kb check\` again.\n`);
      return 1;
    }
    const commanderError = error as { code?: string; exitCode?: number };
    if (typeof commanderError.code === 'string' && commanderError.code.startsWith('commander.')) return commanderError.exitCode ?? 1;
    process.stderr.write(`latch: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  return exitCode;
}
