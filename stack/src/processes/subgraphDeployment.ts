/**
 * How the subgraph reaches graph-node so that its index survives restarts.
 *
 * `gnd dev` drops and re-creates the subgraphs named on its command line at every start (graph-node's
 * node/src/helpers.rs, drop_and_recreate_subgraph). Subgraphs deployed through the admin JSON-RPC API are kept and
 * resumed from their last block like on any graph-node. So gnd dev is given an idle manifest (the same build with
 * every data source pointed at an address that emits nothing) and the real build is deployed by name through
 * `subgraph_create` / `subgraph_deploy`.
 *
 * gnd dev resolves deployments from files, and a deployment's identity is its manifest path: the build is copied to
 * a directory named by the hash of its contents, so a changed build is a new deployment (indexed from its start
 * block) and an unchanged one resumes.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { contentHash } from '../builds/contentHash';

const IDLE_ADDRESS = '0x000000000000000000000000000000000000dEaD';

export interface StagedBuild {
  /** Manifest of the real subgraph, deployed by name. */
  manifest: string;
  /** Manifest gnd dev is started with: indexes nothing. */
  idleManifest: string;
}

/** Copies `buildDir` (graph build's output) to `deploymentsDir/<content hash>/` unless already there. */
export function stageBuild(buildDir: string, deploymentsDir: string): StagedBuild {
  const manifestPath = join(buildDir, 'subgraph.yaml');
  if (!existsSync(manifestPath)) throw new Error(`${relative(process.cwd(), manifestPath)} is missing: run npm run build -w subgraph`);
  const target = join(deploymentsDir, contentHash(buildDir, ['.']));
  if (!existsSync(join(target, 'subgraph.yaml'))) cpSync(buildDir, target, { recursive: true });
  const idleManifest = join(target, 'idle.yaml');
  const manifest = readFileSync(join(target, 'subgraph.yaml'), 'utf8');
  writeFileSync(idleManifest, manifest.replace(/address: "0x[0-9a-fA-F]{40}"/g, `address: "${IDLE_ADDRESS}"`));
  return { manifest: join(target, 'subgraph.yaml'), idleManifest };
}

async function adminCall(adminUrl: string, method: string, params: Record<string, string>): Promise<void> {
  const response = await fetch(adminUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = (await response.json()) as { error?: { message: string } };
  if (body.error) throw new Error(`graph-node ${method} failed: ${body.error.message}`);
}

/** Creates the name (idempotent) and deploys the manifest under it; an already deployed manifest just resumes. */
export async function deploySubgraph(adminUrl: string, name: string, manifest: string): Promise<void> {
  await adminCall(adminUrl, 'subgraph_create', { name });
  await adminCall(adminUrl, 'subgraph_deploy', { name, ipfs_hash: manifest });
}
