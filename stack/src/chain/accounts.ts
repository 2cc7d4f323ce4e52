import { type HDAccount, mnemonicToAccount } from 'viem/accounts';

/** anvil's default mnemonic: account 0 deploys, the others act in the market. */
const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk';

export function anvilAccount(index: number): HDAccount {
  return mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: index });
}
