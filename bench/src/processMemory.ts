/** Resident memory of process trees, read from /proc (Linux). */
import { readFileSync } from 'node:fs';

import { readProcessTable, treeOf } from './processTree';

/** Resident memory of `pid` and all its descendants, in bytes. */
export function treeRss(pid: number): number {
  let total = 0;
  for (const member of treeOf(pid, readProcessTable())) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Samples the summed resident memory of the trees rooted at `pids()` every second and keeps the peak. */
export function sampleRssPeak(pids: () => number[]): { peak(): number; stop(): void } {
  let peak = 0;
  const take = () => {
    peak = Math.max(
      peak,
      pids().reduce((sum, pid) => sum + treeRss(pid), 0),
    );
  };
  const timer = setInterval(take, 1_000);
  return {
    peak: () => {
      take();
      return peak;
    },
    stop: () => clearInterval(timer),
  };
}
