import { portInUse } from '../processes/ports';

/** Each port `npm start` listens on, the variable that moves it and its default. */
const PORTS = {
  postgres: ['POSTGRES_PORT', 5434],
  ipfs: ['IPFS_PORT', 5001],
  anvil: ['ANVIL_PORT', 8545],
  graphql: ['GRAPHQL_PORT', 8000],
  admin: ['GRAPH_ADMIN_PORT', 8020],
  indexNode: ['GRAPH_INDEX_PORT', 8030],
  metrics: ['GRAPH_METRICS_PORT', 8040],
  dashboard: ['DASHBOARD_PORT', 5173],
} as const;

export type StackPorts = { [Name in keyof typeof PORTS]: number };

export function stackPorts(env: NodeJS.ProcessEnv): StackPorts {
  return Object.fromEntries(Object.entries(PORTS).map(([name, [variable, port]]) => [name, Number(env[variable] ?? port)])) as StackPorts;
}

/** Fails with what to do when one of `names` is taken. */
export async function assertPortsFree(ports: StackPorts, names: (keyof StackPorts)[]): Promise<void> {
  for (const name of names) {
    if (await portInUse(ports[name])) {
      throw new Error(`port ${ports[name]} (${name}) is in use: stop what listens there, or set ${PORTS[name][0]}`);
    }
  }
}
