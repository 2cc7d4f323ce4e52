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
const CURATOR_GRANT = parseEther('100000');
/** The daily rates of purchases and metered usage are set for a catalogue of this many models; a larger one trades
 * proportionally more, so a market grows in breadth (models, accounts) and not only in days. */
const CALIBRATED_MODELS = 40;

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
  const miner = new Miner(chainMarket.rpcUrl);
  const market = chainMarket.minedBy(miner);
  const start = Number((await market.public.getBlock()).timestamp);
  const simulation = new MarketSimulation(market, ipfs, options, start);
  await miner.start();
  await simulation.prepare();
  for (let day = 0; day < options.days; day++) {
    await simulation.runDay(day);
    options.onDay?.(day + 1, miner.transactionsSent);
    await miner.advance(DAY_SECONDS);
    simulation.now += DAY_SECONDS;
  }
  await miner.stop();
  return { ...simulation.counts(), transactions: miner.transactionsSent };
}

/** The market's actors and what the simulation has made so far; each method is one kind of step of a day. */
class MarketSimulation {
  private readonly random: Random;
  private readonly dao = anvilAccount(0);
  private readonly creators: HDAccount[];
  private readonly buyers: HDAccount[];
  private readonly contributors: HDAccount[];
  private readonly curators: HDAccount[];
  /** What each curator has not staked yet: on long simulations they run out and stop staking. */
  private readonly unstaked: Map<HDAccount, bigint>;
  private readonly popularity: number[];
  private readonly usdc: Address;
  private readonly fractionaliseDay: number;
  private readonly disputeDays: number[];
  private readonly models: SimModel[] = [];
  private readonly licenses: SimLicense[] = [];
  private readonly proposals: { day: number; step: () => Promise<void> }[] = [];
  private payments = 0;
  /** The chain's time at the start of the current day. */
  now: number;

  constructor(
    private readonly market: MarketClient,
    private readonly ipfs: IpfsNode,
    private readonly options: SimulationOptions,
    private readonly start: number,
  ) {
    this.random = new Random(options.seed);
    const creatorCount = Math.max(2, Math.ceil(options.models / 2));
    this.creators = Array.from({ length: creatorCount }, (_, i) => anvilAccount(1 + i));
    this.buyers = Array.from({ length: Math.max(2, options.accounts - creatorCount) }, (_, i) => anvilAccount(1 + creatorCount + i));
    this.contributors = this.buyers.slice(0, Math.max(1, Math.floor(this.buyers.length / 10)));
    this.curators = this.buyers.slice(-Math.max(1, Math.floor(this.buyers.length / 20)));
    this.unstaked = new Map(this.curators.map((curator) => [curator, CURATOR_GRANT]));
    this.popularity = zipfWeights(options.models);
    this.usdc = market.addresses.MockStablecoin;
    this.fractionaliseDay = Math.floor(options.days * 0.35);
    this.disputeDays = [Math.floor(options.days * 0.4), Math.floor(options.days * 0.6)];
    this.now = start;
  }

  /** Everyone holds enough of the stablecoin for the whole run; the DAO votes with its MINT and funds the curators. */
  async prepare(): Promise<void> {
    await Promise.all([...this.creators, ...this.buyers].map((account) => this.market.fundStablecoin(account, 10_000_000n * USDC)));
    await this.market.delegateMint(this.dao);
    await Promise.all(this.curators.map((curator) => this.market.transferMint(this.dao, curator.address, CURATOR_GRANT)));
  }

