/** CPU time of process trees, read from /proc (Linux). */
import { readProcessTable, treeOf } from './processTree';

/** Linux reports CPU times in clock ticks; USER_HZ is 100 on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds used by `pid` and its descendants, those still running and those they have reaped (PostgreSQL's
 * backends come and go; a process's time is added to its parent's when the parent waits for it).
 */
export function treeCpuSeconds(pid: number): number {
  const table = readProcessTable();
  let ticks = 0;
  for (const member of treeOf(pid, table)) {
    const stat = table.get(member);
    ticks += stat ? stat.ticks + stat.reapedTicks : 0;
  }
  return ticks / TICKS_PER_SECOND;
}
