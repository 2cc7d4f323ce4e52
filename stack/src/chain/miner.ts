/**
 * Mines anvil blocks on a short interval while the simulator sends transactions concurrently, so blocks carry
 * several transactions as on a real chain (automine would put each in its own block).
 */
import { createTestClient, http } from 'viem';
import { foundry } from 'viem/chains';

export class Miner {
  private readonly client;
  private timer: NodeJS.Timeout | undefined;
  private mining: Promise<void> = Promise.resolve();

  constructor(rpcUrl: string) {
    this.client = createTestClient({ chain: foundry, mode: 'anvil', transport: http(rpcUrl) });
  }

  /** Turns automine off and mines every `intervalMs` until {stop}. */
  async start(intervalMs = 25): Promise<void> {
    await this.client.setAutomine(false);
    this.timer = setInterval(() => {
      this.mining = this.mining.then(() => this.client.mine({ blocks: 1 })).catch(() => undefined);
    }, intervalMs);
  }

  /** Moves the chain's clock forward; the next mined block carries the new time. */
  async advance(seconds: number): Promise<void> {
    await this.client.increaseTime({ seconds });
  }

  /** Stops interval mining and restores automine for later single transactions. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.mining;
    await this.client.mine({ blocks: 1 });
    await this.client.setAutomine(true);
  }
}
