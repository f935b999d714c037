import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository's root, where scripts are run from. */
export const repositoryRoot = resolve(import.meta.dirname, '..', '..');

export type NodeRun = { stdout: string; stderr: string; code: number | null };

/** Runs a script of the repository with the project's Node in a child process, `stdin` piped in. */
export function runNode(
  args: string[],
  options: { stdin?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<NodeRun> {
  return new Promise((done, fail) => {
    const child = spawn(join(repositoryRoot, 'node_modules', '.bin', 'node'), args, {
      cwd: repositoryRoot,
      ...(options.env ? { env: options.env } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', fail);
    child.on('close', (code) => done({ stdout, stderr, code }));
    child.stdin.end(options.stdin ?? '');
  });
}
