/**
 * A realistic, deterministic market: creators register models over the first weeks (some derivatives of popular
 * models), buyers license them with heavy-tailed popularity across every tier in ETH and the stablecoin, metered
 * usage follows a weekly rhythm, subscriptions renew or churn, creators withdraw, a third of the top models are
 * fractionalised with share trades and claims, shareholders and the DAO vote, a few disputes are upheld, and
 * curators stake. Time advances one day at a time with anvil's clock. A day's independent actions are sent together
 * and share a block, as on a real chain: its purchases, renewals and usage in one, its share trades, withdrawals,
 * claims, stakes and votes in the next.
 *
 * Every random draw happens synchronously, in a fixed order, before the transactions it decides are sent, so the same
 * seed gives the same market whatever order the node answers in.
 */
import { type Address, encodeFunctionData, type Hash, type HDAccount, keccak256, parseEther, toBytes, zeroAddress } from 'viem';

import { disputeResolverAbi, licenseMarketAbi, modelRegistryAbi, shareVaultAbi } from '@modelmint/contracts/abis';
import { anvilAccount } from '../chain/accounts';
import { Miner } from '../chain/miner';
import { DisputeSubject, ETH, type MarketClient, type OfferTerms, Tier } from '../market/marketClient';
import type { IpfsNode } from '../processes/ipfs';
import { modelCard } from './catalog';
import { Random, zipfWeights } from './random';
import { DAY_SECONDS } from '@modelmint/subgraph/api';

export interface SimulationOptions {
  days: number;
  models: number;
  accounts: number;
  seed: number;
  onDay?: (day: number, transactions: number) => void;
}

export interface SimulationSummary {
  models: number;
  licenses: number;
  payments: number;
  transactions: number;
}

const USDC = 1_000_000n;
const SHARES = 1_000_000n * 10n ** 18n;

interface SimOffer {
  id: bigint;
  tier: number;
  currency: Address;
  price: bigint;
  unitPrice: bigint;
  duration: bigint;
}

interface SimModel {
  id: bigint;
  name: string;
  creator: HDAccount;
  offers: SimOffer[];
  derivativeOffer: SimOffer;
  vault?: Address;
  governor?: Address;
  /** Share balances, as the simulator moved them. */
  shares: Map<HDAccount, bigint>;
}

interface SimLicense {
  id: bigint;
  model: SimModel;
  offer: SimOffer;
  holder: HDAccount;
  expiresAt: number;
}

