import { Address, BigDecimal, BigInt, Bytes } from '@graphprotocol/graph-ts';

export const ZERO_BI = BigInt.zero();
export const ONE_BI = BigInt.fromI32(1);
export const ZERO_BD = BigDecimal.zero();

/** Native ETH is the zero address, as in the contracts. */
export const ETH_ADDRESS = Address.zero();

/** The Protocol singleton's id: the bytes of "modelmint". */
export const PROTOCOL_ID = Bytes.fromUTF8('modelmint');

/** Scope of the market-wide expiry buckets (models use their id). */
export const PROTOCOL_SCOPE = 'protocol';

export const SECONDS_PER_DAY: i64 = 86400;

/** The `snapshotDay` of an entity that has no day series point yet. */
export const NO_DAY: i32 = -1;

/** Fixed-point scale of a vault's revenue per share (ShareVault.SCALE). */
export const REVENUE_PER_SHARE_SCALE = BigInt.fromString('1000000000000000000000000000000000000');

/** Enum names in the order of the contracts' Solidity enums (scripts/checkEnums.ts holds them to it). */
export const LICENSE_TIERS: string[] = ['Commercial', 'Research', 'Subscription', 'Metered'];
export const PAYMENT_KINDS: string[] = ['Purchase', 'Renewal', 'Usage'];
export const MODEL_STATUSES: string[] = ['Active', 'Paused', 'Delisted'];
export const DISPUTE_SUBJECTS: string[] = ['Model', 'License'];
export const TIER_COUNT = LICENSE_TIERS.length;
