/**
 * Writes the GraphQL schemas the dashboard's typed documents are generated against, so that codegen runs without a
 * running graph-node: the subgraph's API (what graph-node derives from schema.graphql: filters, ordering, `block`,
 * `_meta`) to src/graphql/api.graphql, and, given its URL, graph-node's index-node status API (the chain head the
 * sync status compares with) to src/graphql/indexNode.graphql.
 * Usage: tsx scripts/fetchApiSchema.ts <subgraph url> [<index-node status url>] [--check]
 * With --check it fails when a committed file differs from what the endpoint serves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, printSchema } from 'graphql';

const graphqlDir = resolve(import.meta.dirname, '..', 'src', 'graphql');
const targets = { api: resolve(graphqlDir, 'api.graphql'), indexNode: resolve(graphqlDir, 'indexNode.graphql') };

/** The schema `url` serves, printed as SDL. */
export async function fetchApiSchema(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  }).catch((error: unknown) => {
    throw new Error(`cannot reach ${url} (${String(error)}): start the stack with npm start, or pass its GraphQL URL`);
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: { message: string }[] };
  if (!body.data) throw new Error(`${url} refused the introspection query: ${body.errors?.[0]?.message ?? response.status}`);
  return `${printSchema(buildClientSchema(body.data))}\n`;
}

export function committedApiSchema(which: keyof typeof targets = 'api'): string {
  return readFileSync(targets[which], 'utf8');
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const [url, statusUrl] = args.filter((arg) => arg !== '--check');
  if (!url) throw new Error('usage: tsx scripts/fetchApiSchema.ts <subgraph GraphQL URL> [<index-node status URL>] [--check]');
  const wanted: [keyof typeof targets, string][] = [
    ['api', url],
    ...(statusUrl ? [['indexNode', statusUrl] as [keyof typeof targets, string]] : []),
  ];
  for (const [which, from] of wanted) {
    const schema = await fetchApiSchema(from);
    if (check) {
      if (schema !== committedApiSchema(which))
        throw new Error(`${targets[which]} is stale: run npm run schema -w dashboard -- <subgraph URL> <index-node URL>`);
    } else {
      writeFileSync(targets[which], schema);
      console.log(`wrote ${targets[which]}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
