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
  ModelsByFieldDocument,
  ModelsByRevenueDocument,
  ModelsGrowthDocument,
  modelFilter,
  modelsWhere,
  OverviewDocument,
  OverviewSeriesDocument,
  PortfolioDocument,
  readModelQueryState,
  revenueWhere,
  SORT_FIELDS,
} from '@modelmint/dashboard/queries';
import { querySubgraph } from '@modelmint/stack/indexing';
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

/** Who and what the queries ask about: the busiest model, its creator, the largest shareholder, a past block. */
export interface QueryTargets {
  modelId: string;
  creator: string;
  holder: string;
  /** A word of the busiest model's name, as a user would type it in the models list's search. */
  search: string;
  /** Half-way to the head: the audit page's time travel. */
  pastBlock: number;
}

export async function queryTargets(url: string): Promise<QueryTargets> {
  const { models, fractionalHoldings, _meta } = await querySubgraph<{
    models: { id: string; name: string; creator: { id: string } }[];
    fractionalHoldings: { account: { id: string } }[];
    _meta: { block: { number: number } };
  }>(
    url,
    `{
      models(first: 1, orderBy: paymentCount, orderDirection: desc) { id name creator { id } }
      fractionalHoldings(first: 1, orderBy: balance, orderDirection: desc) { account { id } }
      _meta { block { number } }
    }`,
  );
  const model = models[0]!;
  return {
    modelId: model.id,
    creator: model.creator.id,
    holder: fractionalHoldings[0]?.account.id ?? model.creator.id,
    search: model.name.split(/\s+/)[0]!.toLowerCase(),
    pastBlock: Math.floor(_meta.block.number / 2),
  };
}

/** Every page's queries, with the variables the page sends (the models list: each sort, and a search). */
export function dashboardQueries({ modelId, creator, holder, search, pastBlock }: QueryTargets) {
  const today = Math.floor(Date.now() / 1000 / DAY_SECONDS);
  const protocolId = PROTOCOL_ID;
  const eth = '0x0000000000000000000000000000000000000000';
  const audit = { protocolId, payments: {}, first: 50 };
  const listState = (query: string) => readModelQueryState(new URLSearchParams(query), eth);
  const byField = (sort: keyof typeof SORT_FIELDS, query = '') => {
    const field = SORT_FIELDS[sort];
    return { where: modelsWhere(listState(query), field), orderBy: field, first: 25 };
  };
  return [
    {
      page: 'overview',
      query: print(OverviewDocument),
      variables: { protocolId, weekAgo: String(Math.floor(Date.now() / 1000) - 7 * DAY_SECONDS), currency: eth },
    },
    { page: 'overview series', query: print(OverviewSeriesDocument), variables: { since: today - 89, currency: eth } },
    { page: 'models by revenue', query: print(ModelsByRevenueDocument), variables: { where: revenueWhere(listState('')), first: 25 } },
    ...(['licences', 'usage', 'curation', 'newest'] as const).map((sort) => ({
      page: `models by ${sort}`,
      query: print(ModelsByFieldDocument),
      variables: byField(sort),
    })),
    {
      page: 'models by growth',
      query: print(ModelsGrowthDocument),
      variables: { since: today - 13, currency: eth, model: modelFilter(listState('sort=growth')) },
    },
    {
      page: `models search "${search}"`,
      query: print(ModelsByRevenueDocument),
      variables: { where: revenueWhere(listState(`q=${encodeURIComponent(search)}`)), first: 25 },
    },
    { page: 'model', query: print(ModelPageDocument), variables: { id: modelId } },
    { page: 'model details', query: print(ModelDetailsDocument), variables: { id: modelId, modelRef: modelId, since: today - 89 } },
    { page: 'creator', query: print(CreatorPageDocument), variables: { account: creator, accountRef: creator, since: today - 89 } },
    { page: 'portfolio', query: print(PortfolioDocument), variables: { account: holder } },
    { page: 'audit', query: print(AuditDocument), variables: { ...audit, block: null } },
    { page: `audit at block ${pastBlock}`, query: print(AuditDocument), variables: { ...audit, block: { number: pastBlock } } },
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
