/**
 * The benchmark's peer: Ponder indexing the same chain as the subgraph, on its default embedded database (PGlite).
 * It handles the events that carry the market's money (registrations, licences, payments, royalty credits, usage,
 * withdrawals) into the same aggregates the subgraph keeps for them, so both indexers' totals can be compared.
 * The bench starts it with the chain and addresses in the environment; it is not part of the product.
 */
import { createConfig } from 'ponder';
import type { Address } from 'viem';

import { licenseMarketAbi, modelRegistryAbi } from '@modelmint/contracts/abis';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the bench passes the chain and the deployment to the Ponder peer`);
  return value;
}

export default createConfig({
  database: { kind: 'pglite', directory: required('PEER_PGLITE_DIR') },
  chains: { anvil: { id: 31337, rpc: required('PEER_RPC_URL'), disableCache: true } },
  contracts: {
    ModelRegistry: { chain: 'anvil', abi: modelRegistryAbi, address: required('PEER_MODEL_REGISTRY') as Address, startBlock: 0 },
    LicenseMarket: { chain: 'anvil', abi: licenseMarketAbi, address: required('PEER_LICENSE_MARKET') as Address, startBlock: 0 },
  },
});
