import { nonceManager } from 'viem';
import { type HDAccount, mnemonicToAccount } from 'viem/accounts';

/** anvil's default mnemonic: account 0 deploys, the others act in the market. */
const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk';

const accounts = new Map<number, HDAccount>();

/** Account `index` of anvil's mnemonic, one instance per index so that its local nonce manager sees every
 * transaction it sends, including concurrent ones within a block. */
export function anvilAccount(index: number): HDAccount {
  let account = accounts.get(index);
  if (!account) {
    account = mnemonicToAccount(ANVIL_MNEMONIC, { addressIndex: index, nonceManager });
    accounts.set(index, account);
  }
  return account;
}
