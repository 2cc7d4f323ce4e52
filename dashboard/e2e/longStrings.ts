/**
 * A model whose every on-chain string is as wide as the registry's bounds allow (name 64 bytes, category 32, 8 tags
 * of 32, URIs 256, changelog 1,024, dispute evidence 256) and has no space to break at, plus what carries strings
 * around it: a sale (so it is on the creator, audit and overview pages), a share vault with a long name and symbol
 * (holdings), a shareholders' proposal and a DAO proposal with long descriptions, and a dispute.
 */
import { createTestClient, encodeFunctionData, type Hash, http, keccak256, parseEther, toBytes, zeroAddress } from 'viem';
import { foundry } from 'viem/chains';

import { disputeResolverAbi, modelRegistryAbi, shareVaultAbi } from '@modelmint/contracts/abis';
import { anvilAccount } from '@modelmint/stack/chain';
import { DisputeSubject, ETH, type MarketClient, Tier } from '@modelmint/stack/market';

/** W is the widest Latin letter; none of these has a space to wrap at. */
export const LONG = {
  name: `Wide${'W'.repeat(60)}`,
  category: `Category${'M'.repeat(24)}`,
  tags: Array.from({ length: 8 }, (_, i) => `tag${i}${'W'.repeat(28)}`),
  uri: `https://example.org/${'w'.repeat(236)}`,
  versionUri: `ipfs://${'b'.repeat(249)}`,
  changelog: 'X'.repeat(1_024),
  evidenceUri: `https://evidence.example.org/${'e'.repeat(227)}`,
  shareName: `Shares${'W'.repeat(58)}`,
  shareSymbol: `MM${'W'.repeat(14)}`,
  proposal: `Publish${'W'.repeat(993)}`,
  daoProposal: `Dispute bond ${'W'.repeat(1_987)}`,
};

export interface LongStringModel {
  modelId: string;
  creator: string;
}

/** Acts from anvil accounts `firstAccount` (the creator) and `firstAccount + 1` (a buyer and claimant). */
export async function registerLongStringModel(market: MarketClient, firstAccount: number): Promise<LongStringModel> {
  for (const value of [LONG.name, LONG.category, ...LONG.tags])
    if (toBytes(value).length > (value === LONG.name ? 64 : 32)) throw new Error(`${value} exceeds its bound`);
  const creator = anvilAccount(firstAccount);
  const buyer = anvilAccount(firstAccount + 1);
  const dao = anvilAccount(0);
  const modelId = await market.registerModel(creator, {
    name: LONG.name,
    category: LONG.category,
    tags: LONG.tags,
    uri: LONG.uri,
    contentHash: keccak256(toBytes(LONG.name)),
    parentId: 0n,
    parentLicenseId: 0n,
    royaltyBps: 0,
  });
  await market.publishVersion(creator, modelId, LONG.versionUri, keccak256(toBytes(LONG.versionUri)), LONG.changelog);
  const offerId = await market.createOffer(creator, modelId, {
    tier: Tier.Commercial,
    currency: ETH,
    price: parseEther('0.01'),
    unitPrice: 0n,
    duration: 0n,
    maxSupply: 0,
    transferable: true,
    derivativesAllowed: false,
  });
  await market.purchase(buyer, offerId);
  await market.raiseDispute(buyer, DisputeSubject.Model, modelId, LONG.evidenceUri);

  const { vault, governor } = await market.fractionalize(
    creator,
    modelId,
    { name: LONG.shareName, symbol: LONG.shareSymbol, supply: 1_000_000n * 10n ** 18n },
    [
      { account: creator.address, bps: 5_000 },
      { account: zeroAddress, bps: 5_000 },
    ],
  );
  await market.delegateShares(creator, vault);
  // Votes are checkpointed by timestamp and a proposer's are read a second back: the proposal goes in a later second.
  await createTestClient({ chain: foundry, mode: 'anvil', transport: http(market.rpcUrl) }).increaseTime({ seconds: 2 });
  const publish = encodeFunctionData({
    abi: modelRegistryAbi,
    functionName: 'publishVersion',
    args: [modelId, LONG.versionUri, keccak256(toBytes('v3')), 'v3'],
  });
  await market.propose(
    creator,
    governor,
    [
      {
        target: vault,
        data: encodeFunctionData({ abi: shareVaultAbi, functionName: 'execute', args: [market.addresses.ModelRegistry, publish] }) as Hash,
      },
    ],
    LONG.proposal,
  );
  const setBond = encodeFunctionData({ abi: disputeResolverAbi, functionName: 'setBond', args: [parseEther('0.1')] }) as Hash;
  await market.propose(
    dao,
    market.addresses.MarketGovernor,
    [{ target: market.addresses.DisputeResolver, data: setBond }],
    LONG.daoProposal,
  );
  return { modelId: modelId.toString(), creator: creator.address.toLowerCase() };
}
