/**
 * How the subgraph's handlers read the store in one backfill: its entity loads (graph-node's `store_get` host calls)
 * and, per entity table, the index scans its PostgreSQL served. A load that graph-node's entity cache and its queue of
 * unwritten blocks both miss becomes one such scan, so the scans show which entities' loads reach the database; an
 * update that closes an old version's block range also finds its rows by index and counts too.
 */
import { metricValue } from '@modelmint/stack/indexing';
import type { TableActivity } from '@modelmint/stack/processes';

export interface StoreReads {
  loads: number;
  /** Wall-clock seconds the handlers spent in those loads. */
  loadSeconds: number;
  /**
   * Per entity table, largest first (tables with none left out): its index scans, and the rows inserted beside them.
   * Scans come from loads that reach the database and from closing an updated entity's previous version, so a table
   * whose entities are all updated shows about as many scans as rows even when nothing is looked up.
   */
  tables: Record<string, { indexScans: number; inserted: number }>;
}

/** From graph-node's Prometheus text at the head for `deployment` and its PostgreSQL's table activity. */
export function storeReads(metrics: string, deployment: string, tables: TableActivity[]): StoreReads {
  const storeGet = (part: 'sum' | 'count') =>
    metricValue(metrics, `deployment_host_fn_execution_time_${part}`, { deployment, host_fn_name: 'store_get' });
  // graph-node keeps each deployment's entities in a schema sgdN; its own bookkeeping tables there end in `$`.
  const entityTables = tables.filter((t) => t.schema.startsWith('sgd') && !t.table.endsWith('$') && t.indexScans > 0);
  return {
    loads: storeGet('count'),
    loadSeconds: Math.round(storeGet('sum') * 10) / 10,
    tables: Object.fromEntries(
      entityTables.sort((a, b) => b.indexScans - a.indexScans).map((t) => [t.table, { indexScans: t.indexScans, inserted: t.inserted }]),
    ),
  };
}

/** One line: the loads and the tables whose loads reach the database most, with the rows each gained. */
export function describeStoreReads(reads: StoreReads, tables = 6): string {
  const scans = Object.entries(reads.tables);
  const total = scans.reduce((sum, [, table]) => sum + table.indexScans, 0);
  const count = (n: number) => n.toLocaleString('en-US');
  const top = scans.slice(0, tables).map(([name, table]) => `${name} ${count(table.indexScans)} for ${count(table.inserted)} rows`);
  return (
    `${count(reads.loads)} entity loads (${reads.loadSeconds} s), ` +
    `${count(total)} PostgreSQL index scans (${top.join(', ')}${scans.length > tables ? ', …' : ''})`
  );
}
