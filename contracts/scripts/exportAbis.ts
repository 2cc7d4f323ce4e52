/**
 * Writes the ABI of every deployable contract from forge's build output (`out/`) to the repository's `abis/`,
 * which the subgraph and the local stack read. `--check` writes nothing and fails when `abis/` is stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const contractsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const abisDir = join(contractsDir, '..', 'abis');

/** Source file name (as forge names its output folder) of each exported contract. */
const EXPORTED: Record<string, string> = {
  ModelRegistry: 'ModelRegistry.sol',
  LicenseMarket: 'LicenseMarket.sol',
  ShareVaultFactory: 'ShareVaultFactory.sol',
  ShareVault: 'ShareVault.sol',
  VaultGovernor: 'VaultGovernor.sol',
  DisputeResolver: 'DisputeResolver.sol',
  Curation: 'Curation.sol',
  MintToken: 'MintToken.sol',
  MarketGovernor: 'MarketGovernor.sol',
  TimelockController: 'TimelockController.sol',
  MockStablecoin: 'MockStablecoin.sol',
};

function abiJson(contract: string, file: string): string {
  const artifact = join(contractsDir, 'out', file, `${contract}.json`);
  if (!existsSync(artifact)) {
    throw new Error(`${artifact} is missing: run \`forge build\` in contracts/ first`);
  }
  const { abi } = JSON.parse(readFileSync(artifact, 'utf8')) as { abi: unknown[] };
  return `${JSON.stringify(abi, null, 2)}\n`;
}

const check = process.argv.includes('--check');
const stale: string[] = [];
mkdirSync(abisDir, { recursive: true });
for (const [contract, file] of Object.entries(EXPORTED)) {
  const target = join(abisDir, `${contract}.json`);
  const fresh = abiJson(contract, file);
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === fresh) continue;
  if (check) stale.push(contract);
  else writeFileSync(target, fresh);
}
if (stale.length > 0) {
  console.error(`abis/ is stale for ${stale.join(', ')}: run \`npm run abis --workspace contracts\` and commit abis/`);
  process.exit(1);
}
console.log(check ? `abis/ matches the sources (${Object.keys(EXPORTED).length} contracts)` : `wrote abis/ (${Object.keys(EXPORTED).length} contracts)`);
