/**
 * The local chain across starts: a start records the chain it simulated on (its genesis), and the next start resumes
 * that chain from anvil's state file, or starts it over when it cannot be resumed as recorded.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

import { createPublicClient, http } from 'viem';

import { type Anvil, startAnvil } from '../processes/anvil';
import { genesisTimestampFor } from '../simulator/defaultMarket';

/** What a previous start left: the chain it simulated on, so a restart can tell whether the index still fits. */
export interface StackState {
  genesisHash: string;
  /** anvil builds block 0 from its options even when it restores a state file: the same time keeps the same hash. */
  genesisTimestamp?: number;
  simulated: boolean;
}

export function readStackState(file: string): StackState | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StackState) : undefined;
}

export function writeStackState(file: string, state: StackState): void {
  writeFileSync(file, JSON.stringify(state, null, 2));
}

export async function genesisOf(rpcUrl: string): Promise<string> {
  return (await createPublicClient({ transport: http(rpcUrl) }).getBlock({ blockNumber: 0n })).hash;
}

export interface LocalChainOptions {
  port: number;
  logFile: string;
  /** anvil's state file. */
  chainState: string;
  accounts: number;
  /** Days the market is simulated for, which place a new chain's genesis. */
  days: number;
  previous: StackState | undefined;
  log: (message: string) => void;
}

/** anvil on the previous start's chain when it is still that chain, else on a new one. */
export async function startLocalChain(options: LocalChainOptions): Promise<{ anvil: Anvil; genesisTimestamp: number }> {
  const { previous, chainState } = options;
  const start = (genesisTimestamp: number) =>
    startAnvil({ port: options.port, logFile: options.logFile, stateFile: chainState, accounts: options.accounts, genesisTimestamp });
  // A chain no finished start recorded (a first start that died midway, or an older format) starts over.
  if (!previous?.genesisTimestamp) rmSync(chainState, { force: true });
  const genesisTimestamp = previous?.genesisTimestamp ?? genesisTimestampFor(options.days);
  const anvil = await start(genesisTimestamp);
  if (!previous || previous.genesisHash === (await genesisOf(anvil.rpcUrl))) return { anvil, genesisTimestamp };
  // Not the chain the index was built from (other --accounts, say): start it over rather than deploy on top of it.
  options.log('this chain is not the one the index was built from: starting the chain over');
  await anvil.stop();
  rmSync(chainState, { force: true });
  const newGenesis = genesisTimestampFor(options.days);
  return { anvil: await start(newGenesis), genesisTimestamp: newGenesis };
}
