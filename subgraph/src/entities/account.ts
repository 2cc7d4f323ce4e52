import { Bytes } from '@graphprotocol/graph-ts';

import { Account } from '../../generated/schema';

export function getOrCreateAccount(address: Bytes): Account {
  let account = Account.load(address);
  if (account == null) {
    account = new Account(address);
    account.modelsCreated = 0;
    account.vaultsHeld = 0;
    account.save();
  }
  return account;
}
