/**
 * The dashboard in a real browser (Debian Chromium via playwright-core) against the real stack: graph-node indexing a
 * simulated market on anvil. Every figure checked on screen is compared with the same figure fetched by GraphQL here.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

import type { Browser, Page } from 'playwright-core';

import { freePort } from '@modelmint/stack/processes';
import { fetchAll, querySubgraph } from '@modelmint/stack/indexing';
import { committedApiSchema, fetchApiSchema } from '../scripts/fetchApiSchema';
import { launchChromium } from './browser';
import { serveDashboard } from './dashboardServer';
import { HOSTILE_NAME, HOSTILE_URI, type LocalMarket, startLocalMarket } from './localMarket';
import { LONG } from './longStrings';
import { PROTOCOL_ID } from '@modelmint/subgraph/api';

const dashboardRoot = resolve(import.meta.dirname, '..');
const artifacts = join(dashboardRoot, 'test-results');

let market: LocalMarket;
let dashboard: Awaited<ReturnType<typeof serveDashboard>>;
let browser: Browser;
let ok = true;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  // 30 models: more than one page of the models list (25 per page).
  market = await startLocalMarket({ days: 12, models: 30, accounts: 30 });
  dashboard = await serveDashboard(dashboardRoot, market, join(tmpdir(), `modelmint-dashboard-dist-${process.pid}`), await freePort());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await dashboard?.close();
  await market?.stop(!ok || process.env.E2E_KEEP === '1');
});

/** A test whose failure keeps the stack's logs and data for inspection. */
function check(name: string, timeout: number, body: () => Promise<void>) {
  test(name, { timeout }, async () => {
    try {
      await body();
    } catch (error) {
      ok = false;
      throw error;
    }
  });
}

const gql = <T>(query: string, variables: Record<string, unknown> = {}) => querySubgraph<T>(market.subgraphUrl, query, variables);

const DESKTOP = { width: 1280, height: 900 };
/** Lighthouse's phone (a Moto G Power). */
const PHONE = { width: 412, height: 823 };

