/**
 * The subgraph's build (graph codegen + graph build into build/), redone only when its inputs changed. anvil deploys
 * to the same addresses on every fresh chain, so a fresh start usually finds the build it needs already there.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { contentHash } from './contentHash';

const run = promisify(execFile);

/** Everything `npm run build -w subgraph` reads, networks.json (the addresses) included. */
const INPUTS = ['schema.graphql', 'subgraph.yaml', 'networks.json', 'abis', 'subgraph/src', 'subgraph/package.json'];
const STAMP = 'inputs.sha256';
const STAMP_PATH = /^build\/inputs\.sha256$/;

/** Builds the subgraph unless build/ holds a build of the same inputs; returns whether it built. */
export async function buildSubgraph(repoRoot: string): Promise<boolean> {
  const stampFile = join(repoRoot, 'build', STAMP);
  // The stamp names the inputs and the output: a build made by hand since (npm run build -w subgraph) no longer matches.
  const stampNow = () => `${contentHash(repoRoot, INPUTS)} ${contentHash(repoRoot, ['build'], STAMP_PATH)}`;
  const built = existsSync(join(repoRoot, 'build', 'subgraph.yaml')) && existsSync(stampFile);
  if (built && readFileSync(stampFile, 'utf8') === stampNow()) return false;
  await run('npm', ['run', 'build', '--workspace', 'subgraph'], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; message: string }) => {
      throw new Error(`the subgraph did not build: ${(error.stdout ?? error.message).trim().split('\n').slice(-3).join(' ')}`);
    },
  );
  writeFileSync(stampFile, stampNow());
  return true;
}
