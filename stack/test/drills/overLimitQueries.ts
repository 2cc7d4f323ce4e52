/**
 * Queries just over each of graph-node's query limits (stack/src/processes/graphNodeQueryLimits.ts) and the shapes
 * an abuser sends to exhaust it: each must be refused by the limit named, before it runs to the query timeout.
 * One shape no graph-node setting refuses, a flood of cheap aliases, is listed apart: it runs, and the drill shows the
 * dashboard's queries keep being answered beside it.
 */
import { GRAPHQL_QUERY_LIMITS } from '../../src/processes/graphNodeQueryLimits';

export interface OverLimitQuery {
  name: string;
  query: string;
  /** The refusal graph-node gives, naming the limit. */
  refusal: RegExp;
}

const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 0; i < depth; i++) selection = `parent { ${selection} }`;
  return `{ models(first: 1) { ${selection} } }`;
}

const complexity = /potentially returns `\d+` entities or more and thereby exceeds the limit/;

export function overLimitQueries(): OverLimitQuery[] {
  const { GRAPH_GRAPHQL_MAX_SKIP: maxSkip, GRAPH_GRAPHQL_MAX_DEPTH: maxDepth } = GRAPHQL_QUERY_LIMITS;
  return [
    {
      name: `skip: ${maxSkip + 1}`,
      query: `{ payments(skip: ${maxSkip + 1}) { id } }`,
      refusal: new RegExp(`\`skip\` argument must be between 0 and ${maxSkip}`),
    },
    { name: 'skip: 10,000,000', query: '{ payments(skip: 10000000) { id } }', refusal: /`skip` argument must be between/ },
    // graph-node counts a field selecting one level deeper than the limit; `models` is a level, so is each `parent`.
    { name: `depth ${maxDepth + 1}`, query: nested(maxDepth), refusal: new RegExp(`exceeds the limit of \`?${maxDepth}\`?|depth`) },
    {
      name: '1,000 aliases x first: 1000, each payment with its payouts',
      query: aliases(1_000, 'payments(first: 1000) { id gross payouts { id amount } }'),
      refusal: complexity,
    },
    {
      name: '1,000 aliases x first: 1000 of wide payout rows',
      query: aliases(
        1_000,
        'royaltyPayouts(first: 1000) { id amount timestamp recipient { id } model { id name } token { id symbol } payment { id gross } }',
      ),
      refusal: /the result size of \d+ is larger than the allowed limit of/,
    },
    { name: 'a 1 MB query: 40,000 aliases of a default page', query: aliases(40_000, 'licenses { id }'), refusal: complexity },
  ];
}

/** 5,000 aliases of one row each: graph-node has no limit on a query's size or field count, only the query timeout. */
export const CHEAP_ALIAS_FLOOD = aliases(5_000, 'models(first: 1) { id }');
