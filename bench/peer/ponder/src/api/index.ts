/** The totals the bench compares with the subgraph's, as JSON (amounts as decimal strings). */
import { Hono } from 'hono';
import { db } from 'ponder:api';
import { modelRevenue, protocol, royaltyBalance, token } from 'ponder:schema';

const app = new Hono();

app.get('/totals', async (c) => {
  const [protocols, tokens, modelRevenues, royaltyBalances] = await Promise.all([
    db.select().from(protocol),
    db.select().from(token),
    db.select().from(modelRevenue),
    db.select().from(royaltyBalance),
  ]);
  const body = JSON.stringify({ protocol: protocols[0] ?? null, tokens, modelRevenues, royaltyBalances }, (_, value) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
  return c.body(body, 200, { 'content-type': 'application/json' });
});

export default app;
