/**
 * The benchmark's peer: Ponder indexing the same chain as the subgraph, on its default embedded database (PGlite).
 * It computes what the dashboard reads of the subgraph (the money path with its day series, licences, share vaults
 * with holdings and holder revenue, governance and disputes) into the same aggregates, so both indexers' totals can be
 * compared. The bench starts it with the chain and addresses in the environment; it is not part of the product.
 */
import { createConfig, factory } from 'ponder';
import { type Address, getAbiItem } from 'viem';

import {
  disputeResolverAbi,
  licenseMarketAbi,
  marketGovernorAbi,
  modelRegistryAbi,
  shareVaultAbi,
  shareVaultFactoryAbi,
  vaultGovernorAbi,
} from '@modelmint/contracts/abis';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the bench passes the chain and the deployment to the Ponder peer`);
  return value;
}

const vaultFactory = required('PEER_SHARE_VAULT_FACTORY') as Address;
const fractionalized = getAbiItem({ abi: shareVaultFactoryAbi, name: 'ModelFractionalized' });

export default createConfig({
  database: { kind: 'pglite', directory: required('PEER_PGLITE_DIR') },
  chains: { anvil: { id: 31337, rpc: required('PEER_RPC_URL'), disableCache: true } },
  contracts: {
    ModelRegistry: { chain: 'anvil', abi: modelRegistryAbi, address: required('PEER_MODEL_REGISTRY') as Address, startBlock: 0 },
    LicenseMarket: { chain: 'anvil', abi: licenseMarketAbi, address: required('PEER_LICENSE_MARKET') as Address, startBlock: 0 },
    ShareVaultFactory: { chain: 'anvil', abi: shareVaultFactoryAbi, address: vaultFactory, startBlock: 0 },
    ShareVault: {
      chain: 'anvil',
      abi: shareVaultAbi,
      address: factory({ address: vaultFactory, event: fractionalized, parameter: 'vault' }),
      startBlock: 0,
    },
    VaultGovernor: {
      chain: 'anvil',
      abi: vaultGovernorAbi,
      address: factory({ address: vaultFactory, event: fractionalized, parameter: 'governor' }),
      startBlock: 0,
    },
    MarketGovernor: { chain: 'anvil', abi: marketGovernorAbi, address: required('PEER_MARKET_GOVERNOR') as Address, startBlock: 0 },
    DisputeResolver: { chain: 'anvil', abi: disputeResolverAbi, address: required('PEER_DISPUTE_RESOLVER') as Address, startBlock: 0 },
  },
});
