import { STACK_PORTS as PORTS } from '../processes/localEndpoints';
import { portInUse } from '../processes/ports';

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
