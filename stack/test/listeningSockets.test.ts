/** The socket-table reader that the start-up check and the full-stack test rely on, on tables read off this kernel. */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { parseSocketTable } from '../src/loopback/listeningSockets';

const ipv4Table = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F40 00000000:0000 0A 00000000:00000001 00:00000000 00000000     0        0 144417 2 0000000079a46bb3 100 0 0 10 0
   1: 00000000:1F41 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 144418 1 00000000ad2955ef 100 0 0 10 0
  15: 0100007F:A0CA 0100007F:1F40 01 00000000:00000000 00:00000000 00000000     0        0 144422 2 0000000071c9a0e4 20 0 0 10 -1
`;

const ipv6Table = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0000000000000000FFFF00000100007F:1F44 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 144421 1 00000000ceaa850c 100 0 0 10 0
   1: 00000000000000000000000000000000:1F43 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 144420 1 00000000e9e3ba74 100 0 0 10 0
   2: 00000000000000000000000001000000:1F42 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 144419 1 00000000117f0454 100 0 0 10 0
`;

test('IPv4: listening sockets with their address; a connected socket is not listening', () => {
  assert.deepEqual(parseSocketTable(ipv4Table, 'ipv4'), [
    { port: 8000, address: '127.0.0.1', loopback: true },
    { port: 8001, address: '0.0.0.0', loopback: false },
  ]);
});

test('IPv6: loopback, the wildcard and an IPv4-mapped loopback address', () => {
  assert.deepEqual(parseSocketTable(ipv6Table, 'ipv6'), [
    { port: 8004, address: '::ffff:127.0.0.1', loopback: true },
    { port: 8003, address: '::', loopback: false },
    { port: 8002, address: '::1', loopback: true },
  ]);
});
