/** Every table the bench compares with the subgraph's, as JSON (amounts as decimal strings). */
import { Hono } from 'hono';
import { db } from 'ponder:api';
import * as schema from 'ponder:schema';

const app = new Hono();

const TABLES = [
  'protocol',
  'token',
  'modelRevenue',
  'royaltyBalance',
  'license',
  'protocolDay',
  'protocolTokenDay',
  'modelDay',
  'modelTokenDay',
  'accountModelDay',
  'vault',
  'holding',
  'vaultTokenRevenue',
  'holdingRevenue',
  'proposal',
  'dispute',
] as const;

app.get('/totals', async (c) => {
  const tables = await Promise.all(TABLES.map((name) => db.select().from(schema[name])));
  const body = JSON.stringify(Object.fromEntries(TABLES.map((name, i) => [name, tables[i]])), (_, value) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
  return c.body(body, 200, { 'content-type': 'application/json' });
});

export default app;
