/**
 * Compares what the subgraph holds with what the contracts say, at one block: counts, balances, licences, offers,
 * models, vault holdings and revenue, curation, disputes, and each model's revenue against the chain's own
 * PaymentSettled logs. Returns how many values it compared and every difference; none means the index is exact.
 */
import { type Address, erc20Abi, getAddress, zeroAddress } from 'viem';

import { curationAbi, disputeResolverAbi, licenseMarketAbi, modelRegistryAbi, shareVaultAbi } from '@modelmint/contracts/abis';
import type { MarketClient } from '../market/marketClient';
import { fetchAll, querySubgraph } from '../indexing/subgraphQuery';

export interface Difference {
  what: string;
  subgraph: string;
  chain: string;
}

const MODEL_STATUSES = ['Active', 'Paused', 'Delisted'];
const DISPUTE_STATUSES = ['None', 'Open', 'Upheld', 'Rejected', 'Lapsed'];
const SCALE = 10n ** 36n;

export interface Reconciliation {
  /** Number of values compared. */
  checked: number;
  differences: Difference[];
}

export async function reconcile(market: MarketClient, subgraphUrl: string, block: bigint): Promise<Reconciliation> {
  const differences: Difference[] = [];
  let checked = 0;
  const expect = (what: string, subgraph: unknown, chain: unknown) => {
    checked += 1;
    if (String(subgraph) !== String(chain)) differences.push({ what, subgraph: String(subgraph), chain: String(chain) });
  };
  const { addresses, public: chain } = market;
  const read = <T>(address: Address, abi: readonly unknown[], functionName: string, args: readonly unknown[] = []) =>
    chain.readContract({ address, abi, functionName, args, blockNumber: block } as never) as Promise<T>;

  // Protocol-wide counts and parameters.
  const { protocols } = await querySubgraph<{
    protocols: { modelCount: number; offerCount: number; licenseCount: number; paymentCount: number; feeBps: number; treasury: string }[];
  }>(
    subgraphUrl,
    `query($b: Int!) { protocols(block: { number: $b }) { modelCount offerCount licenseCount paymentCount feeBps treasury } }`,
    {
      b: Number(block),
    },
  );
  const protocol = protocols[0];
  const [offers, licenses, payments] = await read<readonly [bigint, bigint, bigint]>(addresses.LicenseMarket, licenseMarketAbi, 'counts');
  expect('protocol.modelCount', protocol.modelCount, await read(addresses.ModelRegistry, modelRegistryAbi, 'modelCount'));
  expect('protocol.offerCount', protocol.offerCount, offers);
  expect('protocol.licenseCount', protocol.licenseCount, licenses);
  expect('protocol.paymentCount', protocol.paymentCount, payments);
  expect('protocol.feeBps', protocol.feeBps, await read(addresses.LicenseMarket, licenseMarketAbi, 'protocolFeeBps'));
  expect('protocol.treasury', getAddress(protocol.treasury), await read(addresses.LicenseMarket, licenseMarketAbi, 'treasury'));

  // What the market holds per token, and what it owes each account.
  const tokens = await fetchAll<{ id: string; marketBalance: string }>(subgraphUrl, 'tokens', 'marketBalance', block, 'Bytes');
  for (const token of tokens) {
    const held =
      token.id === zeroAddress
        ? await chain.getBalance({ address: addresses.LicenseMarket, blockNumber: block })
        : await read<bigint>(token.id as Address, erc20Abi, 'balanceOf', [addresses.LicenseMarket]);
    expect(`token ${token.id} market balance`, token.marketBalance, held);
  }
  const balances = await fetchAll<{ id: string; account: { id: string }; token: { id: string }; pending: string }>(
    subgraphUrl,
    'royaltyBalances',
    'account { id } token { id } pending',
    block,
    'Bytes',
  );
  for (const balance of balances) {
    const owed = await read(addresses.LicenseMarket, licenseMarketAbi, 'withdrawable', [balance.account.id, balance.token.id]);
    expect(`withdrawable ${balance.account.id} ${balance.token.id}`, balance.pending, owed);
  }

  // Models.
  const models = await fetchAll<{ id: string; owner: { id: string }; status: string; currentVersion: number; curationSignal: string }>(
    subgraphUrl,
    'models',
    'owner { id } status currentVersion curationSignal',
    block,
  );
  for (const model of models) {
    const id = BigInt(model.id);
    expect(`model ${id} owner`, getAddress(model.owner.id), await read(addresses.ModelRegistry, modelRegistryAbi, 'ownerOf', [id]));
    const terms = await read<{ status: number }>(addresses.ModelRegistry, modelRegistryAbi, 'termsOf', [id]);
    expect(`model ${id} status`, model.status, MODEL_STATUSES[terms.status]);
    expect(`model ${id} version`, model.currentVersion, await read(addresses.ModelRegistry, modelRegistryAbi, 'versionCount', [id]));
    expect(`model ${id} curation`, model.curationSignal, await read(addresses.Curation, curationAbi, 'signalOf', [id]));
  }

  // Offers and licences.
  const offerRows = await fetchAll<{ id: string; sold: number; active: boolean; price: string; unitPrice: string; maxSupply: string }>(
    subgraphUrl,
    'licenseOffers',
    'sold active price unitPrice maxSupply',
    block,
  );
  for (const offer of offerRows) {
    const onChain = await read<{ sold: number; active: boolean; price: bigint; unitPrice: bigint; maxSupply: number }>(
      addresses.LicenseMarket,
      licenseMarketAbi,
      'offerOf',
      [BigInt(offer.id)],
    );
    expect(`offer ${offer.id} sold`, offer.sold, onChain.sold);
    expect(`offer ${offer.id} active`, offer.active, onChain.active);
    expect(`offer ${offer.id} price`, offer.price, onChain.price);
    expect(`offer ${offer.id} unit price`, offer.unitPrice, onChain.unitPrice);
    expect(`offer ${offer.id} cap`, offer.maxSupply, onChain.maxSupply);
  }
  const licenseRows = await fetchAll<{
    id: string;
    holder: { id: string };
    expiresAt: string | null;
    revoked: boolean;
    usageUnits: string;
  }>(subgraphUrl, 'licenses', 'holder { id } expiresAt revoked usageUnits', block);
  for (const license of licenseRows) {
    const id = BigInt(license.id);
    const onChain = await read<{ expiresAt: number; revoked: boolean; usageUnits: bigint }>(
      addresses.LicenseMarket,
      licenseMarketAbi,
      'licenseOf',
      [id],
    );
    expect(`licence ${id} holder`, getAddress(license.holder.id), await read(addresses.LicenseMarket, licenseMarketAbi, 'ownerOf', [id]));
    expect(`licence ${id} expiry`, license.expiresAt ?? 0, onChain.expiresAt);
    expect(`licence ${id} revoked`, license.revoked, onChain.revoked);
    expect(`licence ${id} usage`, license.usageUnits, onChain.usageUnits);
  }

  // Every payment reconciles, and each model's revenue per token equals the chain's own payment logs.
  const unreconciled = await querySubgraph<{ payments: { id: string }[] }>(
    subgraphUrl,
    `query($b: Int!) { payments(first: 1000, where: { reconciled: false }, block: { number: $b }) { id } }`,
    { b: Number(block) },
  );
  for (const payment of unreconciled.payments) expect(`payment ${payment.id} reconciled`, false, true);
  const logs = await chain.getContractEvents({
    address: addresses.LicenseMarket,
    abi: licenseMarketAbi,
    eventName: 'PaymentSettled',
    fromBlock: 0n,
    toBlock: block,
  });
  const grossByModel = new Map<string, bigint>();
  for (const log of logs) {
    const key = `${log.args.modelId}-${log.args.currency!.toLowerCase()}`;
    grossByModel.set(key, (grossByModel.get(key) ?? 0n) + log.args.gross!);
  }
  const revenues = await fetchAll<{ id: string; cumulativeGross: string }>(subgraphUrl, 'modelRevenues', 'cumulativeGross', block);
  for (const revenue of revenues) expect(`model revenue ${revenue.id}`, revenue.cumulativeGross, grossByModel.get(revenue.id) ?? 0n);
  expect('model revenue rows', revenues.filter((r) => r.cumulativeGross !== '0').length, grossByModel.size);

  // Vaults: supply, revenue per token, and each holder's balance and claimable amount.
  const vaultRevenues = await fetchAll<{
    id: string;
    vault: { id: string };
    token: { id: string };
    cumulativeRevenue: string;
    revenuePerShare: string;
  }>(subgraphUrl, 'vaultTokenRevenues', 'vault { id } token { id } cumulativeRevenue revenuePerShare', block, 'Bytes');
  const revenuePerShare = new Map<string, bigint>();
  for (const row of vaultRevenues) {
    const vault = row.vault.id as Address;
    expect(
      `vault ${vault} revenue ${row.token.id}`,
      row.cumulativeRevenue,
      await read(vault, shareVaultAbi, 'totalRevenue', [row.token.id]),
    );
    expect(
      `vault ${vault} revenue per share ${row.token.id}`,
      row.revenuePerShare,
      await read(vault, shareVaultAbi, 'revenuePerShare', [row.token.id]),
    );
    revenuePerShare.set(`${vault}-${row.token.id}`, BigInt(row.revenuePerShare));
  }
  const holdings = await fetchAll<{
    id: string;
    vault: { id: string; totalSupply: string };
    account: { id: string };
    balance: string;
    revenue: { token: { id: string }; owed: string; settledRevenuePerShare: string }[];
  }>(
    subgraphUrl,
    'fractionalHoldings',
    'vault { id totalSupply } account { id } balance revenue { token { id } owed settledRevenuePerShare }',
    block,
    'Bytes',
  );
  const supplies = new Map<string, string>();
  for (const holding of holdings) {
    const vault = holding.vault.id as Address;
    supplies.set(vault, holding.vault.totalSupply);
    expect(
      `shares of ${holding.account.id} in ${vault}`,
      holding.balance,
      await read(vault, shareVaultAbi, 'balanceOf', [holding.account.id]),
    );
    for (const revenue of holding.revenue) {
      const current = revenuePerShare.get(`${vault}-${revenue.token.id}`) ?? 0n;
      const claimable = BigInt(revenue.owed) + (BigInt(holding.balance) * (current - BigInt(revenue.settledRevenuePerShare))) / SCALE;
      const onChain = await read(vault, shareVaultAbi, 'claimable', [holding.account.id, revenue.token.id]);
      expect(`claimable of ${holding.account.id} in ${vault} (${revenue.token.id})`, claimable, onChain);
    }
  }
  for (const [vault, supply] of supplies)
    expect(`vault ${vault} supply`, supply, await read(vault as Address, shareVaultAbi, 'totalSupply'));

  // Curation positions and disputes.
  const positions = await fetchAll<{ id: string; model: { id: string }; curator: { id: string }; staked: string }>(
    subgraphUrl,
    'curationPositions',
    'model { id } curator { id } staked',
    block,
  );
  for (const position of positions) {
    const staked = await read(addresses.Curation, curationAbi, 'stakeOf', [BigInt(position.model.id), position.curator.id]);
    expect(`stake ${position.id}`, position.staked, staked);
  }
  const disputes = await fetchAll<{ id: string; status: string }>(subgraphUrl, 'disputes', 'status', block);
  for (const dispute of disputes) {
    const onChain = await read<{ status: number }>(addresses.DisputeResolver, disputeResolverAbi, 'disputeOf', [BigInt(dispute.id)]);
    expect(`dispute ${dispute.id} status`, dispute.status, DISPUTE_STATUSES[onChain.status]);
  }
  return { checked, differences };
}
