import { mnemonicToSeedSync } from '@scure/bip39';
import { createNonceManager } from 'viem';
import { jsonRpc } from 'viem/nonce';
import { HDKey, type HDAccount, hdKeyToAccount } from 'viem/accounts';

/** anvil's default mnemonic: account 0 deploys, the others act in the market. */
const ANVIL_MNEMONIC = 'test test test test test test test test test test test junk';

// The seed costs a 2,048-round PBKDF2 (~15 ms); viem's mnemonicToAccount pays it per account, 3 s for a 200-account
// market, so it is derived once and every account is a child key of it.
let masterKey: HDKey | undefined;
const accounts = new Map<number, HDAccount>();

/** Account `index` of anvil's mnemonic, one instance per index so that its local nonce manager sees every
 * transaction it sends, including concurrent ones within a block. */
export function anvilAccount(index: number): HDAccount {
  let account = accounts.get(index);
  if (!account) {
    masterKey ??= HDKey.fromMasterSeed(mnemonicToSeedSync(ANVIL_MNEMONIC));
    account = hdKeyToAccount(masterKey, { addressIndex: index, nonceManager: createNonceManager({ source: jsonRpc() }) });
    accounts.set(index, account);
  }
  return account;
}

/**
 * Forgets the nonces the accounts have used. A nonce manager remembers the last nonce per address and chain id, and
 * every anvil is chain 31337: a process that moves on to another anvil (the benchmark's second chain) must call this
 * first, or its transactions carry the old chain's next nonces and wait forever behind a gap.
 */
export function forgetNonces(): void {
  accounts.clear();
}
