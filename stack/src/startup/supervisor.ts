/**
 * What `npm start` runs, stopped together: each component registers how to stop it, a component that dies on its own
 * stops everything with one line naming it and its log, and a second stop request (npm forwards Ctrl-C too) is one.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import type { Child } from '../processes/child';

type Supervised = Pick<Child, 'name' | 'exited'>;

/** Longer than the slowest liveness check of a dependency (PostgreSQL's, once a second). */
const dependencyGraceMs = 2_000;

export class Supervisor {
  private readonly stoppers: (() => Promise<void>)[] = [];
  /** Components still starting in the background: stopping waits for them to settle, then stops them too. */
  private readonly starting: Promise<unknown>[] = [];
  private stopRequested = false;

  constructor(
    private readonly logsDir: string,
    private readonly log: (message: string) => void,
  ) {}

  get stopping(): boolean {
    return this.stopRequested;
  }

  /** Registers how to stop a component just started; one that finished starting while everything stops is stopped
   * now (the dashboard, built while graph-node was killed, was seen outliving npm start). */
  onStop(stop: () => Promise<void>): void {
    if (this.stopRequested) void stop().catch(() => undefined);
    else this.stoppers.push(stop);
  }

  /** A component starting in the background (graph-node after its build); its failure stops everything at once. */
  whileStarting<T>(start: Promise<T>): Promise<T> {
    this.starting.push(start);
    start.catch((error: unknown) => this.fail(error));
    return start;
  }

  /**
   * Stops everything when `child` dies on its own, with one line saying which and where its log is. A child that dies
   * because one of `dependsOn` died (graph-node exits at once when PostgreSQL goes) is not the cause: the line names the
   * dependency, whose death may be seen up to `dependencyGraceMs` later (PostgreSQL is polled, not a child).
   */
  supervise(child: Supervised, logName: string, dependsOn: Supervised[] = []): void {
    void child.exited.then(async (code) => {
      if (dependsOn.length > 0) {
        await Promise.race([Promise.any(dependsOn.map((dependency) => dependency.exited)), sleep(dependencyGraceMs)]);
      }
      if (this.stopRequested) return;
      const how = code === null ? 'killed' : `code ${code}`;
      console.error(
        `[modelmint] ${child.name} exited unexpectedly (${how}): see ${join(this.logsDir, logName)}; stopping the others (npm start again resumes)`,
      );
      void this.stopAll(1);
    });
  }

  async stopAll(code: number): Promise<void> {
    if (this.stopRequested) return;
    this.stopRequested = true;
    // Should a stopper never settle and the event loop empty, Node exits with this code rather than 0.
    process.exitCode = code;
    this.log('stopping…');
    await Promise.allSettled(this.starting);
    for (const stop of this.stoppers.reverse()) await stop().catch(() => undefined);
    process.exit(code);
  }

  /** One line for what went wrong, then everything stops. */
  async fail(error: unknown): Promise<void> {
    if (this.stopRequested) return;
    console.error(`[modelmint] ${error instanceof Error ? error.message : String(error)}`);
    await this.stopAll(1);
  }
}