/** Opens a page, fails on any console error or uncaught exception, waits for its data and saves a screenshot. */
async function open(path: string, ready: string, screenshot: string, viewport = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('dialog', (dialog) => {
    errors.push(`a dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(`${dashboard.url}${path}`);
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  // Charts, and a model page's details, are drawn once scrolled near: bring each into view and wait for them so the
  // screenshot shows the whole page as a user who scrolls through it sees it. What one reveals can hold more (a
  // model's details hold charts), so this goes on until none is left.
  // Handles, not locators: a box stops matching [data-deferred] once drawn, its node stays.
  for (let round = 0; round < 5; round++) {
    const deferred = await page.locator('[data-deferred]').elementHandles();
    if (deferred.length === 0) break;
    for (const box of deferred) await box.scrollIntoViewIfNeeded();
    await page.waitForFunction((boxes) => boxes.every((box) => !(box as Element).hasAttribute('data-deferred')), deferred, {
      timeout: 30_000,
    });
  }
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(artifacts, `${screenshot}.png`), fullPage: true });
  assert.deepEqual(errors, [], `${path} logged errors`);
  return page;
}

const raw = async (page: Page, testId: string) => page.getByTestId(testId).locator('[data-raw]').first().getAttribute('data-raw');
const text = async (page: Page, testId: string) => (await page.getByTestId(testId).locator('dd').first().textContent())?.trim();
const count = (value: number | string) => new Intl.NumberFormat('en-US').format(BigInt(value));

check('the committed API schemas are the ones graph-node serves (typed queries are generated from them)', 30_000, async () => {
  const served = await fetchApiSchema(market.subgraphUrl);
  writeFileSync(join(artifacts, 'api.graphql'), served);
  assert.ok(
    served === committedApiSchema(),
    'src/graphql/api.graphql is stale (test-results/api.graphql is what graph-node serves): run npm run schema -w dashboard -- <subgraph url> <index-node url>',
  );
  const status = await fetchApiSchema(market.statusUrl);
  writeFileSync(join(artifacts, 'indexNode.graphql'), status);
  assert.ok(
    status === committedApiSchema('indexNode'),
    'src/graphql/indexNode.graphql is stale (test-results/indexNode.graphql is what graph-node serves): run npm run schema -w dashboard -- <subgraph url> <index-node url>',
  );
});

check('the status bar says the index is at the chain head, apart from how old its last block is', 60_000, async () => {
  // The chain's last block is about an hour old (the simulation ends an hour before now) and graph-node has indexed it.
  const page = await open('/', '[data-testid="kpi-licenseCount"]', 'status-bar');
  const { _meta } = await gql<{ _meta: { block: { number: number } } }>('{ _meta { block { number } } }');
  const status = page.getByTestId('sync-status');
  await status.filter({ hasText: 'at the chain head' }).waitFor({ timeout: 15_000 });
  const shown = (await status.textContent()) ?? '';
  assert.match(shown, new RegExp(`^Indexed block ${count(_meta.block.number)} · at the chain head · block mined \\d+ (s|min|h) ago$`));
  assert.doesNotMatch(shown, /behind/);
  await page.close();
});

check('the overview shows the protocol figures graph-node serves', 120_000, async () => {
  const page = await open('/', '[data-testid="kpi-licenseCount"]', 'overview');
  const { protocol, tokens } = await gql<{
    protocol: Record<string, string | number>;
    tokens: { symbol: string; cumulativeRevenue: string }[];
  }>(
    `query($id: ID!) { protocol(id: $id) { licenseCount activeLicenses cumulativeUsageUnits modelCount creatorCount holderCount } tokens { symbol cumulativeRevenue } }`,
    { id: PROTOCOL_ID },
  );
  for (const field of ['licenseCount', 'activeLicenses', 'cumulativeUsageUnits', 'modelCount', 'creatorCount', 'holderCount']) {
    assert.equal(await text(page, `kpi-${field}`), count(protocol[field]!), field);
  }
  assert.ok(tokens.length >= 2);
  for (const token of tokens)
    assert.equal(await raw(page, `kpi-revenue-${token.symbol}`), token.cumulativeRevenue, `revenue in ${token.symbol}`);
  assert.ok((await page.getByTestId('payment-feed').locator('tbody tr').count()) > 0, 'the live feed lists payments');
  assert.equal(await page.getByRole('img', { name: /Daily revenue/ }).count(), 1, 'the revenue chart has an accessible name');
});

check('a model page shows the model as graph-node serves it', 120_000, async () => {
  const { models } = await gql<{
    models: {
      id: string;
      licensesSold: number;
      activeLicenses: number;
      usageUnits: string;
      paymentCount: number;
      revenue: { cumulativeGross: string; token: { symbol: string } }[];
    }[];
  }>(
    `{ models(first: 1, orderBy: paymentCount, orderDirection: desc) { id licensesSold activeLicenses usageUnits paymentCount revenue { cumulativeGross token { symbol } } } }`,
  );
  const model = models[0]!;
  const page = await open(`/models/${model.id}`, '[data-testid="model-licensesSold"]', 'model');
  assert.equal(await text(page, 'model-licensesSold'), count(model.licensesSold));
  assert.equal(await text(page, 'model-activeLicenses'), count(model.activeLicenses));
  assert.equal(await text(page, 'model-usageUnits'), count(model.usageUnits));
  assert.equal(await text(page, 'model-paymentCount'), count(model.paymentCount));
  for (const r of model.revenue) assert.equal(await raw(page, `model-revenue-${r.token.symbol}`), r.cumulativeGross);
  // The details below the charts come from a second query once scrolled to (open() scrolls through the page).
  const { licenses } = await gql<{ licenses: { id: string }[] }>(
    `query($model: String!) { licenses(where: { model: $model }, first: 100) { id } }`,
    { model: model.id },
  );
  assert.equal(
    (await page.getByRole('group', { name: 'Licence status' }).getByRole('button').first().textContent())?.trim(),
    `all (${licenses.length})`,
  );
  assert.ok((await page.getByTestId('payouts-table').locator('tbody tr').count()) > 0, 'the payouts ledger lists payouts');
});

check('the models list pages through every model in order and filters', 120_000, async () => {
  const { models } = await gql<{ models: { id: string; licensesSold: number }[] }>(
    `{ models(first: 1000, orderBy: licensesSold, orderDirection: desc) { id licensesSold } }`,
  );
  const eth = '0x0000000000000000000000000000000000000000';
  const { offered } = await gql<{ offered: { id: string }[] }>(
    `query($eth: String!) { offered: models(first: 1000, where: { offers_: { currency: $eth } }, orderBy: licensesSold, orderDirection: desc) { id } }`,
    { eth },
  );
  const page = await open(`/models?sort=licences&currency=${eth}`, '[data-testid="models-table"]', 'models');
  const ids = async () =>
    page.locator('[data-testid="models-table"] tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-model-id')));
  const seen = [...(await ids())];
  assert.equal(seen.length, 25, 'the first page is full');
  await page.getByRole('link', { name: 'Next page' }).click();
  await page.waitForURL(/after=/);
  // The first page stays on screen while the next one loads, and the table may be empty in between: wait until a
  // row of the next page is there.
  await page.waitForFunction((first) => {
    const id = document.querySelector('[data-testid="models-table"] tbody tr')?.getAttribute('data-model-id');
    return id != null && id !== first;
  }, seen[0]);
  seen.push(...(await ids()));
  assert.deepEqual(
    seen,
    offered.map((m) => m.id),
    'two pages list every model selling in ETH, once each, in the order graph-node sorts them',
  );
  assert.ok(models.length > 25);

  await page.goto(`${dashboard.url}/models?sort=licences&q=${encodeURIComponent('img src')}`);
  await page.locator('[data-testid="models-table"] tbody tr').first().waitFor();
  assert.deepEqual(
    await ids(),
    [market.hostileModelId],
    'search by name finds the model (which sells in no currency, so no currency filter)',
  );
});

check('the audit page shows zero reconciliation issues and a summary equal to a recount from raw payouts', 180_000, async () => {
  const page = await open('/audit', '[data-testid="audit-summary"]', 'audit');
  assert.equal(await page.getByTestId('reconciliation-alert').count(), 0);
  await page.getByTestId('reconciliation-ok').waitFor();

  const { _meta } = await gql<{ _meta: { block: { number: number } } }>('{ _meta { block { number } } }');
  const payments = await fetchAll<{ id: string; gross: string; fee: string; token: { id: string; symbol: string } }>(
    market.subgraphUrl,
    'payments',
    'gross fee token { id symbol }',
    BigInt(_meta.block.number),
  );
  const payouts = await fetchAll<{ id: string; amount: string; token: { symbol: string } }>(
    market.subgraphUrl,
    'royaltyPayouts',
    'amount token { symbol }',
    BigInt(_meta.block.number),
    'Bytes',
  );
  const sums = new Map<string, { gross: bigint; fee: bigint; credited: bigint }>();
  const sumOf = (symbol: string) => sums.get(symbol) ?? sums.set(symbol, { gross: 0n, fee: 0n, credited: 0n }).get(symbol)!;
  for (const p of payments) {
    sumOf(p.token.symbol).gross += BigInt(p.gross);
    sumOf(p.token.symbol).fee += BigInt(p.fee);
  }
  for (const p of payouts) sumOf(p.token.symbol).credited += BigInt(p.amount);
  for (const [symbol, s] of sums) {
    assert.equal(s.gross, s.fee + s.credited, `${symbol}: raw payouts sum to gross less fees`);
    const cells = await page
      .locator(`[data-testid="audit-summary"] tr[data-token="${symbol}"] [data-raw]`)
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-raw')));
    assert.deepEqual(cells.slice(0, 3), [String(s.gross), String(s.fee), String(s.credited)], `${symbol} summary`);
  }
  const rows = await page.locator('[data-testid="audit-payments"] tbody tr[data-payment-id]').count();
  assert.equal(rows, Math.min(50, payments.length));
  assert.equal(await page.locator('tr[data-reconciled="false"]').count(), 0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV/ }).click();
  const file = await (await download).path();
  const lines = readFileSync(file!, 'utf8').trim().split('\r\n');
  assert.equal(lines.length, rows + 1, 'the CSV holds a header and exactly the rows on screen');
  assert.match(lines[0]!, /^payment,kind,model id/);

  // Entitlement check of a payment: every recipient credited exactly what the split in force entitled it to.
  await page.getByRole('button', { name: 'Check' }).first().click();
  await page.getByText('Every recipient was credited exactly its entitlement').waitFor();

  // Time travel: the same page at an earlier block shows that block's figures.
  const earlier = Math.floor(_meta.block.number / 2);
  await page.goto(`${dashboard.url}/audit?block=${earlier}`);
  await page
    .getByTestId('audit-block')
    .filter({ hasText: `block ${count(earlier)}` })
    .waitFor();
  await page.screenshot({ path: join(artifacts, 'audit-time-travel.png') });
});

check('creator and portfolio pages load for real accounts', 120_000, async () => {
  const { accounts } = await gql<{ accounts: { id: string }[] }>(`{ accounts(first: 1, where: { modelsCreated_gt: 0 }) { id } }`);
  const creator = await open(`/creators/${accounts[0]!.id}`, '[data-testid="balances-table"]', 'creator');
  assert.ok((await creator.getByTestId('creator-payouts').locator('tbody tr').count()) > 0);
  const { fractionalHoldings } = await gql<{ fractionalHoldings: { account: { id: string } }[] }>(
    `{ fractionalHoldings(first: 1, where: { balance_gt: "0" }) { account { id } } }`,
  );
  assert.ok(fractionalHoldings.length > 0, 'the simulation fractionalised a model');
  await open(`/portfolio/${fractionalHoldings[0]!.account.id}`, '[data-testid="holdings-table"]', 'portfolio');
});

check('hostile on-chain strings render as plain text', 60_000, async () => {
  const page = await open(`/models/${market.hostileModelId}`, '[data-testid="model-name"]', 'hostile-model');
  assert.equal(await page.getByTestId('model-name').textContent(), HOSTILE_NAME);
  assert.equal(await page.locator('[data-testid="model-name"] img').count(), 0, 'the name is not parsed as markup');
  assert.equal(await page.getByTestId('model-uri').textContent(), HOSTILE_URI);
  assert.equal(await page.locator('[data-testid="model-uri"] a').count(), 0, 'a javascript: URI is not a link');
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
});

check(
  'on a phone every page fits the width of the screen (wide tables scroll in their own box) and draws its charts',
  180_000,
  async () => {
    const { accounts } = await gql<{ accounts: { id: string }[] }>(`{ accounts(first: 1, where: { modelsCreated_gt: 0 }) { id } }`);
    const { models } = await gql<{ models: { id: string }[] }>(`{ models(first: 1, orderBy: paymentCount, orderDirection: desc) { id } }`);
    const { fractionalHoldings } = await gql<{ fractionalHoldings: { account: { id: string } }[] }>(
      `{ fractionalHoldings(first: 1, where: { balance_gt: "0" }) { account { id } } }`,
    );
    const pages = [
      ['/', '[data-testid="kpi-licenseCount"]', 'phone-overview'],
      [`/models/${models[0]!.id}`, '[data-testid="model-licensesSold"]', 'phone-model'],
      ['/models', '[data-testid="models-table"]', 'phone-models'],
      ['/audit', '[data-testid="audit-summary"]', 'phone-audit'],
      [`/creators/${accounts[0]!.id}`, '[data-testid="balances-table"]', 'phone-creator'],
      [`/portfolio/${fractionalHoldings[0]!.account.id}`, '[data-testid="holdings-table"]', 'phone-portfolio'],
    ] as const;
    for (const [path, ready, screenshot] of pages) {
      const page = await open(path, ready, screenshot, PHONE);
      const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scrollWidth <= width, `${path} is ${scrollWidth} px wide on a ${width} px screen`);
      assert.equal(await page.locator('[data-deferred]').count(), 0, `${path} left a chart undrawn once scrolled to`);
      await page.close();
    }
  },
);

const WIDE_DESKTOP = { width: 1440, height: 900 };

check('the longest strings the registry allows fit every page that shows them, on a desktop and on a phone', 300_000, async () => {
  const { modelId, creator } = market.long;
  const pages = [
    [`/models/${modelId}`, '[data-testid="model-licensesSold"]', 'long-model'],
    ['/models?sort=newest', '[data-testid="models-table"]', 'long-models'],
    [`/creators/${creator}`, '[data-testid="balances-table"]', 'long-creator'],
    [`/portfolio/${creator}`, '[data-testid="holdings-table"]', 'long-portfolio'],
    ['/audit', '[data-testid="audit-summary"]', 'long-audit'],
    ['/', '[data-testid="kpi-licenseCount"]', 'long-overview'],
  ] as const;
  const widths: string[] = [];
  for (const [name, viewport] of [
    ['desktop', WIDE_DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const [path, ready, screenshot] of pages) {
      const page = await open(path, ready, `${screenshot}-${name}`, viewport);
      // The long name is on the page (in full, in a title), so the width measured is with it.
      assert.ok((await page.locator(`[title="${LONG.name}"]`).count()) > 0, `${path} shows the long model`);
      const [scrollWidth, clientWidth] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      widths.push(`${name} ${path}: ${scrollWidth} px on ${clientWidth}`);
      assert.equal(scrollWidth, clientWidth, `${path} is ${scrollWidth} px wide on a ${clientWidth} px ${name} screen`);
      assert.equal(clientWidth, viewport.width);
      if (path.startsWith('/models/')) await checkModelPage(page, viewport);
      await page.close();
    }
  }
  console.log(`page widths with the longest strings:\n  ${widths.join('\n  ')}`);
});

/** The long name takes at most a fifth of the first screen, the figures under it stay in it, and every text is whole. */
async function checkModelPage(page: Page, viewport: { width: number; height: number }) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const name = (await page.getByTestId('model-name').boundingBox())!;
  const figures = (await page.getByTestId('model-licensesSold').boundingBox())!;
  assert.ok(name.height <= viewport.height / 5, `the name is ${name.height} px high on a ${viewport.height} px screen`);
  assert.ok(
    figures.y + figures.height <= viewport.height,
    `the first figures end at ${figures.y + figures.height} px, below the first screen (${viewport.height} px)`,
  );
  assert.equal(await page.getByTestId('model-name').textContent(), LONG.name);
  assert.equal(await page.getByTestId('model-category').getAttribute('title'), LONG.category);
  // The model card is the current version's URI; the registration's is version 1's, in the versions list.
  assert.equal(await page.locator('[data-testid="model-uri"] [title]').getAttribute('title'), LONG.versionUri);
  assert.equal(await page.locator(`[data-testid="version-uri"] [title="${LONG.uri}"]`).count(), 1);
  for (const tag of LONG.tags)
    assert.equal(await page.locator(`[data-testid="model-tags"] [title="${tag}"]`).count(), 1, `tag ${tag.slice(0, 8)}… shown`);
  assert.equal(await page.locator(`[title="${LONG.shareSymbol}"]`).first().count(), 1, 'the share symbol is shown, in full in its title');
  assert.equal(await page.locator(`[title="${LONG.evidenceUri}"]`).count(), 1, 'the dispute evidence URI is shown, in full in its title');
  // The changelog and the proposal are cut to a few lines, behind a control that shows them whole.
  for (const [testId, text] of [
    ['version-changelog', LONG.changelog],
    ['proposal-description', LONG.proposal],
  ] as const) {
    const box = page
      .getByTestId(testId)
      .filter({ hasText: text.slice(0, 20) })
      .first();
    const cut = (await box.boundingBox())!.height;
    assert.ok(cut <= 80, `${testId} is ${cut} px high before it is expanded`);
    await box.locator('xpath=following-sibling::button[1]').click();
    assert.ok((await box.boundingBox())!.height > cut, `${testId} expands`);
    assert.equal(await box.textContent(), text);
  }
  const [scrollWidth, clientWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  assert.equal(scrollWidth, clientWidth, 'the model page keeps its width with its texts expanded');
}