  async runDay(day: number): Promise<void> {
    const weekday = new Date((this.start + day * DAY_SECONDS) * 1000).getUTCDay();
    const weekdayFactor = weekday === 0 || weekday === 6 ? 0.5 : 1.2;

    for (let index = 0; index < this.options.models; index++) if (this.registerDay(index) === day) await this.registerModel(index);
    if (this.models.length > 0) await this.trade(day, weekdayFactor);

    if (day === this.fractionaliseDay) {
      const top = this.models.slice(0, Math.max(1, Math.floor(this.models.length / 3)));
      await Promise.all(top.map((model) => this.fractionalize(model)));
      top.forEach((model, i) => {
        this.proposeVersion(model, day + 2 + i);
      });
    }
    if (this.disputeDays.includes(day)) {
      const target = this.licenses.find((l) => l.offer.tier === Tier.Commercial && l.expiresAt === 0);
      if (target) this.disputeLicence(target, day);
    }
    await Promise.all([
      ...this.tradeShares(),
      ...(day % 7 === 6 ? this.collect() : []),
      ...(day % 10 === 3 && this.models.length > 0 ? this.curate() : []),
      ...this.proposals.filter((p) => p.day === day).map((proposal) => proposal.step()),
    ]);
  }

  counts(): Omit<SimulationSummary, 'transactions'> {
    return { models: this.models.length, licenses: this.licenses.length, payments: this.payments };
  }

  private registerDay(index: number): number {
    return Math.floor((index * this.options.days * 0.5) / this.options.models);
  }

  private async publishCard(card: object): Promise<string> {
    return `ipfs://${(await this.ipfs.add(new TextEncoder().encode(JSON.stringify(card)))).toString()}`;
  }

  private schedule(day: number, step: () => Promise<void>): void {
    this.proposals.push({ day, step });
  }

