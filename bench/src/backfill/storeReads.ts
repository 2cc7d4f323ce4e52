/**
 * How the subgraph's handlers read the store in one backfill: its entity loads (graph-node's `store_get` host calls)
 * and, per entity table, the index scans its PostgreSQL served. A load that graph-node's entity cache and its queue of
 * unwritten blocks both miss becomes one such scan, so the scans show which entities' loads reach the database; an
 * update that closes an old version's block range also finds its rows by index and counts too.
 */
import type { TableActivity } from '@modelmint/stack/processes';

export interface StoreReads {
  loads: number;
  /** Wall-clock seconds the handlers spent in those loads. */
  loadSeconds: number;
  /** Index scans per entity table, largest first; tables with none are left out. */
  indexScans: Record<string, number>;
}

/** From graph-node's Prometheus text at the head and its PostgreSQL's table activity. */
export function storeReads(metrics: string, tables: TableActivity[]): StoreReads {
  const storeGet = (part: 'sum' | 'count') =>
    Number(
      new RegExp(`deployment_host_fn_execution_time_${part}\\{[^}]*host_fn_name="store_get"[^}]*\\} ([0-9.e+-]+)`).exec(metrics)?.[1] ?? 0,
    );
  // graph-node keeps each deployment's entities in a schema sgdN; its own bookkeeping tables there end in `$`.
  const entityTables = tables.filter((t) => t.schema.startsWith('sgd') && !t.table.endsWith('$') && t.indexScans > 0);
  return {
    loads: storeGet('count'),
    loadSeconds: Math.round(storeGet('sum') * 10) / 10,
    indexScans: Object.fromEntries(entityTables.sort((a, b) => b.indexScans - a.indexScans).map((t) => [t.table, t.indexScans])),
  };
}

/** One line: the loads and the tables whose loads reach the database most. */
export function describeStoreReads(reads: StoreReads, tables = 6): string {
  const scans = Object.entries(reads.indexScans);
  const total = scans.reduce((sum, [, count]) => sum + count, 0);
  const top = scans.slice(0, tables).map(([table, count]) => `${table} ${count.toLocaleString('en-US')}`);
  return (
    `${reads.loads.toLocaleString('en-US')} entity loads (${reads.loadSeconds} s), ` +
    `${total.toLocaleString('en-US')} PostgreSQL index scans (${top.join(', ')}${scans.length > tables ? ', …' : ''})`
  );
}
