/**
 * Records a deployment in the repository's `networks.json` (graph-cli's format: network -> data source ->
 * { address, startBlock }) from forge's broadcast log. Every contract's startBlock is the block in which the
 * deployment began: it covers the events their constructors and the wiring emit, and it does not depend on how
 * the node batched the deployment's transactions into blocks, so a fresh local chain always records the same file.
 *
 *   tsx scripts/writeNetworks.ts [--network localhost] [--chain-id 31337]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** Contracts the subgraph indexes as data sources, or that clients need to find. Implementations behind
 * vault clones are left out: the subgraph reaches vaults through templates. */
const RECORDED = [
  'ModelRegistry',
  'LicenseMarket',
  'ShareVaultFactory',
  'DisputeResolver',
  'Curation',
  'MintToken',
  'MarketGovernor',
  'TimelockController',
  'MockStablecoin',
] as const;

interface BroadcastLog {
  transactions: { transactionType: string; contractName: string | null; contractAddress: string }[];
  receipts: { blockNumber: string }[];
}

type Networks = Record<string, Record<string, { address: string; startBlock: number }>>;

const contractsDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const networksFile = join(contractsDir, '..', 'networks.json');

const { values } = parseArgs({
  options: { network: { type: 'string', default: 'localhost' }, 'chain-id': { type: 'string', default: '31337' } },
});
const logFile = join(contractsDir, 'broadcast', 'DeployModelMint.s.sol', values['chain-id']!, 'run-latest.json');
if (!existsSync(logFile)) {
  throw new Error(`${logFile} is missing: run the deploy script with --broadcast on chain ${values['chain-id']} first`);
}
const log = JSON.parse(readFileSync(logFile, 'utf8')) as BroadcastLog;
const startBlock = Math.min(...log.receipts.map((receipt) => Number(BigInt(receipt.blockNumber))));

const entries: Networks[string] = {};
for (const tx of log.transactions) {
  const name = tx.contractName as (typeof RECORDED)[number] | null;
  if (tx.transactionType !== 'CREATE' || name === null || !RECORDED.includes(name)) continue;
  entries[name] = { address: tx.contractAddress.toLowerCase(), startBlock };
}
const missing = RECORDED.filter((name) => !(name in entries) && name !== 'MockStablecoin');
if (missing.length > 0) throw new Error(`${logFile}: no creation of ${missing.join(', ')}`);

const networks: Networks = existsSync(networksFile) ? JSON.parse(readFileSync(networksFile, 'utf8')) : {};
networks[values.network!] = entries;
writeFileSync(networksFile, `${JSON.stringify(networks, null, 2)}\n`);
console.log(`networks.json: ${values.network} <- ${Object.keys(entries).length} contracts from chain ${values['chain-id']}`);
