/**
 * spawnSync's shape, without blocking: a test that runs the CLI with spawnSync blocks its vitest
 * worker for as long as the child runs, and on a loaded machine several such runs in a row keep the
 * worker from answering its runner for over a minute (vitest's "Timeout calling onTaskUpdate").
 * Tests run the CLI through this instead.
 */
import { spawn, type SpawnOptions } from 'node:child_process';

export interface SpawnResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function spawnAsync(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptions, 'stdio'> & { encoding?: BufferEncoding; input?: string | Uint8Array; maxBuffer?: number } = {},
): Promise<SpawnResult> {
  const { encoding, input, maxBuffer: _max, ...rest } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...rest, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolve({ status, signal, stdout: Buffer.concat(out).toString(encoding ?? 'utf8'), stderr: Buffer.concat(err).toString(encoding ?? 'utf8') }),
    );
    child.stdin!.on('error', () => undefined); // a child that exits without reading its input
    child.stdin!.end(input ?? undefined);
  });
}
