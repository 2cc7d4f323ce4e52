import { enums } from '@modelmint/contracts/abis';

/** A Solidity enum as name -> on-chain value, from its members in declaration order (as the contracts export them). */
export function enumValues<const Members extends readonly string[]>(members: Members): { readonly [Name in Members[number]]: number } {
  return Object.fromEntries(members.map((member, value) => [member, value])) as { readonly [Name in Members[number]]: number };
}

export const Tier = enumValues(enums.LicenseTier);
export const DisputeSubject = enumValues(enums.DisputeSubject);