export async function simulateMarket(chainMarket: MarketClient, ipfs: IpfsNode, options: SimulationOptions): Promise<SimulationSummary> {
  const random = new Random(options.seed);
  const miner = new Miner(chainMarket.rpcUrl);
  const market = chainMarket.minedBy(miner);
  const dao = anvilAccount(0);
  const creatorCount = Math.max(2, Math.ceil(options.models / 2));
  const creators = Array.from({ length: creatorCount }, (_, i) => anvilAccount(1 + i));
  const buyers = Array.from({ length: Math.max(2, options.accounts - creatorCount) }, (_, i) => anvilAccount(1 + creatorCount + i));
  const contributors = buyers.slice(0, Math.max(1, Math.floor(buyers.length / 10)));
  const models: SimModel[] = [];
  const licenses: SimLicense[] = [];
  let payments = 0;
  const usdc = market.addresses.MockStablecoin;
  const start = Number((await market.public.getBlock()).timestamp);
  let now = start;

  // Everyone holds enough of the stablecoin for the whole run.
  await miner.start();
  await Promise.all([...creators, ...buyers].map((account) => market.fundStablecoin(account, 10_000_000n * USDC)));
  const popularity = zipfWeights(options.models);
  const registerDay = (index: number) => Math.floor((index * options.days * 0.5) / options.models);

  const publishCard = async (card: object) => `ipfs://${(await ipfs.add(new TextEncoder().encode(JSON.stringify(card)))).toString()}`;

  const registerModel = async (index: number) => {
    const creator = creators[index % creators.length];
    const parent = models.length > 3 && random.chance(0.25) ? models[random.weighted(popularity.slice(0, models.length))] : undefined;
    const card = modelCard(random, index + 1, parent?.name);
    let parentLicenseId = 0n;
    if (parent) {
      parentLicenseId = await market.purchase(creator, parent.derivativeOffer.id);
      payments += 1;
    }
    const id = await market.registerModel(creator, {
      name: card.name,
      category: card.category,
      tags: card.tags,
      uri: await publishCard(card),
      contentHash: keccak256(toBytes(card.name)),
      parentId: parent?.id ?? 0n,
      parentLicenseId,
      royaltyBps: random.pick([0, 500, 1_000, 1_500, 2_000]),
    });
    const contributor = random.pick(contributors);
    const creatorBps = random.pick([7_000, 8_000, 9_000]);
    const ethPrice = parseEther(String(random.pick([0.05, 0.1, 0.25, 0.5, 1])));
    const split = [
      { account: creator.address, bps: creatorBps },
      { account: contributor.address, bps: 10_000 - creatorBps },
    ];
    const offerTerms: OfferTerms[] = [
      {
        tier: Tier.Commercial,
        currency: ETH,
        price: ethPrice,
        unitPrice: 0n,
        duration: 0n,
        maxSupply: 0,
        transferable: true,
        derivativesAllowed: true,
      },
      {
        tier: Tier.Research,
        currency: usdc,
        price: BigInt(random.int(20, 200)) * USDC,
        unitPrice: 0n,
        duration: 0n,
        maxSupply: 0,
        transferable: false,
        derivativesAllowed: false,
      },
      {
        tier: Tier.Subscription,
        currency: usdc,
        price: BigInt(random.int(10, 99)) * USDC,
        unitPrice: 0n,
        duration: BigInt(30 * DAY_SECONDS),
        maxSupply: 0,
        transferable: false,
        derivativesAllowed: false,
      },
      {
        tier: Tier.Metered,
        currency: usdc,
        price: BigInt(random.int(1, 10)) * USDC,
        unitPrice: BigInt(random.int(1, 50)) * 100n,
        duration: 0n,
        maxSupply: 0,
        transferable: false,
        derivativesAllowed: false,
      },
    ];
    // One block: the creator's nonces keep the offers in the order of their terms.
    const [, ...offerIds] = await Promise.all([
      market.setSplit(creator, id, split),
      ...offerTerms.map((terms) => market.createOffer(creator, id, terms)),
    ]);
    const offers: SimOffer[] = offerTerms.map((terms, i) => ({
      id: offerIds[i]!,
      tier: terms.tier,
      currency: terms.currency,
      price: terms.price,
      unitPrice: terms.unitPrice,
      duration: terms.duration,
    }));
    models.push({ id, name: card.name, creator, offers, derivativeOffer: offers[0], shares: new Map() });
  };

  const buy = async (model: SimModel, offer: SimOffer, buyer: HDAccount): Promise<SimLicense> => {
    const id = await market.purchase(buyer, offer.id);
    payments += 1;
    return { id, model, offer, holder: buyer, expiresAt: offer.duration === 0n ? 0 : now + Number(offer.duration) };
  };

  const fractionalize = async (model: SimModel) => {
    const { vault, governor } = await market.fractionalize(
      model.creator,
      model.id,
      { name: `${model.name} Shares`, symbol: `MM${model.id}`, supply: SHARES },
      [
        { account: model.creator.address, bps: 5_000 },
        { account: zeroAddress, bps: 4_000 },
        { account: random.pick(contributors).address, bps: 1_000 },
      ],
    );
    model.vault = vault;
    model.governor = governor;
    model.shares.set(model.creator, SHARES);
  };

  const proposals: { day: number; step: () => Promise<void> }[] = [];
  const schedule = (day: number, step: () => Promise<void>) => proposals.push({ day, step });

  const proposeVersion = (model: SimModel, day: number) => {
    const call = {
      target: model.vault!,
      data: encodeFunctionData({
        abi: shareVaultAbi,
        functionName: 'execute',
        args: [
          market.addresses.ModelRegistry,
          encodeFunctionData({
            abi: modelRegistryAbi,
            functionName: 'publishVersion',
            args: [model.id, `ipfs://v2-${model.id}`, keccak256(toBytes(`v2-${model.id}`)), 'Voted by shareholders'],
          }),
        ],
      }) as Hash,
    };
    const description = `Publish version 2 of ${model.name}`;
    let proposalId = 0n;
    schedule(day, async () => {
      proposalId = await market.propose(model.creator, model.governor!, [call], description);
    });
    schedule(day + 1, async () => {
      await Promise.all(
        [...model.shares.keys()].map((holder) =>
          market.castVote(holder, model.governor!, proposalId, holder === model.creator ? 1 : random.pick([0, 1, 1, 2] as const)),
        ),
      );
    });
    // Voting closes three days after it opens; what passed waits out the vault timelock's day before it runs.
    schedule(day + 5, async () => market.queueOrExecute(model.creator, model.governor!, 'queue', [call], keccak256(toBytes(description))));
    schedule(day + 7, async () =>
      market.queueOrExecute(model.creator, model.governor!, 'execute', [call], keccak256(toBytes(description))),
    );
  };

  const disputeLicence = (license: SimLicense, day: number) => {
    let disputeId = 0n;
    let proposalId = 0n;
    const description = `Uphold the dispute against licence ${license.id}`;
    const call = () => ({
      target: market.addresses.DisputeResolver,
      data: encodeFunctionData({ abi: disputeResolverAbi, functionName: 'resolve', args: [disputeId, true, 'ipfs://ruling'] }) as Hash,
    });
    schedule(day, async () => {
      disputeId = await market.raiseDispute(random.pick(buyers), DisputeSubject.License, license.id, 'ipfs://evidence');
    });
    schedule(day + 1, async () => {
      proposalId = await market.propose(dao, market.addresses.MarketGovernor, [call()], description);
    });
    schedule(day + 3, async () => market.castVote(dao, market.addresses.MarketGovernor, proposalId, 1));
    schedule(day + 8, async () =>
      market.queueOrExecute(dao, market.addresses.MarketGovernor, 'queue', [call()], keccak256(toBytes(description))),
    );
    schedule(day + 10, async () => {
      await market.queueOrExecute(dao, market.addresses.MarketGovernor, 'execute', [call()], keccak256(toBytes(description)));
      license.expiresAt = -1;
    });
  };

  await market.delegateMint(dao);
  const curators = buyers.slice(-Math.max(1, Math.floor(buyers.length / 20)));
  const curatorGrant = parseEther('100000');
  await Promise.all(curators.map((curator) => market.transferMint(dao, curator.address, curatorGrant)));
  // What each curator has not staked yet: on long simulations they run out and stop staking.
  const unstaked = new Map(curators.map((curator) => [curator, curatorGrant]));
  const fractionaliseDay = Math.floor(options.days * 0.35);
  const disputeDays = [Math.floor(options.days * 0.4), Math.floor(options.days * 0.6)];

  /** Licences bought, renewed and used today, all in one block: usage only of licences that already existed. */
  const trade = async (day: number, weekdayFactor: number) => {
    const weights = popularity.slice(0, models.length);
    const growth = 0.5 + day / options.days;
    const purchases = random.poisson(Math.min(24, 2 + models.length * 0.6) * weekdayFactor * growth);
    const buys: Promise<SimLicense>[] = [];
    const renewals = licenses.filter(
      (l) => l.offer.duration > 0n && l.expiresAt > 0 && l.expiresAt - now < DAY_SECONDS && random.chance(0.75),
    );
    const meteredLicenses = licenses.filter((l) => l.offer.unitPrice > 0n && l.expiresAt === 0);
    const usageToday = Math.min(meteredLicenses.length, random.poisson(12 * weekdayFactor));
    const usage = Array.from({ length: usageToday }, () => ({
      license: random.pick(meteredLicenses),
      units: BigInt(random.int(500, 40_000)),
    }));
    for (let i = 0; i < purchases; i++) {
      const model = models[random.weighted(weights)];
      const offer = model.offers[random.weighted([2, 1.5, 3, 2.5])];
      buys.push(buy(model, offer, random.pick(buyers)));
    }
    const renewed = renewals.map(async (license) => {
      await market.renew(license.holder, license.id);
      license.expiresAt = Math.max(license.expiresAt, now) + Number(license.offer.duration);
    });
    const used = usage.map(({ license, units }) => market.payForUsage(license.holder, license.id, units));
    payments += renewals.length + usage.length;
    const [bought] = await Promise.all([Promise.all(buys), Promise.all(renewed), Promise.all(used)]);
    // Recorded in the order drawn, so later draws over `licenses` see the same list on every run of a seed.
    licenses.push(...bought);
  };

  /** One share trade in each of some fractionalised models; the buyer delegates its votes on its first shares. */
  const tradeShares = (): Promise<unknown>[] =>
    models
      .filter((m) => m.vault && random.chance(0.3))
      .flatMap((model) => {
        const lot = SHARES / 50n;
        const sellers = [...model.shares].filter(([, balance]) => balance >= lot).map(([holder]) => holder);
        if (sellers.length === 0) return [];
        const seller = random.pick(sellers);
        const buyer = random.pick(buyers);
        const firstShares = !model.shares.has(buyer);
        model.shares.set(seller, model.shares.get(seller)! - lot);
        model.shares.set(buyer, (model.shares.get(buyer) ?? 0n) + lot);
        const transfer = market.transferShares(seller, model.vault!, buyer.address, lot);
        return firstShares ? [transfer, market.delegateShares(buyer, model.vault!)] : [transfer];
      });

  /** Weekly: creators withdraw some of what they are owed and shareholders claim some of their vault revenue. */
  const collect = (): Promise<unknown>[] => {
    const withdrawals = creators.flatMap((creator) =>
      [ETH, usdc].map(async (currency) => {
        const wantsTo = random.chance(0.6);
        const owed = await market.public.readContract({
          address: market.addresses.LicenseMarket,
          abi: licenseMarketAbi,
          functionName: 'withdrawable',
          args: [creator.address, currency],
        });
        if (owed > 0n && wantsTo) await market.withdraw(creator, currency);
      }),
    );
    const claims = models
      .filter((m) => m.vault)
      .flatMap((model) =>
        [...model.shares.keys()].flatMap((holder) =>
          [ETH, usdc].map(async (currency) => {
            const wantsTo = random.chance(0.5);
            const claimable = await market.public.readContract({
              address: model.vault!,
              abi: shareVaultAbi,
              functionName: 'claimable',
              args: [holder.address, currency],
            });
            if (claimable > 0n && wantsTo) await market.claim(holder, model.vault!, currency);
          }),
        ),
      );
    return [...withdrawals, ...claims];
  };

  /** Every ten days each curator stakes on a popular model while its grant lasts. */
  const curate = (): Promise<unknown>[] =>
    curators.flatMap((curator) => {
      const model = models[random.weighted(popularity.slice(0, models.length))];
      const amount = parseEther(String(random.int(100, 5_000)));
      if (amount > unstaked.get(curator)!) return [];
      unstaked.set(curator, unstaked.get(curator)! - amount);
      return [market.stake(curator, model.id, amount)];
    });

  for (let day = 0; day < options.days; day++) {
    const weekday = new Date((start + day * DAY_SECONDS) * 1000).getUTCDay();
    const weekdayFactor = weekday === 0 || weekday === 6 ? 0.5 : 1.2;

    for (let index = 0; index < options.models; index++) if (registerDay(index) === day) await registerModel(index);
    if (models.length > 0) await trade(day, weekdayFactor);

    if (day === fractionaliseDay) {
      const top = models.slice(0, Math.max(1, Math.floor(models.length / 3)));
      await Promise.all(top.map(fractionalize));
      top.forEach((model, i) => {
        proposeVersion(model, day + 2 + i);
      });
    }
    if (disputeDays.includes(day)) {
      const target = licenses.find((l) => l.offer.tier === Tier.Commercial && l.expiresAt === 0);
      if (target) disputeLicence(target, day);
    }
    await Promise.all([
      ...tradeShares(),
      ...(day % 7 === 6 ? collect() : []),
      ...(day % 10 === 3 && models.length > 0 ? curate() : []),
      ...proposals.filter((p) => p.day === day).map((proposal) => proposal.step()),
    ]);

    options.onDay?.(day + 1, miner.transactionsSent);
    await miner.advance(DAY_SECONDS);
    now += DAY_SECONDS;
  }
  await miner.stop();
  return { models: models.length, licenses: licenses.length, payments, transactions: miner.transactionsSent };
}
