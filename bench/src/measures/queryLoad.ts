/**
 * The dashboard's own queries (the documents graphql-codegen generated for its pages) against graph-node on
 * loopback, by 1, 10 and 50 concurrent clients for a fixed time each: latency percentiles and throughput.
 */
import { performance } from 'node:perf_hooks';

import { print } from 'graphql';

import {
  AuditDocument,
  CreatorPageDocument,
  ModelDetailsDocument,
  ModelPageDocument,
  OverviewDocument,
  OverviewSeriesDocument,
} from '@modelmint/dashboard/queries';
import { percentile, round } from '../stats';
import { DAY_SECONDS, PROTOCOL_ID } from '@modelmint/subgraph/api';

export interface QueryLoadRow {
  page: string;
  clients: number;
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  perSecond: number;
}

export function dashboardQueries(modelId: string, creator: string) {
  const today = Math.floor(Date.now() / 1000 / DAY_SECONDS);
  const protocolId = PROTOCOL_ID;
  const eth = '0x0000000000000000000000000000000000000000';
  return [
    {
      page: 'overview',
      query: print(OverviewDocument),
      variables: { protocolId, weekAgo: String(Math.floor(Date.now() / 1000) - 7 * DAY_SECONDS), currency: eth },
    },
    { page: 'overview series', query: print(OverviewSeriesDocument), variables: { since: today - 89, currency: eth } },
    { page: 'model', query: print(ModelPageDocument), variables: { id: modelId } },
    { page: 'model details', query: print(ModelDetailsDocument), variables: { id: modelId, modelRef: modelId, since: today - 89 } },
    { page: 'creator', query: print(CreatorPageDocument), variables: { account: creator, accountRef: creator, since: today - 89 } },
    { page: 'audit', query: print(AuditDocument), variables: { protocolId, block: null, payments: {}, first: 50 } },
  ];
}

async function loop(url: string, body: string, until: number, latencies: number[], errors: { count: number }) {
  while (performance.now() < until) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { errors?: unknown };
    if (!response.ok || json.errors) errors.count++;
    latencies.push(performance.now() - started);
  }
}

export async function measureQueryLoad(
  url: string,
  queries: ReturnType<typeof dashboardQueries>,
  clientCounts: number[],
  seconds: number,
): Promise<QueryLoadRow[]> {
  const rows: QueryLoadRow[] = [];
  for (const { page, query, variables } of queries) {
    const body = JSON.stringify({ query, variables });
    for (const clients of clientCounts) {
      const latencies: number[] = [];
      const errors = { count: 0 };
      const until = performance.now() + seconds * 1000;
      await Promise.all(Array.from({ length: clients }, () => loop(url, body, until, latencies, errors)));
      rows.push({
        page,
        clients,
        requests: latencies.length,
        errors: errors.count,
        p50Ms: round(percentile(latencies, 50)),
        p95Ms: round(percentile(latencies, 95)),
        p99Ms: round(percentile(latencies, 99)),
        perSecond: round(latencies.length / seconds),
      });
    }
  }
  return rows;
}
