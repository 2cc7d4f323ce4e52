import { listeningSockets } from './listeningSockets';

/**
 * One line saying that graph-node's ports listen beyond loopback, read from the kernel's socket table, with why the
 * loopback shim did not keep them in; undefined when every one is on loopback.
 */
export function exposureWarning(ports: number[], whyNoShim: string | undefined): string | undefined {
  const own = new Set(ports);
  const exposed = listeningSockets().filter((socket) => own.has(socket.port) && !socket.loopback);
  if (exposed.length === 0) return undefined;
  const where = exposed.map((socket) => `${socket.address}:${socket.port}`).join(', ');
  const why = whyNoShim ?? 'its bind() calls did not go through the loopback shim';
  return `graph-node listens on ${where}, reachable from other machines (its admin port deploys and removes subgraphs unauthenticated): ${why}; firewall those ports`;
}
