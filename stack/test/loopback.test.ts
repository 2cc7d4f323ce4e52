/**
 * The loopback shim preloaded into graph-node, on a real process: a server that binds the wildcard address ends up on
 * loopback; without a compiler the shim is reported unavailable, and a port open to other machines gets its warning.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';

import { exposureWarning } from '../src/loopback/exposureWarning';
import { listeningSockets } from '../src/loopback/listeningSockets';
import { loopbackPreload } from '../src/loopback/loopbackPreload';

const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), 'modelmint-loopback-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// A child that binds 0.0.0.0 and :: (as graph-node does) and prints the addresses the kernel gave it.
const wildcardServers = `
const net = require('node:net');
const listen = (host) => new Promise((done) => { const s = net.createServer().listen(0, host, () => done(s)); });
Promise.all([listen('0.0.0.0'), listen('::')]).then((servers) => {
  console.log(JSON.stringify(servers.map((s) => s.address().address)));
  servers.forEach((s) => s.close());
});`;

test('with the shim preloaded, binds to 0.0.0.0 and :: land on 127.0.0.1 and ::1', async () => {
  const shim = await loopbackPreload(scratch);
  assert.ok('preload' in shim, `the shim did not build: ${'unavailable' in shim ? shim.unavailable : ''}`);
  const { stdout } = await run(process.execPath, ['-e', wildcardServers], { env: { ...process.env, LD_PRELOAD: shim.preload } });
  assert.deepEqual(JSON.parse(stdout), ['127.0.0.1', '::1']);
  const { stdout: without } = await run(process.execPath, ['-e', wildcardServers]);
  assert.deepEqual(JSON.parse(without), ['0.0.0.0', '::'], 'without the shim the same binds stay on every interface');
});

test('no C compiler: the shim is unavailable, with what to install', async () => {
  const shim = await loopbackPreload(join(scratch, 'no-compiler'), { CC: join(scratch, 'no-such-cc') });
  assert.deepEqual(shim, { unavailable: `no C compiler (${join(scratch, 'no-such-cc')}) to build its loopback shim: install gcc` });
});

test('a port open to other machines is named in one line, with why; loopback ports are not', async () => {
  const open = createServer().listen(0, '0.0.0.0');
  const local = createServer().listen(0, '127.0.0.1');
  await Promise.all([open, local].map((server) => new Promise((done) => server.once('listening', done))));
  const [openPort, localPort] = [open, local].map((server) => (server.address() as { port: number }).port) as [number, number];
  try {
    assert.ok(listeningSockets().some((socket) => socket.port === openPort && socket.address === '0.0.0.0'));
    const warning = exposureWarning([openPort, localPort], 'no C compiler (cc) to build its loopback shim: install gcc');
    assert.equal(
      warning,
      `graph-node listens on 0.0.0.0:${openPort}, reachable from other machines (its admin port deploys and removes subgraphs unauthenticated): no C compiler (cc) to build its loopback shim: install gcc; firewall those ports`,
    );
    assert.equal(exposureWarning([localPort], undefined), undefined);
  } finally {
    open.close();
    local.close();
  }
});
