/** Resident memory of process trees, read from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs';

function childrenOf(): Map<number, number[]> {
  const tree = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return tree;
}

/** Resident memory of `pid` and all its descendants, in bytes. */
export function treeRss(pid: number): number {
  const tree = childrenOf();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      continue;
    }
    stack.push(...(tree.get(current) ?? []));
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
