/**
 * Typed access to a deployed marketplace with viem: every user action as one method that sends the transaction
 * from a given account, waits for its receipt and returns the ids the contracts emitted.
 */
import {
  type Abi,
  type Account,
  type Address,
  type ContractEventName,
  type ContractFunctionArgs,
  type ContractFunctionName,
  createPublicClient,
  createWalletClient,
  type Hash,
  http,
  parseEventLogs,
  type PublicClient,
  type TransactionReceipt,
  zeroAddress,
} from 'viem';
import { foundry } from 'viem/chains';

import {
  curationAbi,
  disputeResolverAbi,
  licenseMarketAbi,
  marketGovernorAbi,
  mintTokenAbi,
  mockStablecoinAbi,
  modelRegistryAbi,
  shareVaultAbi,
  shareVaultFactoryAbi,
} from '@modelmint/contracts/abis';
import type { Deployment } from '../chain/deploy';
import { RPC_TIMEOUT_MS } from '../chain/rpcTimeout';

export const ETH = zeroAddress;

export { DisputeSubject, Tier } from './enumValues';

export interface OfferTerms {
  tier: number;
  currency: Address;
  price: bigint;
  unitPrice: bigint;
  duration: bigint;
  maxSupply: number;
  transferable: boolean;
  derivativesAllowed: boolean;
}

export interface ModelParams {
  name: string;
  category: string;
  tags: string[];
  uri: string;
  contentHash: Hash;
  parentId: bigint;
  parentLicenseId: bigint;
  royaltyBps: number;
}

/** Transaction fields the sender sets instead of asking the node to fill them in (eth_fillTransaction simulates the
 * transaction to estimate its gas). */
export interface FixedFields {
  chainId: number;
  gas: bigint;
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

/** For anvil: room for the heaviest market call, and a fee cap far above the base fee its mostly empty blocks settle
 * at (accounts hold 1,000,000 ETH, so the up-front gas × fee cap reservation never binds). */
export const ANVIL_FIXED_FIELDS: FixedFields = {
  chainId: 31337,
  gas: 3_000_000n,
  maxFeePerGas: 100_000_000_000n,
  maxPriorityFeePerGas: 1_000_000n,
};

/** Whatever puts sent transactions into blocks on demand (the simulator's Miner on anvil). */
export interface BlockProducer {
  /** Sends a transaction through `send`, so that the block it is meant for waits for it. */
  submit(send: () => Promise<Hash>): Promise<Hash>;
  receiptOf(hash: Hash): Promise<TransactionReceipt>;
}

export interface SplitRecipient {
  account: Address;
  bps: number;
}

export class MarketClient {
  readonly public: PublicClient;
  readonly addresses: { [K in keyof Deployment]: Address };

  /**
   * @param fixedFields Chain id, gas and fees for every transaction on a local chain (ANVIL_FIXED_FIELDS), where
   * over-provisioning costs nothing; without them each transaction first asks the node to fill them in.
   */
  constructor(
    readonly rpcUrl: string,
    private readonly deployment: Deployment,
    private readonly fixedFields?: FixedFields,
    private readonly blocks?: BlockProducer,
  ) {
    this.public = createPublicClient({
      chain: foundry,
      transport: http(rpcUrl, { timeout: RPC_TIMEOUT_MS }),
      cacheTime: 0,
      pollingInterval: 20,
    });
    this.addresses = Object.fromEntries(
      Object.entries(deployment).map(([name, contract]) => [name, (contract as Deployment[keyof Deployment]).address]),
    ) as MarketClient['addresses'];
  }

  /** The same market, its transactions confirmed by `blocks` (which mines them) instead of by polling the node. */
  minedBy(blocks: BlockProducer): MarketClient {
    return new MarketClient(this.rpcUrl, this.deployment, this.fixedFields, blocks);
  }

