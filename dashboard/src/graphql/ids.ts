import { enums } from '@modelmint/contracts/abis';

export { PROTOCOL_ID } from '@modelmint/subgraph/api';
/** Native ETH is the zero address among Token entities. */
export const ETH_TOKEN_ID = '0x0000000000000000000000000000000000000000';
/** Licence tiers in the contracts' order, the order of every `*ByTier` series. */
export const TIERS = enums.LicenseTier;
export const MAX_PAGE = 1_000;
