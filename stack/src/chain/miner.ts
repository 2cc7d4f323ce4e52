/**
 * Mines anvil blocks on demand while the simulator trades. Automine is off; a block is mined a moment after the first
 * transaction that waits for one, once no other transaction is still being signed and sent, so transactions sent
 * together share a block, as on a real chain, and each is confirmed as soon as its block exists rather than at the
 * next tick of a mining timer plus a receipt poll.
 */
import { setTimeout as delay } from 'node:timers/promises';

import { createTestClient, type Hash, http, publicActions, type TransactionReceipt, TransactionReceiptNotFoundError } from 'viem';
import { foundry } from 'viem/chains';

import { RPC_TIMEOUT_MS } from './rpcTimeout';

/** A transaction still missing after this many blocks was dropped by the node. */
const MAX_BLOCKS_WAITED = 20;

export class Miner {
  private readonly client;
  /** The block that transactions sent from now on will be in, once its gathering delay has passed. */
  private next: Promise<void> | undefined;
  /** Transactions being signed and sent: the next block waits for them. */
  private sending = 0;
  private sentCount = 0;
  private sent: (() => void) | undefined;

  /** @param gatherMs How long a block waits for more transactions after the first one asks for it. */
  constructor(
    rpcUrl: string,
    private readonly gatherMs = 4,
  ) {
    this.client = createTestClient({ chain: foundry, mode: 'anvil', transport: http(rpcUrl, { timeout: RPC_TIMEOUT_MS }) }).extend(
      publicActions,
    );
  }

  /** Turns automine off: from now on blocks are mined when {receiptOf} asks for them. */
  async start(): Promise<void> {
    await this.client.setAutomine(false);
  }

  /** Transactions sent through {submit} so far. */
  get transactionsSent(): number {
    return this.sentCount;
  }

  /** Sends a transaction through `send`; a block about to be mined waits until it reached the node's pool. */
  async submit(send: () => Promise<Hash>): Promise<Hash> {
    this.sending += 1;
    this.sentCount += 1;
    try {
      return await send();
    } finally {
      this.sending -= 1;
      if (this.sending === 0) this.sent?.();
    }
  }

  /** Waits until the sent transaction `hash` is in a block and returns its receipt. */
  async receiptOf(hash: Hash): Promise<TransactionReceipt> {
    for (let waited = 0; waited < MAX_BLOCKS_WAITED; waited++) {
      await this.nextBlock();
      try {
        return await this.client.getTransactionReceipt({ hash });
      } catch (error) {
        // Sent while the previous block was being mined, it waits for the next one.
        if (!(error instanceof TransactionReceiptNotFoundError)) throw error;
      }
    }
    throw new Error(`transaction ${hash} was not mined in ${MAX_BLOCKS_WAITED} blocks; see anvil's log`);
  }

  /** Moves the chain's clock forward; the next mined block carries the new time. */
  async advance(seconds: number): Promise<void> {
    await this.client.increaseTime({ seconds });
  }

  /** Mines what is pending and restores automine for later single transactions. */
  async stop(): Promise<void> {
    await this.next;
    await this.client.mine({ blocks: 1 });
    await this.client.setAutomine(true);
  }

  private nextBlock(): Promise<void> {
    this.next ??= delay(this.gatherMs)
      .then(() => this.allSent())
      .then(() => {
        this.next = undefined;
        return this.client.mine({ blocks: 1 });
      });
    return this.next;
  }

  private allSent(): Promise<void> {
    if (this.sending === 0) return Promise.resolve();
    return new Promise((done) => {
      this.sent = () => {
        this.sent = undefined;
        done();
      };
    });
  }
}