  /**
   * Sends one transaction and returns the decoded events of `eventAbi` it emitted. The call is typed by its ABI: a
   * function the contract lacks, or arguments of the wrong types, do not compile.
   */
  private async send<
    const TAbi extends Abi,
    TFunction extends ContractFunctionName<TAbi, 'nonpayable' | 'payable'>,
    const TEvents extends Abi = [],
  >(
    from: Account,
    request: {
      address: Address;
      abi: TAbi;
      functionName: TFunction;
      args: ContractFunctionArgs<TAbi, 'nonpayable' | 'payable', TFunction>;
      value?: bigint;
    },
    eventAbi?: TEvents,
  ) {
    const wallet = createWalletClient({ account: from, chain: foundry, transport: http(this.rpcUrl, { timeout: RPC_TIMEOUT_MS }) });
    // viem's writeContract cannot take the generic request above without restating its conditional types; the
    // request was checked against the ABI where it was written.
    const call = { ...request, account: from };
    const write = async () =>
      wallet.writeContract({ ...call, ...(this.fixedFields ?? { gas: await this.gasFor(call) }) } as Parameters<
        typeof wallet.writeContract
      >[0]);
    const hash = await (this.blocks ? this.blocks.submit(write) : write());
    const receipt = await (this.blocks ? this.blocks.receiptOf(hash) : this.public.waitForTransactionReceipt({ hash }));
    if (receipt.status !== 'success') throw new Error(`${request.functionName} reverted in ${hash}`);
    return eventAbi ? parseEventLogs({ abi: eventAbi, logs: receipt.logs }) : [];
  }

  /**
   * The node's estimate with a margin: it estimates against the latest block, and the transaction may land in a block
   * with a later timestamp, where a share vault's vote checkpoints are new storage rather than an update (seen: a
   * share transfer estimated at the exact gas it needed in the same second ran out of gas in the next one).
   */
  private async gasFor(call: { address: Address; abi: Abi; account: Account }): Promise<bigint> {
    const estimate = await this.public.estimateContractGas(call as Parameters<PublicClient['estimateContractGas']>[0]);
    return (estimate * 3n) / 2n;
  }

  private static arg<TAbi extends Abi>(
    logs: { eventName: ContractEventName<TAbi>; args: unknown }[],
    eventName: ContractEventName<TAbi>,
    key: string,
  ): bigint {
    const log = logs.find((entry) => entry.eventName === eventName);
    if (!log) throw new Error(`no ${String(eventName)} event in the receipt`);
    return (log.args as Record<string, bigint>)[key];
  }

  async registerModel(from: Account, params: ModelParams): Promise<bigint> {
    const logs = await this.send(
      from,
      { address: this.addresses.ModelRegistry, abi: modelRegistryAbi, functionName: 'register', args: [params] },
      modelRegistryAbi,
    );
    return MarketClient.arg(logs, 'ModelRegistered', 'modelId');
  }

  async publishVersion(from: Account, modelId: bigint, uri: string, contentHash: Hash, changelog: string) {
    await this.send(from, {
      address: this.addresses.ModelRegistry,
      abi: modelRegistryAbi,
      functionName: 'publishVersion',
      args: [modelId, uri, contentHash, changelog],
    });
  }

  async setPaused(from: Account, modelId: bigint, paused: boolean) {
    await this.send(from, {
      address: this.addresses.ModelRegistry,
      abi: modelRegistryAbi,
      functionName: 'setPaused',
      args: [modelId, paused],
    });
  }

  async setSplit(from: Account, modelId: bigint, split: SplitRecipient[]) {
    await this.send(from, {
      address: this.addresses.LicenseMarket,
      abi: licenseMarketAbi,
      functionName: 'setSplit',
      args: [modelId, split],
    });
  }

  async createOffer(from: Account, modelId: bigint, terms: OfferTerms): Promise<bigint> {
    const logs = await this.send(
      from,
      { address: this.addresses.LicenseMarket, abi: licenseMarketAbi, functionName: 'createOffer', args: [modelId, terms] },
      licenseMarketAbi,
    );
    return MarketClient.arg(logs, 'OfferCreated', 'offerId');
  }

  /** Reprices an offer or changes its cap: nothing else about an offer changes once it is created. */
  async updateOffer(from: Account, offerId: bigint, terms: Pick<OfferTerms, 'price' | 'unitPrice' | 'maxSupply'>) {
    await this.send(from, {
      address: this.addresses.LicenseMarket,
      abi: licenseMarketAbi,
      functionName: 'updateOffer',
      args: [offerId, terms.price, terms.unitPrice, terms.maxSupply],
    });
  }

