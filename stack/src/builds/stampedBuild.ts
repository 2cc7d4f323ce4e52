/**
 * A workspace's build (`npm run build -w <workspace>`), redone only when what it was built from changed: a stamp file
 * beside the build records that, and a build whose stamp matches is reused.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface StampedBuild {
  repoRoot: string;
  workspace: string;
  /** A file the build writes: without it there is no build to reuse. */
  output: string;
  stampFile: string;
  /** What the build is made from, read again once it is done (a stamp may name the output too). */
  stamp(): string;
  /** The build's environment; this process's when not given. */
  env?: NodeJS.ProcessEnv;
  /** Where the build's tool says why it failed. */
  reportsOn: 'stdout' | 'stderr';
}

/** Builds unless the build in place has the same stamp; returns whether it built. */
export async function buildUnlessStamped(build: StampedBuild): Promise<boolean> {
  const { repoRoot, workspace, stampFile } = build;
  if (existsSync(build.output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === build.stamp()) return false;
  await run('npm', ['run', 'build', '--workspace', workspace], { cwd: repoRoot, env: build.env, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string; message: string }) => {
      const output = error[build.reportsOn] || error.message;
      throw new Error(`the ${workspace} did not build: ${output.trim().split('\n').slice(-3).join(' ')}`);
    },
  );
  writeFileSync(stampFile, build.stamp());
  return true;
}
