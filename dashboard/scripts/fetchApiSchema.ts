/**
 * Writes the subgraph's GraphQL API schema (what graph-node derives from schema.graphql: filters, ordering, `block`,
 * `_meta`) to src/graphql/api.graphql, so typed documents are generated without a running graph-node.
 * Usage: tsx scripts/fetchApiSchema.ts <subgraph url> [--check]
 * With --check it fails when the committed file differs from what the endpoint serves.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, printSchema } from 'graphql';

const target = resolve(import.meta.dirname, '..', 'src', 'graphql', 'api.graphql');

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

export function committedApiSchema(): string {
  return readFileSync(target, 'utf8');
}

async function main() {
  const [url, flag] = process.argv.slice(2);
  if (!url) throw new Error('usage: tsx scripts/fetchApiSchema.ts <subgraph GraphQL URL> [--check]');
  const schema = await fetchApiSchema(url);
  if (flag === '--check') {
    if (schema !== committedApiSchema()) throw new Error('src/graphql/api.graphql is stale: run npm run schema -w dashboard');
    return;
  }
  writeFileSync(target, schema);
  console.log(`wrote ${target}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
