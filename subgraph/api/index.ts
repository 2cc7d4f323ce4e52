/**
 * What a client of the subgraph's GraphQL API needs besides the schema: the ids and units the mappings define
 * (subgraph/src/common/constants.ts states them for the mappings; scripts/checkConstants.ts holds the two equal).
 */
const PROTOCOL_NAME = 'modelmint';

/** The Protocol singleton's id: the UTF-8 bytes of "modelmint", in hex. */
export const PROTOCOL_ID = `0x${Array.from(new TextEncoder().encode(PROTOCOL_NAME), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;

/** Seconds in the subgraph's day: every `day` field is floor(timestamp / DAY_SECONDS), a UTC day. */
export const DAY_SECONDS = 86_400;
