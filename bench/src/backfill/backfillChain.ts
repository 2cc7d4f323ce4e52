/**
 * The chain both indexers backfill: anvil with the contracts deployed and a simulated market of the requested scale.
 * The simulated chain is kept under bench/.cache (anvil's state file and its genesis time), so a later run of the
 * same scale starts from it instead of simulating again (the simulation is seeded: the same transactions, though how
 * they fall into blocks depends on timing). A change to the contracts or the simulator simulates it again.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { deployContracts, type Deployment, forgetNonces, readDeployment } from '@modelmint/stack/chain';
import { ANVIL_FIXED_FIELDS, MarketClient } from '@modelmint/stack/market';
import { type Anvil, freePort, type IpfsNode, startAnvil, startIpfs } from '@modelmint/stack/processes';
import { contentHash } from '@modelmint/stack/builds';
import { simulateMarket } from '@modelmint/stack/simulator';
import { DAY_SECONDS } from '@modelmint/subgraph/api';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const cacheRoot = join(repoRoot, 'bench', '.cache');
/** What the simulated chain is made of: the contracts and the code that deploys them and trades. */
const CHAIN_INPUTS = ['contracts/src', 'stack/src/chain', 'stack/src/market', 'stack/src/simulator'];

export interface Scale {
  days: number;
  models: number;
  accounts: number;
}

/** The chains the bench backfills: the default (~120,000 events) and the large market, ten times its breadth. */
export const BACKFILL_SCALES = {
  default: { days: 420, models: 40, accounts: 200 },
  large: { days: 420, models: 400, accounts: 2_000 },
} as const satisfies Record<string, Scale>;

export interface BackfillChain {
  rpcUrl: string;
  deployment: Deployment;
  market: MarketClient;
  head: bigint;
  ipfs: IpfsNode;
  stop(): Promise<void>;
}

interface CachedChain {
  genesisTimestamp: number;
  head: string;
  /** contentHash of CHAIN_INPUTS when the chain was simulated. */
  inputs: string;
}

export async function backfillChain(scale: Scale, log: (line: string) => void): Promise<BackfillChain> {
  const dir = join(cacheRoot, `backfill-${scale.days}d-${scale.models}m-${scale.accounts}a`);
  const recordFile = join(dir, 'chain.json');
  const inputs = contentHash(repoRoot, CHAIN_INPUTS);
  const recorded: CachedChain | undefined = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : undefined;
  const cached = recorded?.inputs === inputs ? recorded : undefined;
  if (recorded && !cached) log(`the contracts or the simulator changed since ${dir} was simulated: simulating again`);
  if (!cached) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const ipfs = await startIpfs(join(dir, 'ipfs'), await freePort());
  let anvil: Anvil | undefined;
  try {
    const genesisTimestamp = cached?.genesisTimestamp ?? Math.floor(Date.now() / 1000) - scale.days * DAY_SECONDS - 3_600;
    const startChain = async () =>
      startAnvil({
        port: await freePort(),
        logFile: join(dir, 'anvil.log'),
        stateFile: join(dir, 'anvil-state.json'),
        // Written once, when the simulation is done: a periodic write of a large chain's state stalls anvil's answers.
        stateIntervalSeconds: 0,
        stateTimeoutMs: 15 * 60 * 1000,
        accounts: scale.accounts + 1,
        genesisTimestamp,
      });
    anvil = await startChain();
    let deployment: Deployment;
    let market: MarketClient;
    if (cached) {
      deployment = readDeployment('localhost');
      market = new MarketClient(anvil.rpcUrl, deployment, ANVIL_FIXED_FIELDS);
      log(`backfill chain from ${dir} (simulated before)`);
    } else {
      deployment = await deployContracts(anvil.rpcUrl, 'localhost', 31337);
      market = new MarketClient(anvil.rpcUrl, deployment, ANVIL_FIXED_FIELDS);
      log(`simulating the backfill market: ${scale.days} days, ${scale.models} models, ${scale.accounts} accounts…`);
      const started = Date.now();
      forgetNonces();
      await simulateMarket(market, ipfs, {
        ...scale,
        seed: 1,
        onDay: (day) => day % 30 === 0 && log(`  day ${day}/${scale.days} (${Math.round((Date.now() - started) / 1000)} s)`),
      });
    }
    const head = await market.public.getBlockNumber();
    if (cached && BigInt(cached.head) !== head)
      throw new Error(`the cached chain in ${dir} ends at block ${head}, not ${cached.head}: delete the directory`);
    if (!cached) {
      // anvil writes its state on a clean stop; restart it so the cache is complete before it is recorded.
      await anvil.stop();
      anvil = await startChain();
      market = new MarketClient(anvil.rpcUrl, deployment, ANVIL_FIXED_FIELDS);
      writeFileSync(recordFile, JSON.stringify({ genesisTimestamp, head: head.toString(), inputs } satisfies CachedChain));
    }
    const running = anvil;
    return {
      rpcUrl: running.rpcUrl,
      deployment,
      market,
      head,
      ipfs,
      async stop() {
        await running.stop();
        await ipfs.stop();
      },
    };
  } catch (error) {
    await anvil?.stop();
    await ipfs.stop();
    throw error;
  }
}
