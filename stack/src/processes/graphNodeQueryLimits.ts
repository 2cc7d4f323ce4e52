/**
 * The limits graph-node puts on a GraphQL query (its GRAPH_GRAPHQL_* settings; graph-node leaves most unlimited).
 * Each sits far above what the dashboard's own queries need and refuses what only an abuser sends; the abusive-query
 * drill (stack/test/drills) shows the refusals. The environment overrides any of them.
 *
 * Complexity is graph-node's estimate of the entities a query may return (a list field of `first: n` whose items cost
 * c counts n + n * c). The dashboard's costliest query (the audit page) counts 22,340; the standard introspection
 * query, which GraphiQL and schema tools send, about 1,060,000: the limit keeps introspection working.
 */
export const GRAPHQL_QUERY_LIMITS = {
  /** Rows a query may skip: the dashboard pages by key and never skips; a skip of n reads n rows to discard them. */
  GRAPH_GRAPHQL_MAX_SKIP: 5_000,
  /** Nesting depth (graph-node counts fragments as a level): the dashboard's deepest query is 12, introspection's 17. */
  GRAPH_GRAPHQL_MAX_DEPTH: 24,
  GRAPH_GRAPHQL_MAX_COMPLEXITY: 1_500_000,
  /**
   * Bytes of a result: graph-node stops building it past this (the dashboard's largest, the audit page's on the
   * default market, is 86 KB).
   */
  GRAPH_GRAPHQL_ERROR_RESULT_SIZE: 10_000_000,
  /** Seconds a query may run (the dashboard's slowest answers in well under a second under 50 clients). */
  GRAPH_GRAPHQL_QUERY_TIMEOUT: 10,
} as const;

/** The limits as graph-node's environment, each one overridable by this process's environment. */
export function queryLimitsEnv(env: NodeJS.ProcessEnv): Record<keyof typeof GRAPHQL_QUERY_LIMITS, string> {
  const entries = Object.entries(GRAPHQL_QUERY_LIMITS).map(([name, value]) => [name, env[name] ?? String(value)]);
  return Object.fromEntries(entries) as Record<keyof typeof GRAPHQL_QUERY_LIMITS, string>;
}
