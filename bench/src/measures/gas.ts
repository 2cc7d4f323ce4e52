/**
 * Gas per operation from the contracts' committed snapshot (forge, vm.snapshotGasLastCall), each beside the floor
 * for what it must at least do: an ERC-20 transfer for moving money, plus a bare ERC-721 mint when it issues a licence.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface GasRow {
  operation: string;
  gas: number;
  floor: number | null;
  ratio: number | null;
}

const snapshot = resolve(import.meta.dirname, '..', '..', '..', 'contracts', 'snapshots', 'OperationsGasTest.json');

export function measureGas(): GasRow[] {
  const gas = Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(snapshot, 'utf8')) as Record<string, string>).map(([k, v]) => [k, Number(v)]),
  );
  const transfer = gas['floor: ERC-20 transfer']!;
  const mint = gas['floor: ERC-721 mint']!;
  const floorOf = (operation: string): number | null => {
    if (operation.startsWith('purchase')) return transfer + mint;
    if (/^(payForUsage|renew|withdraw|claim)/.test(operation)) return transfer;
    return null;
  };
  return Object.entries(gas)
    .filter(([operation]) => !operation.startsWith('floor'))
    .map(([operation, value]) => {
      const floor = floorOf(operation);
      return { operation, gas: value, floor, ratio: floor ? Math.round((value / floor) * 100) / 100 : null };
    });
}
