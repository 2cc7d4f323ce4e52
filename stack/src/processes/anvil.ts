import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { createTestClient, http, publicActions } from 'viem';
import { foundry } from 'viem/chains';

import { type Child, startChild, waitUntil } from './child';

export interface AnvilOptions {
  port: number;
  logFile: string;
  /** Chain state file: restored at start (identical block hashes) and written every `stateIntervalSeconds` and on
   * a clean stop. */
  stateFile?: string;
  /** 5 s unless given; 0 writes the state only on a clean stop (a long simulation: anvil answers no request while it
   * writes a state of gigabytes). */
  stateIntervalSeconds?: number;
  /** How long anvil may take to restore its state at start and to write it at a clean stop (30 s and 10 s unless
   * given; a chain of a million events takes minutes). */
  stateTimeoutMs?: number;
  /** Funded accounts derived from anvil's mnemonic (default 10). */
  accounts?: number;
  /** Unix time of the genesis block; later blocks follow from it. Given again when `stateFile` restores a chain:
   * anvil rebuilds the genesis block from it, and its hash identifies the chain. */
  genesisTimestamp?: number;
}

export interface Anvil {
  rpcUrl: string;
  child: Child;
  /** Stops with SIGINT so anvil writes its state file. */
  stop(): Promise<void>;
}

function anvilBinary(): string {
  const require = createRequire(import.meta.url);
  const suffix = process.platform === 'darwin' ? 'darwin' : process.platform === 'win32' ? 'win32' : 'linux';
  const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
  const pkg = require.resolve(`@foundry-rs/anvil-${suffix}-${arch}/package.json`);
  return join(dirname(pkg), 'bin', 'anvil');
}

async function answers(rpcUrl: string): Promise<boolean> {
  const response = await fetch(rpcUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
  });
  return response.ok;
}

/**
 * anvil's --timestamp also sets its clock: a chain restored with it would date its next blocks back at its genesis
 * day, before the blocks it already has. Its next block is set to the wall clock instead (or just after its last
 * block, should that be later), and anvil's clock follows on from there.
 */
async function resumeClock(rpcUrl: string): Promise<void> {
  const client = createTestClient({ chain: foundry, mode: 'anvil', transport: http(rpcUrl) }).extend(publicActions);
  const latest = await client.getBlock();
  if (latest.number === 0n) return;
  const now = BigInt(Math.floor(Date.now() / 1000));
  await client.setNextBlockTimestamp({ timestamp: now > latest.timestamp ? now : latest.timestamp + 1n });
}

export async function startAnvil(options: AnvilOptions): Promise<Anvil> {
  const args = ['--host', '127.0.0.1', '--port', String(options.port)];
  if (options.accounts) args.push('--accounts', String(options.accounts), '--balance', '1000000');
  if (options.genesisTimestamp) args.push('--timestamp', String(options.genesisTimestamp));
  if (options.stateFile) {
    const interval = options.stateIntervalSeconds ?? 5;
    args.push('--state', options.stateFile, ...(interval > 0 ? ['--state-interval', String(interval)] : []));
  }
  const child = startChild('anvil', anvilBinary(), args, options.logFile);
  const rpcUrl = `http://127.0.0.1:${options.port}`;
  await waitUntil(child, `answering on ${rpcUrl}`, () => answers(rpcUrl), options.stateTimeoutMs ?? 30_000);
  if (options.genesisTimestamp && options.stateFile) await resumeClock(rpcUrl);
  return { rpcUrl, child, stop: () => child.stop('SIGINT', options.stateTimeoutMs ?? 10_000) };
}
