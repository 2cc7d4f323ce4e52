#!/usr/bin/env node
// The npm `forge` launcher (@foundry-rs/forge 1.7.1, bin.mjs) exits 0 whatever forge returns, so a failing test
// would pass `npm test`. This runs the platform binary that package installs and exits with forge's own code.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const platform = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform];
const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch];
const packageJson = createRequire(import.meta.url).resolve(`@foundry-rs/forge-${platform}-${arch}/package.json`);
const binary = join(dirname(packageJson), 'bin', process.platform === 'win32' ? 'forge.exe' : 'forge');
const result = spawnSync(binary, process.argv.slice(2), { stdio: 'inherit' });
if (result.error) {
  console.error(`forge could not start (${binary}): ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
