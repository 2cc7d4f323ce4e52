import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { type Child, startChild, waitUntil } from './child';

export interface AnvilOptions {
  port: number;
  logFile: string;
  /** Chain state file: restored at start (identical block hashes) and written every `stateIntervalSeconds` and on
   * a clean stop. */
  stateFile?: string;
  stateIntervalSeconds?: number;
  /** Funded accounts derived from anvil's mnemonic (default 10). */
  accounts?: number;
  /** Unix time of the genesis block; later blocks follow from it. */
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

export async function startAnvil(options: AnvilOptions): Promise<Anvil> {
  const args = ['--host', '127.0.0.1', '--port', String(options.port)];
  if (options.accounts) args.push('--accounts', String(options.accounts), '--balance', '1000000');
  if (options.genesisTimestamp) args.push('--timestamp', String(options.genesisTimestamp));
  if (options.stateFile) {
    args.push('--state', options.stateFile, '--state-interval', String(options.stateIntervalSeconds ?? 5));
  }
  const child = startChild('anvil', anvilBinary(), args, options.logFile);
  const rpcUrl = `http://127.0.0.1:${options.port}`;
  await waitUntil(child, `answering on ${rpcUrl}`, () => answers(rpcUrl), 30_000);
  return { rpcUrl, child, stop: () => child.stop('SIGINT', 10_000) };
}
