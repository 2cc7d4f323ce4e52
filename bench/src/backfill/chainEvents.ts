import { BaseError, type PublicClient, ResponseBodyTooLargeError } from 'viem';

/** Number of logs (events) every contract on the chain emitted from block 0 to `head`. */
export async function countChainEvents(client: PublicClient, head: bigint): Promise<number> {
  let events = 0;
  for (let from = 0n; from <= head; from += STEP)
    events += await countLogs(client, from, from + STEP - 1n < head ? from + STEP - 1n : head);
  return events;
}

const STEP = 100n;

// The simulated market packs a day's trading into a block or two: a range's logs can outgrow viem's 10 MiB response
// limit, and then the range is counted in halves.
async function countLogs(client: PublicClient, from: bigint, to: bigint): Promise<number> {
  try {
    const logs = await client.request({
      method: 'eth_getLogs',
      params: [{ fromBlock: `0x${from.toString(16)}`, toBlock: `0x${to.toString(16)}` }],
    });
    return (logs as unknown[]).length;
  } catch (error) {
    const tooLarge = error instanceof BaseError && error.walk((cause) => cause instanceof ResponseBodyTooLargeError);
    if (!tooLarge || from === to) throw error;
    const middle = (from + to) / 2n;
    return (await countLogs(client, from, middle)) + (await countLogs(client, middle + 1n, to));
  }
}
