/**
 * `npm run bench`: starts the whole stack with `npm start` (fresh, in a temporary data directory, on free ports),
 * measures what users feel, and writes bench/results/results.{json,md}.
 * Then the graph-node floor, the subgraph and Ponder each backfill a larger simulated chain (measures/backfill.ts).
 *   npm run bench -- [--days 90 --models 40 --accounts 200] [--freshness 200] [--load-seconds 5] [--startup-runs 3]
 *                    [--backfill-days 420 --backfill-models 40 --backfill-accounts 200 --backfill-runs 3]
 *                    [--only startup,dashboard,queries,backfill]   (re-measures those sections alone, updating the results)
 *                    [--scale large]   (the large market alone: ≥ 1,000,000 events, one run of each indexer, and the
 *                                       dashboard's queries on it; too long for CI)
 * Timings on shared machines are noisy: latencies are percentiles over many samples; start-up and backfill are medians
 * of --startup-runs and --backfill-runs runs.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { readDeployment } from '@modelmint/stack/chain';
import { DEFAULT_MARKET } from '@modelmint/stack/simulator';
import { MarketClient } from '@modelmint/stack/market';
import { querySubgraph } from '@modelmint/stack/indexing';
import { BACKFILL_SCALES, type Scale } from './backfill/backfillChain';
import { describeStoreReads } from './backfill/storeReads';
import { type BackfillResult, measureBackfill } from './measures/backfill';
import { measureBundles } from './measures/bundle';
import { measureFreshness } from './measures/freshness';
import { measureGas } from './measures/gas';
import { measureHandlerCost } from './measures/handlerCost';
import { LIGHTHOUSE_RUNS, measureLighthouse } from './measures/lighthouse';
import { measureStartup } from './measures/startup';
import { dashboardQueries, measureQueryLoad, type QueryLoadRow, queryTargets } from './measures/queryLoad';
import { markdown } from './report';
import { freeStackPorts, npmStart, stopAllStacks } from './stackProcess';
import { round } from './stats';
import { removeDir } from './removeDir';
import { PROTOCOL_ID } from '@modelmint/subgraph/api';

const repoRoot = resolve(import.meta.dirname, '..', '..');
const resultsDir = join(repoRoot, 'bench', 'results');

const { values: args } = parseArgs({
  options: {
    days: { type: 'string', default: String(DEFAULT_MARKET.days) },
    models: { type: 'string', default: String(DEFAULT_MARKET.models) },
    accounts: { type: 'string', default: String(DEFAULT_MARKET.accounts) },
    freshness: { type: 'string', default: '200' },
    'load-seconds': { type: 'string', default: '5' },
    'startup-runs': { type: 'string', default: '3' },
    scale: { type: 'string', default: 'default' },
    'backfill-days': { type: 'string' },
    'backfill-models': { type: 'string' },
    'backfill-accounts': { type: 'string' },
    'backfill-runs': { type: 'string' },
    only: { type: 'string' },
  },
});

const log = (message: string) => console.log(`[bench] ${message}`);

/** Concurrent clients of the query load. */
const CLIENTS = [1, 10, 50];

const scaleArgs = () => ['--days', args.days!, '--models', args.models!, '--accounts', args.accounts!];

/** The dashboard's initial JavaScript per route and its Lighthouse scores, on the overview and the busiest model's page. */
async function measureDashboard(dashboardUrl: string, modelId: string) {
  log('dashboard bundles and Lighthouse…');
  const bundles = measureBundles(join(repoRoot, 'dashboard', 'dist'));
  const lighthouse = await measureLighthouse([
    { page: 'overview', url: dashboardUrl },
    { page: 'model', url: `${dashboardUrl}models/${modelId}` },
  ]);
  return { bundles, lighthouse, dashboardDate: new Date().toISOString() };
}

