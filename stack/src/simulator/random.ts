/** Seeded randomness for the simulator (pure-rand's xoroshiro128+): the same seed replays the same market. */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export class Random {
  private readonly rng;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An integer in [from, to]. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  /** A float in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** An index drawn with probability proportional to `weights`. */
  weighted(weights: readonly number[]): number {
    const total = weights.reduce((sum, w) => sum + w, 0);
    let point = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      point -= weights[i];
      if (point < 0) return i;
    }
    return weights.length - 1;
  }

  /** A Poisson-distributed count with mean `mean` (Knuth's method; the simulator's means are small). */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let count = 0;
    for (let product = this.float(); product > limit; product *= this.float()) count += 1;
    return count;
  }
}

/** Heavy-tailed popularity: weight of rank r (from 1) under Zipf's law with exponent `s`. */
export function zipfWeights(count: number, s = 1.1): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** s);
}
