/**
 * Start-up: `npm start` on an empty data directory until ready (simulation, then graph-node at the head and the
 * dashboard served), stopped, then started again on the same directory (resume), `runs` times. The subgraph and
 * dashboard builds are in place, as on a checkout that has started once: a clean clone adds the subgraph build.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { npmStart, type StackPorts } from '../stackProcess';
import { median, round } from '../stats';
import { removeDir } from '../removeDir';

export interface StartupResult {
  date: string;
  runs: number;
  firstStartSeconds: number;
  firstStartRange: string;
  secondStartSeconds: number;
  secondStartRange: string;
  firstPeakRssMiB: number;
  secondPeakRssMiB: number;
}

const MiB = 1024 * 1024;

export async function measureStartup(
  scale: string[],
  ports: StackPorts,
  runs: number,
  log: (line: string) => void,
): Promise<StartupResult> {
  const first: number[] = [];
  const second: number[] = [];
  let firstPeak = 0;
  let secondPeak = 0;
  for (let run = 1; run <= runs; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'modelmint-bench-startup-'));
    const startArgs = ['--data-dir', dataDir, ...scale, '--no-live'];
    try {
      const cold = npmStart(startArgs, ports);
      first.push((await cold.readyAfterMs) / 1000);
      firstPeak = Math.max(firstPeak, cold.peakRss());
      await cold.stop();
      const warm = npmStart(startArgs, ports);
      second.push((await warm.readyAfterMs) / 1000);
      secondPeak = Math.max(secondPeak, warm.peakRss());
      await warm.stop();
      log(`  start-up run ${run}/${runs}: first ${first.at(-1)!.toFixed(1)} s, second ${second.at(-1)!.toFixed(1)} s`);
    } finally {
      removeDir(dataDir);
    }
  }
  const range = (samples: number[]) => `${round(Math.min(...samples))}–${round(Math.max(...samples))}`;
  return {
    date: new Date().toISOString(),
    runs,
    firstStartSeconds: round(median(first)),
    firstStartRange: range(first),
    secondStartSeconds: round(median(second)),
    secondStartRange: range(second),
    firstPeakRssMiB: Math.round(firstPeak / MiB),
    secondPeakRssMiB: Math.round(secondPeak / MiB),
  };
}