/** Everything measured on the default market started by npm start. */
async function measureMarket() {
  const dataDir = mkdtempSync(join(tmpdir(), 'modelmint-bench-'));
  const ports = await freeStackPorts();
  const scale = scaleArgs();
  const startArgs = ['--data-dir', dataDir, ...scale, '--no-live'];

  // This stack, logging at debug level for the handler costs, serves the measures below; start-up is timed apart.
  log(`measuring stack: npm start ${scale.join(' ')}…`);
  const stack = npmStart(startArgs, ports, { GRAPH_LOG: 'debug' });
  await stack.readyAfterMs;
  const subgraphUrl = /GraphQL\s+(\S+)/.exec(stack.output())![1]!;
  const dashboardUrl = /Dashboard\s+(\S+)/.exec(stack.output())![1]!;
  const market = new MarketClient(`http://127.0.0.1:${ports.ANVIL_PORT}`, readDeployment('localhost'));
  const head = await market.public.getBlockNumber();
  const { protocol } = await querySubgraph<{ protocol: { paymentCount: number; payoutCount: number; licenseCount: number } }>(
    subgraphUrl,
    `{ protocol(id: "${PROTOCOL_ID}") { paymentCount payoutCount licenseCount } }`,
  );

  log('handler cost from graph-node’s log…');
  const handlers = measureHandlerCost(join(dataDir, 'logs', 'graph-node.log'));
  const triggers = handlers.reduce((sum, h) => sum + h.triggers, 0);

  log(`freshness over ${args.freshness} live purchases…`);
  const freshness = await measureFreshness(market, subgraphUrl, Number(args.freshness), Math.min(50, Number(args.accounts)));

  log('dashboard queries under load…');
  const targets = await queryTargets(subgraphUrl);
  const load = await measureQueryLoad(subgraphUrl, dashboardQueries(targets), CLIENTS, Number(args['load-seconds']));

  const dashboard = await measureDashboard(dashboardUrl, targets.modelId);
  await stack.stop();
  removeDir(dataDir);

  log(`start-up, ${args['startup-runs']} run(s)…`);
  const startup = await measureStartup(scale, ports, Number(args['startup-runs']), log);

  const gas = measureGas();
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
  const results = {
    date: new Date().toISOString(),
    machine,
    scale: {
      days: Number(args.days),
      models: Number(args.models),
      accounts: Number(args.accounts),
      blocks: Number(head),
      ...protocol,
      triggers,
    },
    startup,
    freshness,
    handlers,
    queryLoad: load,
    ...dashboard,
    gas,
  };
  return results;
}

/** The backfill is absent while it runs, or when it failed: the market's figures are written first so they survive. */
type Results = Omit<Awaited<ReturnType<typeof measureMarket>>, 'dashboardDate'> & {
  dashboardDate?: string;
  backfill?: BackfillResult;
  /** --scale large: the three indexers on the large market, and the dashboard's queries on its subgraph. */
  large?: { backfill: BackfillResult; queryLoad: QueryLoadRow[] };
};

function backfillSection(title: string, backfill: BackfillResult) {
  return {
    title,
    note:
      `${backfill.date} · chain: ${JSON.stringify(backfill.scale)}, ${backfill.blocks} blocks, ${backfill.chainEvents} events. ` +
      'Events/s over the whole chain; handledEvents = events the handlers processed. floor = the manifest with every handler ' +
      'returning at once. The Ponder peer computes what the dashboard reads: the money path with every day series, licences, ' +
      'share vaults with holdings and holder revenue, proposals and disputes (not offers, splits, versions, curation, ' +
      `revenue by tier or active-licence counts). subgraph ÷ floor ${backfill.subgraphVsFloor ?? 'n/a'}, subgraph ÷ Ponder ${backfill.subgraphVsPonder ?? 'n/a'}. ` +
      `Totals compared: ${backfill.totalsCompared} values, ${backfill.totalsDifferences.length} differences` +
      `${backfill.totalsDifferences.length ? `: ${backfill.totalsDifferences.slice(0, 5).join('; ')}` : ''}.` +
      (backfill.subgraphStoreReads ? ` Subgraph's store reads: ${describeStoreReads(backfill.subgraphStoreReads)}.` : '') +
      (backfill.failure ? ` FAILED: ${backfill.failure}` : ''),
    rows: backfill.indexers,
  };
}

