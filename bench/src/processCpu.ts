/** CPU time of process trees, read from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU times in clock ticks; USER_HZ is 100 on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

function stats(): Map<number, { ppid: number; ticks: number; reapedTicks: number }> {
  const table = new Map<number, { ppid: number; ticks: number; reapedTicks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command: state ppid ... utime(14) stime(15) cutime(16) cstime(17), numbered from 1 = pid.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), {
        ppid: Number(fields[1]),
        ticks: Number(fields[11]) + Number(fields[12]),
        reapedTicks: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return table;
}

/**
 * CPU seconds used by `pid` and its descendants, those still running and those it has reaped (PostgreSQL's backends
 * come and go; a process's time is added to its parent's when the parent waits for it).
 */
export function treeCpuSeconds(pid: number): number {
  const table = stats();
  let ticks = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    const stat = table.get(current);
    ticks += stat ? stat.ticks + stat.reapedTicks : 0;
    for (const [child, { ppid }] of table) if (ppid === current) stack.push(child);
  }
  return ticks / TICKS_PER_SECOND;
}