  /** Mints `amount` of the mock stablecoin to `to` and lets the market pull it. */
  async fundStablecoin(account: Account, amount: bigint) {
    const token = this.addresses.MockStablecoin;
    await this.send(account, { address: token, abi: mockStablecoinAbi, functionName: 'mint', args: [account.address, amount] });
    await this.send(account, {
      address: token,
      abi: mockStablecoinAbi,
      functionName: 'approve',
      args: [this.addresses.LicenseMarket, 2n ** 256n - 1n],
    });
  }

  /*
   * A payer quotes the price it read, as a wallet shows it before signing: the market refuses the payment if the
   * seller raised the price in between (LicenseMarketPriceAboveLimit) instead of charging the new one. An ETH
   * payment sends exactly the price due.
   */

  /** Buys from `offerId` at its current price, or refuses above `maxPrice` when given. */
  async purchase(from: Account, offerId: bigint, holder: Address = from.address, maxPrice?: bigint): Promise<bigint> {
    const offer = await this.offerOf(offerId);
    const logs = await this.send(
      from,
      {
        address: this.addresses.LicenseMarket,
        abi: licenseMarketAbi,
        functionName: 'purchase',
        args: [offerId, holder, maxPrice ?? offer.price],
        value: offer.currency === ETH ? offer.price : 0n,
      },
      licenseMarketAbi,
    );
    return MarketClient.arg(logs, 'LicensePurchased', 'licenseId');
  }

  /** Renews a time-limited licence at its offer's current price. */
  async renew(from: Account, licenseId: bigint) {
    const offer = await this.offerOf((await this.licenseOf(licenseId)).offerId);
    await this.send(from, {
      address: this.addresses.LicenseMarket,
      abi: licenseMarketAbi,
      functionName: 'renew',
      args: [licenseId, offer.price],
      value: offer.currency === ETH ? offer.price : 0n,
    });
  }

  /** Pays for `units` of metered usage at its offer's current unit price. */
  async payForUsage(from: Account, licenseId: bigint, units: bigint) {
    const offer = await this.offerOf((await this.licenseOf(licenseId)).offerId);
    await this.send(from, {
      address: this.addresses.LicenseMarket,
      abi: licenseMarketAbi,
      functionName: 'payForUsage',
      args: [licenseId, units, offer.unitPrice],
      value: offer.currency === ETH ? offer.unitPrice * units : 0n,
    });
  }

  async withdraw(from: Account, currency: Address) {
    await this.send(from, {
      address: this.addresses.LicenseMarket,
      abi: licenseMarketAbi,
      functionName: 'withdraw',
      args: [currency],
    });
  }

  async transferLicense(from: Account, licenseId: bigint, to: Address) {
    await this.send(from, {
      address: this.addresses.LicenseMarket,
      abi: licenseMarketAbi,
      functionName: 'transferFrom',
      args: [from.address, to, licenseId],
    });
  }

  /** Approves the factory for the model NFT, then fractionalises it; `address(0)` in `split` is the new vault. */
  async fractionalize(
    from: Account,
    modelId: bigint,
    shares: { name: string; symbol: string; supply: bigint },
    split: SplitRecipient[],
  ): Promise<{ vault: Address; governor: Address; timelock: Address }> {
    await this.send(from, {
      address: this.addresses.ModelRegistry,
      abi: modelRegistryAbi,
      functionName: 'approve',
      args: [this.addresses.ShareVaultFactory, modelId],
    });
    const logs = await this.send(
      from,
      {
        address: this.addresses.ShareVaultFactory,
        abi: shareVaultFactoryAbi,
        functionName: 'fractionalize',
        args: [modelId, shares, split],
      },
      shareVaultFactoryAbi,
    );
    const created = logs.find((log) => log.eventName === 'ModelFractionalized');
    if (!created) throw new Error('no ModelFractionalized event in the receipt');
    return { vault: created.args.vault, governor: created.args.governor, timelock: created.args.timelock };
  }

  async transferShares(from: Account, vault: Address, to: Address, amount: bigint) {
    await this.send(from, { address: vault, abi: shareVaultAbi, functionName: 'transfer', args: [to, amount] });
  }

  async delegateShares(from: Account, vault: Address) {
    await this.send(from, { address: vault, abi: shareVaultAbi, functionName: 'delegate', args: [from.address] });
  }

  async claim(from: Account, vault: Address, currency: Address) {
    await this.send(from, { address: vault, abi: shareVaultAbi, functionName: 'claim', args: [currency] });
  }