function writeResults(results: Results) {
  const { backfill, large } = results;
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(
    join(resultsDir, 'results.md'),
    markdown(
      'ModelMint benchmark',
      [`${results.date} on ${results.machine}`, `market: ${JSON.stringify(results.scale)}`],
      [
        {
          title: 'Start-up (npm start to ready: chain, contracts, simulation, graph-node at head, dashboard served)',
          note: `${results.startup.date} · median of ${results.startup.runs} runs; the subgraph and dashboard builds in place (a clean clone adds the subgraph build); second = restart on the same data`,
          rows: [(({ date: _date, ...row }) => row)(results.startup)],
        },
        ...(backfill
          ? [backfillSection('Backfill from block 0: the graph-node floor, the subgraph and Ponder on the same chain', backfill)]
          : []),
        ...(large
          ? [
              backfillSection('Backfill of the large market (--scale large)', large.backfill),
              { title: 'Dashboard queries on the large market (its subgraph backfilled above)', rows: large.queryLoad },
            ]
          : []),
        { title: 'Freshness (mined to visible through GraphQL)', rows: [results.freshness] },
        { title: 'Handler cost (graph-node debug log; gas in graph-node gas units)', rows: results.handlers },
        { title: 'Dashboard queries on loopback', rows: results.queryLoad },
        {
          title: 'Dashboard initial JavaScript per route (gzip)',
          rows: results.bundles.map((b) => ({ ...b, initialJsGzipKiB: round(b.initialJsGzipBytes / 1024) })),
        },
        {
          title: 'Lighthouse 12.2.3 (Debian Chromium)',
          note:
            `${results.dashboardDate ?? results.date} · ` +
            "mobile: Lighthouse's default (a mid-tier phone: CPU slowed by cpuSlowdown, slow 4G simulated); its throttling guide " +
            "sets the slowdown by the host's benchmarkIndex (4× from 1,500 up, the default) and a second mobile row appears when " +
            `that differs from 4×. desktop: its desktop preset. Medians of ${LIGHTHOUSE_RUNS} audits per page and setting.`,
          rows: results.lighthouse,
        },
        {
          title: 'Gas per operation vs its floor',
          note: 'floor: ERC-20 transfer (+ bare ERC-721 mint for purchases), measured in the same test file',
          rows: results.gas,
        },
      ],
    ),
  );
  log(`wrote ${join(resultsDir, 'results.md')}`);
}

/** Sections `--only` can re-measure on their own, keeping the rest of the last results. */
const SECTIONS = ['startup', 'dashboard', 'queries', 'backfill'] as const;

/** The dashboard's measures (bundles and Lighthouse) or its queries under load alone, on a market of the bench's
 * scale started for them. */
async function remeasureOnStack<T>(what: string, measure: (subgraphUrl: string, dashboardUrl: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'modelmint-bench-'));
  log(`${what}: npm start ${scaleArgs().join(' ')}…`);
  const stack = npmStart(['--data-dir', dataDir, ...scaleArgs(), '--no-live'], await freeStackPorts());
  await stack.readyAfterMs;
  const subgraphUrl = /GraphQL\s+(\S+)/.exec(stack.output())![1]!;
  const dashboardUrl = /Dashboard\s+(\S+)/.exec(stack.output())![1]!;
  const result = await measure(subgraphUrl, dashboardUrl);
  await stack.stop();
  removeDir(dataDir);
  return result;
}

const remeasureDashboard = () =>
  remeasureOnStack('dashboard', async (subgraphUrl, dashboardUrl) =>
    measureDashboard(dashboardUrl, (await queryTargets(subgraphUrl)).modelId),
  );

