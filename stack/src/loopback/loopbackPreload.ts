/**
 * Keeps graph-node's servers on loopback: `gnd` has no option for the address it listens on, so bindLoopback.c is
 * compiled once (by content hash, into node_modules/.cache) with the machine's C compiler and preloaded into it.
 * Where that cannot be done (no compiler), the caller is told why, to say so in one line.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const SOURCE = join(import.meta.dirname, 'bindLoopback.c');
const CACHE_DIR = resolve(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'modelmint');

export type LoopbackPreload = { preload: string } | { unavailable: string };

/** The shim's library, built into `cacheDir` with `$CC` (else `cc`) unless a build of the same source is there. */
export async function loopbackPreload(cacheDir = CACHE_DIR, env: NodeJS.ProcessEnv = process.env): Promise<LoopbackPreload> {
  const source = readFileSync(SOURCE);
  const library = join(cacheDir, `bind-loopback-${createHash('sha256').update(source).digest('hex').slice(0, 16)}.so`);
  if (existsSync(library)) return { preload: library };
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${library}.${process.pid}.partial`;
  const compiler = env.CC ?? 'cc';
  try {
    await run(compiler, ['-shared', '-fPIC', '-O2', '-o', partial, SOURCE, '-ldl']);
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT') return { unavailable: `no C compiler (${compiler}) to build its loopback shim: install gcc` };
    return { unavailable: `its loopback shim did not compile with ${compiler}: ${(stderr ?? '').trim().split('\n')[0]}` };
  }
  renameSync(partial, library);
  return { preload: library };
}

/** LD_PRELOAD with the shim first, keeping whatever the environment preloads already. */
export function withPreload(current: string | undefined, library: string): string {
  return current ? `${library} ${current}` : library;
}
