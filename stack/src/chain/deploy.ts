/**
 * Deploys the marketplace with the contracts' forge script and records it in networks.json (graph-cli's format),
 * from which the subgraph build takes its addresses and start blocks.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import type { Address } from 'viem';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const contractsDir = join(repoRoot, 'contracts');
const bin = (tool: string) => join(repoRoot, 'node_modules', '.bin', tool);

export const NETWORKS_FILE = join(repoRoot, 'networks.json');

export interface DeployedContract {
  address: Address;
  startBlock: number;
}

export type Deployment = Record<
  | 'ModelRegistry'
  | 'LicenseMarket'
  | 'ShareVaultFactory'
  | 'DisputeResolver'
  | 'Curation'
  | 'MintToken'
  | 'MarketGovernor'
  | 'TimelockController'
  | 'MockStablecoin',
  DeployedContract
>;

export function readDeployment(network: string): Deployment {
  const networks = JSON.parse(readFileSync(NETWORKS_FILE, 'utf8')) as Record<string, Deployment>;
  const deployment = networks[network];
  if (!deployment) throw new Error(`networks.json has no network '${network}': deploy to it first`);
  return deployment;
}

/** Runs the deploy script against `rpcUrl` and records the result under `network`. */
export async function deployContracts(rpcUrl: string, network: string, chainId: number): Promise<Deployment> {
  try {
    // contracts/toolchain/forge.mjs, not the npm launcher, which exits 0 even when forge fails. --slow sends each
    // transaction once the one before is mined: sent all at once, anvil once left six of them queued behind a nonce it
    // had already mined, and forge waited for their receipts forever.
    await run(
      process.execPath,
      ['toolchain/forge.mjs', 'script', 'script/DeployModelMint.s.sol', '--rpc-url', rpcUrl, '--broadcast', '--slow'],
      {
        cwd: contractsDir,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    await run(bin('tsx'), ['scripts/writeNetworks.ts', '--network', network, '--chain-id', String(chainId)], { cwd: contractsDir });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`deploying the contracts to ${rpcUrl} failed: ${(stderr || stdout || String(error)).trim()}`);
  }
  return readDeployment(network);
}