const remeasureQueries = () =>
  remeasureOnStack('dashboard queries', async (subgraphUrl) =>
    measureQueryLoad(subgraphUrl, dashboardQueries(await queryTargets(subgraphUrl)), CLIENTS, Number(args['load-seconds'])),
  );

async function main() {
  const resultsFile = join(resultsDir, 'results.json');
  if (!(args.scale! in BACKFILL_SCALES)) throw new Error(`--scale ${args.scale}: scales are ${Object.keys(BACKFILL_SCALES).join(', ')}`);
  if (args.scale === 'large' && !existsSync(resultsFile))
    throw new Error(`--scale large adds to ${resultsFile}: run the whole bench once first`);
  const only = args.only?.split(',') ?? (args.scale === 'large' ? [] : undefined);
  const unknown = only?.filter((section) => !(SECTIONS as readonly string[]).includes(section));
  if (unknown?.length) throw new Error(`--only ${args.only}: sections are ${SECTIONS.join(', ')} (comma-separated)`);
  if (only && !existsSync(resultsFile)) throw new Error(`--only updates ${resultsFile}: run the whole bench once first`);
  const previous = only ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Results) : undefined;
  const market = previous ?? (await measureMarket());
  if (previous && only!.includes('startup')) {
    log(`start-up, ${args['startup-runs']} run(s)…`);
    market.startup = await measureStartup(scaleArgs(), await freeStackPorts(), Number(args['startup-runs']), log);
  }
  if (previous && only!.includes('dashboard')) Object.assign(market, await remeasureDashboard());
  if (previous && only!.includes('queries')) market.queryLoad = await remeasureQueries();
  let { backfill, large } = previous ?? {};
  if (args.scale === 'large') {
    if (!previous) writeResults(market);
    large = await measureLargeMarket();
  } else if (!previous || only!.includes('backfill')) {
    if (!previous) writeResults(market);
    const scale = backfillScale('default');
    const runs = Number(args['backfill-runs'] ?? 3);
    log(`backfill: ${JSON.stringify(scale)}, ${runs} run(s) of each indexer…`);
    backfill = await measureBackfill(scale, { runs, label: 'default' }, log);
  }
  writeResults({ ...market, backfill, large });
  const failure = args.scale === 'large' ? large?.backfill.failure : backfill?.failure;
  if (failure) throw new Error(`backfill: ${failure} (what was measured is in ${resultsDir})`);
}

function backfillScale(scale: keyof typeof BACKFILL_SCALES): Scale {
  const base = BACKFILL_SCALES[scale];
  return {
    days: Number(args['backfill-days'] ?? base.days),
    models: Number(args['backfill-models'] ?? base.models),
    accounts: Number(args['backfill-accounts'] ?? base.accounts),
  };
}

/** The large market: each indexer backfills it once, and the dashboard's queries run on the subgraph it indexed. */
async function measureLargeMarket(): Promise<NonNullable<Results['large']>> {
  const scale = backfillScale('large');
  const runs = Number(args['backfill-runs'] ?? 1);
  log(`large market: ${JSON.stringify(scale)}, ${runs} run(s) of each indexer, then the dashboard's queries…`);
  let queryLoad: QueryLoadRow[] = [];
  const backfill = await measureBackfill(
    scale,
    {
      runs,
      label: 'large',
      onIndexedSubgraph: async (subgraphUrl) => {
        log('dashboard queries under load on the large market…');
        queryLoad = await measureQueryLoad(
          subgraphUrl,
          dashboardQueries(await queryTargets(subgraphUrl)),
          CLIENTS,
          Number(args['load-seconds']),
        );
      },
    },
    log,
  );
  return { backfill, queryLoad };
}

main().catch(async (error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  await stopAllStacks();
  // At once: a measure that failed midway can leave a client or a timer keeping the event loop alive.
  process.exit(1);
});
