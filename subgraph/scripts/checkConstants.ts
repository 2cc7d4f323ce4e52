/**
 * Facts the AssemblyScript mappings state apart from the TypeScript that reads them, held equal:
 * - the mappings turn an event's enum value (a uint8) into its name by position, and `*ByTier` series are indexed by
 *   it, so the mappings' name lists and the schema's enums list the contracts' enum members in their order (the
 *   contracts export them: `enums` of @modelmint/contracts/abis);
 * - the Protocol singleton's id and the length of a day, as api/index.ts gives them to clients.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { enums } from '@modelmint/contracts/abis';

import { DAY_SECONDS, PROTOCOL_ID } from '../api';

const subgraphDir = resolve(import.meta.dirname, '..');
const constants = readFileSync(resolve(subgraphDir, 'src', 'common', 'constants.ts'), 'utf8');
const schema = readFileSync(resolve(subgraphDir, '..', 'schema.graphql'), 'utf8').replace(/"""[\s\S]*?"""|"[^"\n]*"|#.*$/gm, '');

/** The mappings' name list for each Solidity enum they decode by position. */
const NAME_LISTS: Record<string, keyof typeof enums> = {
  LICENSE_TIERS: 'LicenseTier',
  PAYMENT_KINDS: 'PaymentKind',
  MODEL_STATUSES: 'ModelStatus',
  DISPUTE_SUBJECTS: 'DisputeSubject',
};

const problems: string[] = [];
for (const [list, solidityEnum] of Object.entries(NAME_LISTS)) {
  const expected = [...enums[solidityEnum]];
  const declared = new RegExp(`export const ${list}: string\\[\\] = \\[([^\\]]*)\\]`).exec(constants);
  const names = declared ? [...declared[1]!.matchAll(/'([^']*)'/g)].map((match) => match[1]) : undefined;
  if (JSON.stringify(names) !== JSON.stringify(expected)) {
    problems.push(
      `src/common/constants.ts ${list} is ${JSON.stringify(names)}, the contracts' ${solidityEnum} ${JSON.stringify(expected)}`,
    );
  }
  const body = new RegExp(`enum ${solidityEnum} \\{([^}]*)\\}`).exec(schema);
  const members = body?.[1]?.split(/\s+/).filter(Boolean);
  if (JSON.stringify(members) !== JSON.stringify(expected)) {
    problems.push(`schema.graphql enum ${solidityEnum} is ${JSON.stringify(members)}, the contracts' ${JSON.stringify(expected)}`);
  }
}
const protocolName = /PROTOCOL_ID = Bytes\.fromUTF8\('([^']*)'\)/.exec(constants)?.[1] ?? '';
if (`0x${Buffer.from(protocolName).toString('hex')}` !== PROTOCOL_ID) {
  problems.push(`src/common/constants.ts PROTOCOL_ID is the bytes of '${protocolName}', api/index.ts says ${PROTOCOL_ID}`);
}
const daySeconds = Number(/SECONDS_PER_DAY: i64 = (\d+)/.exec(constants)?.[1]);
if (daySeconds !== DAY_SECONDS) problems.push(`src/common/constants.ts SECONDS_PER_DAY is ${daySeconds}, api/index.ts says ${DAY_SECONDS}`);
if (problems.length > 0) {
  console.error(`the mappings' constants differ from what they must equal:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`the mappings' constants match the contracts' enums (${Object.values(NAME_LISTS).join(', ')}) and api/index.ts`);
