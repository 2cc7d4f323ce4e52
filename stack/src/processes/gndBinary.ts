import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Path of the `gnd` binary (graph-node's dev mode), shipped by npm for Linux x64 only. */
export function gndBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`graph-node (gnd) ships for Linux x64 only; this is ${process.platform}-${process.arch}`);
  }
  const require = createRequire(import.meta.url);
  let packageJson: string;
  try {
    packageJson = require.resolve('@graphprotocol/gnd-linux-x64/package.json');
  } catch {
    throw new Error('@graphprotocol/gnd-linux-x64 is not installed: run `npm install` at the repository root');
  }
  const binary = join(dirname(packageJson), 'bin', 'gnd');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: reinstall @graphprotocol/gnd-linux-x64`);
  return binary;
}
