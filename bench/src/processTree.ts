/** The machine's processes as /proc lists them (Linux): each one's parent and CPU ticks, and a tree's members. */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessStat {
  ppid: number;
  /** utime + stime of the process itself. */
  ticks: number;
  /** cutime + cstime: of the children it has waited for. */
  reapedTicks: number;
}

export function readProcessTable(): Map<number, ProcessStat> {
  const table = new Map<number, ProcessStat>();
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

/** `pid` and every process below it in `table`. */
export function treeOf(pid: number, table: Map<number, ProcessStat>): number[] {
  const children = new Map<number, number[]>();
  for (const [child, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), child]);
  const tree: number[] = [];
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    tree.push(current);
    stack.push(...(children.get(current) ?? []));
  }
  return tree;
}
