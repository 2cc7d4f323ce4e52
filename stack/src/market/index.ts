// Public face of the market client: typed calls to the deployed contracts.
export { ANVIL_FIXED_FIELDS, DisputeSubject, ETH, MarketClient, Tier } from './marketClient';
