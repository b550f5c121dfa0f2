import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/statements.js', import.meta.url));
export const SEED = 'seeds/2020-12-23-global-times-wang-yi-lavrov-call.txt';
export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary from the project root, as a user would, with colour off. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; noStdin?: boolean } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    // No stdin at all (/dev/null) is how a terminal-less first run looks; a pipe carries input.
    ...(options.noStdin ? { stdio: ['ignore', 'pipe', 'pipe'] as const } : { input: options.input ?? '' }),
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a shell pipeline from the project root (for `| head` and friends). */
export function runShell(script: string): RunResult {
  const result = spawnSync('bash', ['-c', script], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', STATEMENTS: `node ${BIN}` }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