  async raiseDispute(from: Account, subject: number, subjectId: bigint, evidenceURI: string): Promise<bigint> {
    const bond = await this.public.readContract({
      address: this.addresses.DisputeResolver,
      abi: disputeResolverAbi,
      functionName: 'bond',
    });
    const logs = await this.send(
      from,
      {
        address: this.addresses.DisputeResolver,
        abi: disputeResolverAbi,
        functionName: 'raise',
        args: [subject, subjectId, evidenceURI],
        value: bond,
      },
      disputeResolverAbi,
    );
    return MarketClient.arg(logs, 'DisputeRaised', 'disputeId');
  }

  /** Lapses a dispute the DAO left unresolved past its resolution period: its claimant is credited the bond. */
  async lapseDispute(from: Account, disputeId: bigint) {
    await this.send(from, { address: this.addresses.DisputeResolver, abi: disputeResolverAbi, functionName: 'lapse', args: [disputeId] });
  }

  async transferMint(from: Account, to: Address, amount: bigint) {
    await this.send(from, { address: this.addresses.MintToken, abi: mintTokenAbi, functionName: 'transfer', args: [to, amount] });
  }

  async delegateMint(from: Account) {
    await this.send(from, { address: this.addresses.MintToken, abi: mintTokenAbi, functionName: 'delegate', args: [from.address] });
  }

  async stake(from: Account, modelId: bigint, amount: bigint) {
    await this.send(from, {
      address: this.addresses.MintToken,
      abi: mintTokenAbi,
      functionName: 'approve',
      args: [this.addresses.Curation, amount],
    });
    await this.send(from, { address: this.addresses.Curation, abi: curationAbi, functionName: 'stake', args: [modelId, amount] });
  }

  async unstake(from: Account, modelId: bigint, amount: bigint) {
    await this.send(from, { address: this.addresses.Curation, abi: curationAbi, functionName: 'unstake', args: [modelId, amount] });
  }

  /** Proposes `calls` to a governor (the DAO's or a vault's) and returns the proposal id. */
  async propose(from: Account, governor: Address, calls: { target: Address; data: Hash }[], description: string): Promise<bigint> {
    const logs = await this.send(
      from,
      {
        address: governor,
        abi: marketGovernorAbi,
        functionName: 'propose',
        args: [calls.map((c) => c.target), calls.map(() => 0n), calls.map((c) => c.data), description],
      },
      marketGovernorAbi,
    );
    return MarketClient.arg(logs, 'ProposalCreated', 'proposalId');
  }

  async castVote(from: Account, governor: Address, proposalId: bigint, support: 0 | 1 | 2) {
    await this.send(from, { address: governor, abi: marketGovernorAbi, functionName: 'castVote', args: [proposalId, support] });
  }

  /** Queues a passed proposal in its governor's timelock, or executes it once the timelock's delay is over. */
  async queueOrExecute(
    from: Account,
    governor: Address,
    step: 'queue' | 'execute',
    calls: { target: Address; data: Hash }[],
    descriptionHash: Hash,
  ) {
    await this.send(from, {
      address: governor,
      abi: marketGovernorAbi,
      functionName: step,
      args: [calls.map((c) => c.target), calls.map(() => 0n), calls.map((c) => c.data), descriptionHash],
    });
  }

  /** Offers, licences and payments created so far. */
  counts() {
    return this.public.readContract({ address: this.addresses.LicenseMarket, abi: licenseMarketAbi, functionName: 'counts' });
  }

  offerOf(offerId: bigint) {
    return this.public.readContract({
      address: this.addresses.LicenseMarket,
      abi: licenseMarketAbi,
      functionName: 'offerOf',
      args: [offerId],
    });
  }

  /** Whether a model accepts new purchases (neither paused nor delisted). */
  async isSelling(modelId: bigint): Promise<boolean> {
    const terms = await this.public.readContract({
      address: this.addresses.ModelRegistry,
      abi: modelRegistryAbi,
      functionName: 'termsOf',
      args: [modelId],
    });
    return terms.status === 0;
  }

  licenseOf(licenseId: bigint) {
    return this.public.readContract({
      address: this.addresses.LicenseMarket,
      abi: licenseMarketAbi,
      functionName: 'licenseOf',
      args: [licenseId],
    });
  }
}
