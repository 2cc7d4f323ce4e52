/** The marketplace's singleton Protocol entity: the bytes of 'modelmint'. */
export const PROTOCOL_ID = '0x6d6f64656c6d696e74';
/** Native ETH is the zero address among Token entities. */
export const ETH_TOKEN_ID = '0x0000000000000000000000000000000000000000';
export const TIERS = ['Commercial', 'Research', 'Subscription', 'Metered'] as const;
export const MAX_PAGE = 1_000;
