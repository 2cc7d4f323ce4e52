/**
 * How long one JSON-RPC request to the local chain may take. viem's 10 s default is too short for anvil late in a
 * long simulation: with hundreds of thousands of transactions in its state, a send under CPU contention took longer
 * and failed a 40-minute run. A node that is down still fails at once (the connection is refused), not after this.
 */
export const RPC_TIMEOUT_MS = 120_000;
