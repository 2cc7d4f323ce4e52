// Stops `npm start`, `npm test` and `npm run bench` with one line on a Node older than package.json's "engines",
// before anything half-starts: npm only warns about engines, and a Node past end-of-life fails late and obscurely.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const floor = /^>=(\d+)\.(\d+)$/.exec(engines.node);
if (!floor) throw new Error(`package.json engines.node must read ">=MAJOR.MINOR", not "${engines.node}"`);

const [major, minor] = process.versions.node.split('.').map(Number);
const [floorMajor, floorMinor] = [Number(floor[1]), Number(floor[2])];
if (major < floorMajor || (major === floorMajor && minor < floorMinor)) {
  console.error(
    `ModelMint needs Node ${floor[1]}.${floor[2]} or later (the LTS lines 22 and 24); this is Node ${process.version}: ` +
      'install Node 22 or 24 (https://nodejs.org, or `nvm install 24`), then `npm ci` and run this again.',
  );
  process.exit(1);
}
