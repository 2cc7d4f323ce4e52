/**
 * The TCP sockets listening on this machine, read from the kernel's socket tables (/proc/net/tcp and tcp6): which
 * address each port is bound to, whichever process holds it.
 */
import { readFileSync } from 'node:fs';

export interface ListeningSocket {
  port: number;
  /** As the kernel holds it: `127.0.0.1`, `0.0.0.0`, `::1`, `::ffff:127.0.0.1`, `::`… */
  address: string;
  /** Reachable from this machine only. */
  loopback: boolean;
}

const LISTEN = '0A';

/** Parses one table's text; addresses are hex words in the machine's byte order (little-endian: gnd is x64-only). */
export function parseSocketTable(table: string, family: 'ipv4' | 'ipv6'): ListeningSocket[] {
  return table
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[3] === LISTEN)
    .map((fields) => {
      const [hexAddress, hexPort] = fields[1]!.split(':') as [string, string];
      const bytes = hostOrderWords(hexAddress);
      const address = family === 'ipv4' ? bytes.join('.') : ipv6Text(bytes);
      return { port: Number.parseInt(hexPort, 16), address, loopback: isLoopback(bytes) };
    });
}

/** Every listening socket in this network namespace. */
export function listeningSockets(): ListeningSocket[] {
  return [
    ...parseSocketTable(readFileSync('/proc/net/tcp', 'utf8'), 'ipv4'),
    ...parseSocketTable(readFileSync('/proc/net/tcp6', 'utf8'), 'ipv6'),
  ];
}

function hostOrderWords(hex: string): number[] {
  const words = hex.match(/.{8}/g) ?? [];
  return words.flatMap((word) => (word.match(/../g) ?? []).reverse().map((pair) => Number.parseInt(pair, 16)));
}

function isLoopback(bytes: number[]): boolean {
  if (bytes.length === 4) return bytes[0] === 127;
  const mappedIpv4 = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mappedIpv4) return bytes[12] === 127;
  return bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1;
}

function ipv6Text(bytes: number[]): string {
  const mappedIpv4 = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mappedIpv4) return `::ffff:${bytes.slice(12).join('.')}`;
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16));
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}
