import type { PublicClient } from 'viem';

/** Number of logs (events) every contract on the chain emitted from block 0 to `head`. */
export async function countChainEvents(client: PublicClient, head: bigint): Promise<number> {
  // Small ranges: a busy range of the simulated market returns megabytes of logs.
  const step = 200n;
  let events = 0;
  for (let from = 0n; from <= head; from += step) {
    const to = from + step - 1n < head ? from + step - 1n : head;
    const logs = await client.request({ method: 'eth_getLogs', params: [{ fromBlock: `0x${from.toString(16)}`, toBlock: `0x${to.toString(16)}` }] });
    events += (logs as unknown[]).length;
  }
  return events;
}
