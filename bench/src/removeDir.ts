import { rmSync } from 'node:fs';

/** Removes a stack's temporary directory; retried, because a process that has just exited (anvil flushing its state
 * file, once seen) can still add an entry while the tree is being removed (ENOTEMPTY). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 500 });
}
