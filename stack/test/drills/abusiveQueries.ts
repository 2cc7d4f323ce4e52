/**
 * Fifty requests a public GraphQL endpoint meets: syntax errors, unknown fields and types, wrong argument types,
 * oversized pages, deep nesting, huge inputs, broken JSON and variables. Most are refused with an error; the
 * outcome graph-node 0.45 gives the others is recorded here, so a change of behaviour shows up in the drill:
 * - lenient: graph-node ignores the mistake and answers (no harm: the answer is what the valid part asks for);
 * - dropped: graph-node's request task panics and the connection closes without an answer (the service stays up).
 */
export type Outcome = 'error' | 'lenient' | 'dropped';

export interface AbusiveQuery {
  name: string;
  body: string;
  contentType: string;
  expect: Outcome;
}

const json = (query: string, variables?: unknown) => JSON.stringify(variables === undefined ? { query } : { query, variables });

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 0; i < depth; i++) selection = `children { ${selection} }`;
  return `{ models(first: 1000) { ${selection} } }`;
}

export function abusiveQueries(): AbusiveQuery[] {
  const q = (name: string, query: string, variables?: unknown, expect: Outcome = 'error'): AbusiveQuery => ({
    name,
    body: json(query, variables),
    contentType: 'application/json',
    expect,
  });
  const raw = (name: string, body: string): AbusiveQuery => ({ name, body, contentType: 'application/json', expect: 'error' });
  const list: AbusiveQuery[] = [
    q('unclosed brace', '{ models { id '),
    q('unclosed string', '{ model(id: "1) { id } }'),
    q('empty query', ''),
    q('only a comment', '# nothing here'),
    q('stray token', '{ models { id } } }'),
    q('mutation', 'mutation { createModel(name: "x") { id } }'),
    q('subscription over HTTP', 'subscription { models { id } }'),
    q('unknown operation type', 'delete { models { id } }'),
    q('fragment cycle', 'query { models { ...A } } fragment A on Model { parent { ...B } } fragment B on Model { parent { ...A } }'),
    // graph-node panics computing the query's complexity (graphql/src/execution/query.rs, fragments.get(..).unwrap()).
    q('unknown fragment', '{ models { ...Missing } }', undefined, 'dropped'),
    q('unknown field', '{ models { id secretKey } }'),
    q('unknown root field', '{ users { id } }'),
    q('unknown argument', '{ models(limit: 5) { id } }', undefined, 'lenient'),
    q('unknown filter', '{ models(where: { password: "x" }) { id } }'),
    q('unknown orderBy', '{ models(orderBy: password) { id } }'),
    q('unknown enum value', '{ models(where: { status: Hacked }) { id } }'),
    q('wrong type for first', '{ models(first: "ten") { id } }'),
    q('wrong type for id', '{ model(id: 12.5) { id } }'),
    q('missing required id', '{ model { id } }'),
    q('scalar with selection', '{ models { id { x } } }', undefined, 'lenient'),
    q('object without selection', '{ models { creator } }'),
    q('first: 100000', '{ models(first: 100000) { id } }'),
    q('first: -1', '{ models(first: -1) { id } }'),
    q('skip: 10 million', '{ models(skip: 10000000) { id } }'),
    q('first: 2^40', '{ payments(first: 1099511627776) { id } }'),
    q('nested first: 100000', '{ models(first: 1) { payments(first: 100000) { id } } }'),
    q('depth 256 nesting', nested(256)),
    q('depth 300 nesting', nested(300)),
    q('depth 500 nesting', nested(500)),
    q(
      '10,000 aliases of oversized pages',
      `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: models(first: 100000) { id }`).join(' ')} }`,
    ),
    q('1 MB string where a number goes', `{ models(first: "${'9'.repeat(1_000_000)}") { id } }`),
    q('bad block number', '{ models(block: { number: -5 }) { id } }'),
    q('block far in the future', '{ models(block: { number: 999999999 }) { id } }'),
    q('unknown block hash', '{ models(block: { hash: "0x1234" }) { id } }'),
    q('undefined variable', 'query { models(first: $n) { id } }', undefined, 'lenient'),
    q('variable of the wrong type', 'query($n: Int!) { models(first: $n) { id } }', { n: 'many' }),
    q('missing required variable', 'query($n: Int!) { models(first: $n) { id } }', {}),
    q('unused variable of unknown type', 'query($n: Nope) { models { id } }', { n: 1 }),
    q('two anonymous operations', '{ models { id } } { tokens { id } }'),
    q('named operations, none chosen', 'query A { models { id } } query B { tokens { id } }'),
    q('directive unknown', '{ models @evil { id } }', undefined, 'lenient'),
    q('@include without if', '{ models @include { id } }', undefined, 'lenient'),
    q('introspection of an unknown type', '{ __type(name: 1) { name } }'),
    q('introspection of an unknown field', '{ __schema { secrets } }'),
    q('bigint out of range', '{ payments(where: { gross_gt: "1e400" }) { id } }'),
    q('bytes not hex', '{ accounts(where: { id: "0xZZ" }) { id } }'),
    raw('not JSON', '{ models { id } }'),
    raw('JSON without query', '{"variables": {}}'),
    raw('query is a number', '{"query": 42}'),
    raw('truncated JSON', '{"query": "{ models { id } }"'),
  ];
  return list;
}