  private async registerModel(index: number): Promise<void> {
    const creator = this.creators[index % this.creators.length];
    const parent =
      this.models.length > 3 && this.random.chance(0.25)
        ? this.models[this.random.weighted(this.popularity.slice(0, this.models.length))]
        : undefined;
    const card = modelCard(this.random, index + 1, parent?.name);
    let parentLicenseId = 0n;
    if (parent) {
      parentLicenseId = await this.market.purchase(creator, parent.derivativeOffer.id);
      this.payments += 1;
    }
    const id = await this.market.registerModel(creator, {
      name: card.name,
      category: card.category,
      tags: card.tags,
      uri: await this.publishCard(card),
      contentHash: keccak256(toBytes(card.name)),
      parentId: parent?.id ?? 0n,
      parentLicenseId,
      royaltyBps: this.random.pick([0, 500, 1_000, 1_500, 2_000]),
    });
    const contributor = this.random.pick(this.contributors);
    const creatorBps = this.random.pick([7_000, 8_000, 9_000]);
    const ethPrice = parseEther(String(this.random.pick([0.05, 0.1, 0.25, 0.5, 1])));
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
        currency: this.usdc,
        price: BigInt(this.random.int(20, 200)) * USDC,
        unitPrice: 0n,
        duration: 0n,
        maxSupply: 0,
        transferable: false,
        derivativesAllowed: false,
      },
      {
        tier: Tier.Subscription,
        currency: this.usdc,
        price: BigInt(this.random.int(10, 99)) * USDC,
        unitPrice: 0n,
        duration: BigInt(30 * DAY_SECONDS),
        maxSupply: 0,
        transferable: false,
        derivativesAllowed: false,
      },
      {
        tier: Tier.Metered,
        currency: this.usdc,
        price: BigInt(this.random.int(1, 10)) * USDC,
        unitPrice: BigInt(this.random.int(1, 50)) * 100n,
        duration: 0n,
        maxSupply: 0,
        transferable: false,
        derivativesAllowed: false,
      },
    ];
    // One block: the creator's nonces keep the offers in the order of their terms.
    const [, ...offerIds] = await Promise.all([
      this.market.setSplit(creator, id, split),
      ...offerTerms.map((terms) => this.market.createOffer(creator, id, terms)),
    ]);
    const offers: SimOffer[] = offerTerms.map((terms, i) => ({
      id: offerIds[i]!,
      tier: terms.tier,
      currency: terms.currency,
      price: terms.price,
      unitPrice: terms.unitPrice,
      duration: terms.duration,
    }));
    this.models.push({ id, name: card.name, creator, offers, derivativeOffer: offers[0], shares: new Map() });
  }

  private async buy(model: SimModel, offer: SimOffer, buyer: HDAccount): Promise<SimLicense> {
    const id = await this.market.purchase(buyer, offer.id);
    this.payments += 1;
    return { id, model, offer, holder: buyer, expiresAt: offer.duration === 0n ? 0 : this.now + Number(offer.duration) };
  }

  private async fractionalize(model: SimModel): Promise<void> {
    const { vault, governor } = await this.market.fractionalize(
      model.creator,
      model.id,
      { name: `${model.name} Shares`, symbol: `MM${model.id}`, supply: SHARES },
      [
        { account: model.creator.address, bps: 5_000 },
        { account: zeroAddress, bps: 4_000 },
        { account: this.random.pick(this.contributors).address, bps: 1_000 },
      ],
    );
    model.vault = vault;
    model.governor = governor;
    model.shares.set(model.creator, SHARES);
  }

  private proposeVersion(model: SimModel, day: number): void {
    const call = {
      target: model.vault!,
      data: encodeFunctionData({
        abi: shareVaultAbi,
        functionName: 'execute',
        args: [
          this.market.addresses.ModelRegistry,
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
    this.schedule(day, async () => {
      proposalId = await this.market.propose(model.creator, model.governor!, [call], description);
    });
    this.schedule(day + 1, async () => {
      await Promise.all(
        [...model.shares.keys()].map((holder) =>
          this.market.castVote(holder, model.governor!, proposalId, holder === model.creator ? 1 : this.random.pick([0, 1, 1, 2] as const)),
        ),
      );
    });
    // Voting closes three days after it opens; what passed waits out the vault timelock's day before it runs.
    this.schedule(day + 5, async () =>
      this.market.queueOrExecute(model.creator, model.governor!, 'queue', [call], keccak256(toBytes(description))),
    );
    this.schedule(day + 7, async () =>
      this.market.queueOrExecute(model.creator, model.governor!, 'execute', [call], keccak256(toBytes(description))),
    );
  }

  private disputeLicence(license: SimLicense, day: number): void {
    let disputeId = 0n;
    let proposalId = 0n;
    const description = `Uphold the dispute against licence ${license.id}`;
    const call = () => ({
      target: this.market.addresses.DisputeResolver,
      data: encodeFunctionData({ abi: disputeResolverAbi, functionName: 'resolve', args: [disputeId, true, 'ipfs://ruling'] }) as Hash,
    });
    this.schedule(day, async () => {
      disputeId = await this.market.raiseDispute(this.random.pick(this.buyers), DisputeSubject.License, license.id, 'ipfs://evidence');
    });
    this.schedule(day + 1, async () => {
      proposalId = await this.market.propose(this.dao, this.market.addresses.MarketGovernor, [call()], description);
    });
    this.schedule(day + 3, async () => this.market.castVote(this.dao, this.market.addresses.MarketGovernor, proposalId, 1));
    this.schedule(day + 8, async () =>
      this.market.queueOrExecute(this.dao, this.market.addresses.MarketGovernor, 'queue', [call()], keccak256(toBytes(description))),
    );
    this.schedule(day + 10, async () => {
      await this.market.queueOrExecute(
        this.dao,
        this.market.addresses.MarketGovernor,
        'execute',
        [call()],
        keccak256(toBytes(description)),
      );
      license.expiresAt = -1;
    });
  }

  /** Licences bought, renewed and used today, all in one block: usage only of licences that already existed. */
  private async trade(day: number, weekdayFactor: number): Promise<void> {
    const weights = this.popularity.slice(0, this.models.length);
    const growth = 0.5 + day / this.options.days;
    const breadth = Math.max(1, this.options.models / CALIBRATED_MODELS);
    const purchases = this.random.poisson(Math.min(24 * breadth, 2 + this.models.length * 0.6) * weekdayFactor * growth);
    const buys: Promise<SimLicense>[] = [];
    const renewals = this.licenses.filter(
      (l) => l.offer.duration > 0n && l.expiresAt > 0 && l.expiresAt - this.now < DAY_SECONDS && this.random.chance(0.75),
    );
    const meteredLicenses = this.licenses.filter((l) => l.offer.unitPrice > 0n && l.expiresAt === 0);
    const usageToday = Math.min(meteredLicenses.length, this.random.poisson(12 * weekdayFactor * breadth));
    const usage = Array.from({ length: usageToday }, () => ({
      license: this.random.pick(meteredLicenses),
      units: BigInt(this.random.int(500, 40_000)),
    }));
    for (let i = 0; i < purchases; i++) {
      const model = this.models[this.random.weighted(weights)];
      const offer = model.offers[this.random.weighted([2, 1.5, 3, 2.5])];
      buys.push(this.buy(model, offer, this.random.pick(this.buyers)));
    }
    const renewed = renewals.map(async (license) => {
      await this.market.renew(license.holder, license.id);
      license.expiresAt = Math.max(license.expiresAt, this.now) + Number(license.offer.duration);
    });
    const used = usage.map(({ license, units }) => this.market.payForUsage(license.holder, license.id, units));
    this.payments += renewals.length + usage.length;
    const [bought] = await Promise.all([Promise.all(buys), Promise.all(renewed), Promise.all(used)]);
    // Recorded in the order drawn, so later draws over `licenses` see the same list on every run of a seed.
    this.licenses.push(...bought);
  }

  /** One share trade in each of some fractionalised models; the buyer delegates its votes on its first shares. */
  private tradeShares(): Promise<unknown>[] {
    return this.models
      .filter((m) => m.vault && this.random.chance(0.3))
      .flatMap((model) => {
        const lot = SHARES / 50n;
        const sellers = [...model.shares].filter(([, balance]) => balance >= lot).map(([holder]) => holder);
        if (sellers.length === 0) return [];
        const seller = this.random.pick(sellers);
        const buyer = this.random.pick(this.buyers);
        const firstShares = !model.shares.has(buyer);
        model.shares.set(seller, model.shares.get(seller)! - lot);
        model.shares.set(buyer, (model.shares.get(buyer) ?? 0n) + lot);
        const transfer = this.market.transferShares(seller, model.vault!, buyer.address, lot);
        return firstShares ? [transfer, this.market.delegateShares(buyer, model.vault!)] : [transfer];
      });
  }

  /** Weekly: creators withdraw some of what they are owed and shareholders claim some of their vault revenue. */
  private collect(): Promise<unknown>[] {
    const withdrawals = this.creators.flatMap((creator) =>
      [ETH, this.usdc].map(async (currency) => {
        const wantsTo = this.random.chance(0.6);
        const owed = await this.market.public.readContract({
          address: this.market.addresses.LicenseMarket,
          abi: licenseMarketAbi,
          functionName: 'withdrawable',
          args: [creator.address, currency],
        });
        if (owed > 0n && wantsTo) await this.market.withdraw(creator, currency);
      }),
    );
    const claims = this.models
      .filter((m) => m.vault)
      .flatMap((model) =>
        [...model.shares.keys()].flatMap((holder) =>
          [ETH, this.usdc].map(async (currency) => {
            const wantsTo = this.random.chance(0.5);
            const claimable = await this.market.public.readContract({
              address: model.vault!,
              abi: shareVaultAbi,
              functionName: 'claimable',
              args: [holder.address, currency],
            });
            if (claimable > 0n && wantsTo) await this.market.claim(holder, model.vault!, currency);
          }),
        ),
      );
    return [...withdrawals, ...claims];
  }

  /** Every ten days each curator stakes on a popular model while its grant lasts. */
  private curate(): Promise<unknown>[] {
    return this.curators.flatMap((curator) => {
      const model = this.models[this.random.weighted(this.popularity.slice(0, this.models.length))];
      const amount = parseEther(String(this.random.int(100, 5_000)));
      if (amount > this.unstaked.get(curator)!) return [];
      this.unstaked.set(curator, this.unstaked.get(curator)! - amount);
      return [this.market.stake(curator, model.id, amount)];
    });
  }
}
