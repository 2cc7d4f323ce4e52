import { Bytes } from '@graphprotocol/graph-ts';

import { RoyaltyBalance } from '../../generated/schema';
import { NO_DAY, ZERO_BI } from '../common/constants';
import { getOrCreateAccount } from './account';

export function getOrCreateRoyaltyBalance(account: Bytes, token: Bytes): RoyaltyBalance {
  const id = account.concat(token);
  let balance = RoyaltyBalance.load(id);
  if (balance == null) {
    getOrCreateAccount(account);
    balance = new RoyaltyBalance(id);
    balance.account = account;
    balance.token = token;
    balance.earned = ZERO_BI;
    balance.withdrawn = ZERO_BI;
    balance.pending = ZERO_BI;
    balance.snapshotDay = NO_DAY;
    balance.snapshotModels = [];
    balance.snapshotCredited = [];
    balance.save();
  }
  return balance;
}
