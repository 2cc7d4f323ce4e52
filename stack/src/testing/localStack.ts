/**
 * The real parts the end-to-end tests run on, in one temporary directory: embedded PostgreSQL (with graph-node's
 * database), the IPFS endpoint, anvil and graph-node. Each part keeps its port for the life of the stack, so a test
 * can kill and restart any of them and the others find it again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { type Anvil, startAnvil } from '../processes/anvil';
import { freePort } from '../processes/ports';
import { type GraphNode, startGraphNode } from '../processes/graphNode';
import { type IpfsNode, startIpfs } from '../processes/ipfs';
import { type RunningPostgres, startPostgres } from '../processes/postgres';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

export interface ChainOptions {
  /** Funded accounts (anvil's default is 10). */
  accounts?: number;
  /** Unix time of block 0. */
  genesisTimestamp?: number;
  /** Keep the chain in a state file (written every second), so anvil can be restarted with the same chain. */
  persistent?: boolean;
}

export class LocalStack {
  postgres!: RunningPostgres;
  ipfs!: IpfsNode;
  anvil!: Anvil;
  graphNode: GraphNode | undefined;

  private constructor(
    readonly workDir: string,
    private readonly chain: ChainOptions,
    private readonly ports: Record<'postgres' | 'ipfs' | 'anvil' | 'http' | 'admin' | 'indexNode' | 'metrics', number>,
  ) {}

  /** Starts PostgreSQL, IPFS and anvil; graph-node starts with {startIndexer} once the test has made its chain. */
  static async start(name: string, chain: ChainOptions = {}): Promise<LocalStack> {
    const workDir = mkdtempSync(join(tmpdir(), `modelmint-${name}-`));
    const ports = { postgres: 0, ipfs: 0, anvil: 0, http: 0, admin: 0, indexNode: 0, metrics: 0 };
    for (const key of Object.keys(ports) as (keyof typeof ports)[]) ports[key] = await freePort();
    const stack = new LocalStack(workDir, chain, ports);
    try {
      await stack.startPostgres();
      await stack.postgres.createGraphNodeDatabase('graph');
      stack.ipfs = await startIpfs(join(workDir, 'ipfs'), ports.ipfs);
      await stack.startChain();
    } catch (error) {
      await stack.stop(true);
      throw new Error(`the local stack did not start (logs in ${workDir}): ${error instanceof Error ? error.message : String(error)}`);
    }
    return stack;
  }

  /** (Re)starts PostgreSQL on its port and data directory. */
  async startPostgres(): Promise<void> {
    this.postgres = await startPostgres(join(this.workDir, 'postgres'), this.ports.postgres);
  }

  /** (Re)starts anvil on its port; with `persistent`, from the chain it saved. */
  async startChain(): Promise<void> {
    this.anvil = await startAnvil({
      port: this.ports.anvil,
      logFile: join(this.workDir, 'anvil.log'),
      accounts: this.chain.accounts,
      genesisTimestamp: this.chain.genesisTimestamp,
      ...(this.chain.persistent ? { stateFile: join(this.workDir, 'anvil-state.json'), stateIntervalSeconds: 1 } : {}),
    });
  }

  /** (Re)starts graph-node on the subgraph built in build/, polling the chain often as npm start does on anvil. */
  async startIndexer(): Promise<GraphNode> {
    this.graphNode = await startGraphNode({
      buildDir: join(repoRoot, 'build'),
      deploymentsDir: join(this.workDir, 'subgraphs'),
      network: 'localhost',
      rpcUrl: this.anvil.rpcUrl,
      ipfsUrl: this.ipfs.url,
      postgresUrl: this.postgres.urlOf('graph'),
      ports: { http: this.ports.http, admin: this.ports.admin, indexNode: this.ports.indexNode, metrics: this.ports.metrics },
      logFile: join(this.workDir, 'graph-node.log'),
      pollingIntervalMs: 200,
    });
    return this.graphNode;
  }

  /** Stops every part; the directory (data and logs) stays when `keep` is set. */
  async stop(keep: boolean): Promise<void> {
    for (const part of [this.graphNode, this.anvil, this.ipfs, this.postgres]) await part?.stop().catch(() => undefined);
    if (keep) console.log(`data and logs kept in ${this.workDir}`);
    else rmSync(this.workDir, { recursive: true, force: true });
  }
}
