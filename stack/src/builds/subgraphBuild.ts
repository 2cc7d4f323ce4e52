/**
 * The subgraph's build (graph codegen + graph build into build/), redone only when its inputs changed. anvil deploys
 * to the same addresses on every fresh chain, so a fresh start usually finds the build it needs already there.
 */
import { join } from 'node:path';

import { contentHash } from './contentHash';
import { buildUnlessStamped } from './stampedBuild';

/** Everything `npm run build -w subgraph` reads, networks.json (the addresses) included. */
const INPUTS = ['schema.graphql', 'subgraph.yaml', 'networks.json', 'contracts/abis', 'subgraph/src', 'subgraph/package.json'];
const STAMP_PATH = /^build\/inputs\.sha256$/;

/** Builds the subgraph unless build/ holds a build of the same inputs; returns whether it built. */
export function buildSubgraph(repoRoot: string): Promise<boolean> {
  return buildUnlessStamped({
    repoRoot,
    workspace: 'subgraph',
    output: join(repoRoot, 'build', 'subgraph.yaml'),
    stampFile: join(repoRoot, 'build', 'inputs.sha256'),
    // The stamp names the inputs and the output: a build made by hand since (npm run build -w subgraph) no longer matches.
    stamp: () => `${contentHash(repoRoot, INPUTS)} ${contentHash(repoRoot, ['build'], STAMP_PATH)}`,
    reportsOn: 'stdout',
  });
}
