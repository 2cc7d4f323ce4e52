/**
 * A scripted market that performs every action the contracts offer at least once, across several days:
 * registration and versions, derivatives, splits, offers in ETH and the stablecoin, purchases, renewals, metered
 * usage, licence transfers, withdrawals, fractionalisation with share trades and claims, vault and DAO governance,
 * a dispute upheld through the DAO, and curation.
 */
import { type Address, createTestClient, encodeFunctionData, type Hash, http, keccak256, parseEther, toBytes, zeroAddress } from 'viem';
import { foundry } from 'viem/chains';

import { disputeResolverAbi, modelRegistryAbi, shareVaultAbi } from '@modelmint/contracts/abis';
import { anvilAccount } from '../../src/chain/accounts';
import { DisputeSubject, ETH, type MarketClient, type OfferTerms, Tier } from '../../src/market/marketClient';
import { DAY_SECONDS } from '@modelmint/subgraph/api';

const USDC = 1_000_000n;

const perpetual = (tier: number, currency: Address, price: bigint, derivativesAllowed = false): OfferTerms => ({
  tier,
  currency,
  price,
  unitPrice: 0n,
  duration: 0n,
  maxSupply: 0,
  transferable: true,
  derivativesAllowed,
});

export async function runEveryAction(market: MarketClient): Promise<void> {
  const testClient = createTestClient({ chain: foundry, mode: 'anvil', transport: http(market.rpcUrl) });
  const advance = async (seconds: number) => {
    await testClient.increaseTime({ seconds });
    await testClient.mine({ blocks: 1 });
  };
  const [dao, creatorA, creatorB, contributor, buyer1, buyer2, holder2, holder3, curator] = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(anvilAccount);
  const usdc = market.addresses.MockStablecoin;
  const card = (name: string) => ({ uri: `ipfs://bafkrei${name.toLowerCase()}`, contentHash: keccak256(toBytes(name)) as Hash });

  for (const buyer of [buyer1, buyer2, creatorB]) await market.fundStablecoin(buyer, 100_000n * USDC);

  // A base model with a split and three offers.
  const base = await market.registerModel(creatorA, {
    name: 'Llama-Mint 8B',
    category: 'LLM',
    tags: ['llm', 'open-weights'],
    ...card('Llama-Mint 8B'),
    parentId: 0n,
    parentLicenseId: 0n,
    royaltyBps: 1_500,
  });
  await market.setSplit(creatorA, base, [
    { account: creatorA.address, bps: 7_000 },
    { account: contributor.address, bps: 3_000 },
  ]);
  const commercial = await market.createOffer(creatorA, base, perpetual(Tier.Commercial, ETH, parseEther('1'), true));
  const subscription = await market.createOffer(creatorA, base, {
    ...perpetual(Tier.Subscription, usdc, 50n * USDC),
    duration: BigInt(30 * DAY_SECONDS),
    transferable: false,
  });
  const metered = await market.createOffer(creatorA, base, {
    ...perpetual(Tier.Metered, usdc, 10n * USDC),
    unitPrice: 2_000n,
  });

  // A derivative, licensed from the base model.
  const parentLicense = await market.purchase(creatorB, commercial);
  const derivative = await market.registerModel(creatorB, {
    name: 'Llama-Mint Legal',
    category: 'LLM',
    tags: ['legal', 'fine-tune'],
    ...card('Llama-Mint Legal'),
    parentId: base,
    parentLicenseId: parentLicense,
    royaltyBps: 1_000,
  });
  await market.setSplit(creatorB, derivative, [
    { account: creatorB.address, bps: 8_000 },
    { account: contributor.address, bps: 2_000 },
  ]);
  const derivativeOffer = await market.createOffer(creatorB, derivative, perpetual(Tier.Research, usdc, 200n * USDC));

  // Day 1: purchases of both, a subscription, metered usage.
  await market.purchase(buyer1, derivativeOffer);
  const sub = await market.purchase(buyer1, subscription);
  const meter = await market.purchase(buyer2, metered);
  await market.payForUsage(buyer2, meter, 12_345n);
  const giftedLicense = await market.purchase(buyer2, commercial, buyer1.address);
  await market.transferLicense(buyer1, giftedLicense, holder3.address);
  await market.publishVersion(creatorA, base, 'ipfs://bafkreiv2', keccak256(toBytes('v2')), 'Longer context');

  // Day 10: renewal before expiry, more usage; the derivative pauses and resumes.
  await advance(9 * DAY_SECONDS);
  await market.renew(buyer1, sub);
  // The creator reprices: the subscription for later renewals (and caps it), the metered offer's units.
  await market.updateOffer(creatorA, subscription, { price: 60n * USDC, unitPrice: 0n, maxSupply: 100 });
  await market.updateOffer(creatorA, metered, { price: 10n * USDC, unitPrice: 2_500n, maxSupply: 0 });
  await market.payForUsage(buyer2, meter, 777n);
  await market.setPaused(creatorB, derivative, true);
  await market.setPaused(creatorB, derivative, false);
  await market.withdraw(creatorA, ETH);
  await market.withdraw(contributor, usdc);

  // Day 11: the base model is fractionalised; shares change hands; revenue arrives in both currencies.
  await advance(DAY_SECONDS);
  const { vault, governor } = await market.fractionalize(
    creatorA,
    base,
    { name: 'Llama-Mint 8B Shares', symbol: 'LM8B', supply: 1_000_000n * 10n ** 18n },
    [
      { account: creatorA.address, bps: 5_000 },
      { account: zeroAddress, bps: 4_000 },
      { account: contributor.address, bps: 1_000 },
    ],
  );
  await market.transferShares(creatorA, vault, holder2.address, 300_000n * 10n ** 18n);
  await market.transferShares(creatorA, vault, holder3.address, 200_000n * 10n ** 18n);
  await market.purchase(buyer2, commercial);
  await market.payForUsage(buyer2, meter, 5_000n);
  await market.purchase(buyer1, derivativeOffer);
  await market.transferShares(holder2, vault, holder3.address, 100_000n * 10n ** 18n);
  await market.purchase(buyer1, commercial);
  await market.claim(holder2, vault, ETH);
  await market.claim(holder3, vault, usdc);

  // Shareholders publish a version through the vault's governor.
  await market.delegateShares(holder2, vault);
  const publish = {
    target: vault,
    data: encodeFunctionData({
      abi: shareVaultAbi,
      functionName: 'execute',
      args: [
        market.addresses.ModelRegistry,
        encodeFunctionData({
          abi: modelRegistryAbi,
          functionName: 'publishVersion',
          args: [base, 'ipfs://bafkreiv3', keccak256(toBytes('v3')), 'Voted by shareholders'],
        }),
      ],
    }) as Hash,
  };
  // Governors read votes as of the second before a proposal: let the delegations above age by a minute.
  await advance(60);
  const vaultProposal = 'Publish v3';
  const vaultProposalId = await market.propose(creatorA, governor, [publish], vaultProposal);
  await advance(3_601);
  await market.castVote(creatorA, governor, vaultProposalId, 1);
  await market.castVote(holder2, governor, vaultProposalId, 0);
  await advance(3 * DAY_SECONDS + 1);
  // What passed waits in the vault's timelock for a day, so holders who disagree can act first.
  await market.queueOrExecute(creatorA, governor, 'queue', [publish], keccak256(toBytes(vaultProposal)));
  await advance(DAY_SECONDS);
  await market.queueOrExecute(creatorA, governor, 'execute', [publish], keccak256(toBytes(vaultProposal)));

  // Curation.
  await market.transferMint(dao, curator.address, parseEther('10000'));
  await market.stake(curator, base, parseEther('4000'));
  await market.stake(curator, derivative, parseEther('1000'));
  await market.unstake(curator, base, parseEther('500'));

  // A dispute against a licence, upheld by the DAO through its governor and timelock.
  const disputeId = await market.raiseDispute(buyer2, DisputeSubject.License, giftedLicense, 'ipfs://bafkreievidence');
  // And one against the derivative that the DAO never rules on: it lapses on day 45.
  const ignoredDispute = await market.raiseDispute(buyer1, DisputeSubject.Model, derivative, 'ipfs://bafkreiweak');
  await market.delegateMint(dao);
  await testClient.mine({ blocks: 1 });
  const resolve = {
    target: market.addresses.DisputeResolver,
    data: encodeFunctionData({
      abi: disputeResolverAbi,
      functionName: 'resolve',
      args: [disputeId, true, 'ipfs://bafkreiruling'],
    }) as Hash,
  };
  const ruling = 'Uphold dispute #1';
  const daoProposalId = await market.propose(dao, market.addresses.MarketGovernor, [resolve], ruling);
  await advance(DAY_SECONDS + 1);
  await market.castVote(dao, market.addresses.MarketGovernor, daoProposalId, 1);
  await advance(5 * DAY_SECONDS + 1);
  await market.queueOrExecute(dao, market.addresses.MarketGovernor, 'queue', [resolve], keccak256(toBytes(ruling)));
  await advance(DAY_SECONDS + 1);
  await market.queueOrExecute(dao, market.addresses.MarketGovernor, 'execute', [resolve], keccak256(toBytes(ruling)));

  // Day 45: the subscription has lapsed; last withdrawals.
  await advance(25 * DAY_SECONDS);
  await market.payForUsage(buyer2, meter, 1n);
  await market.lapseDispute(holder3, ignoredDispute);
  await market.withdraw(creatorB, usdc);
  await market.withdraw(contributor, ETH);
}
