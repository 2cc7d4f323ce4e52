import { Address } from '@graphprotocol/graph-ts';

import { Transfer } from '../../../generated/templates/ShareVault/ShareVault';
import { ShareTransfer } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateHolding, loadVault, setHoldingBalance, settleHolding } from '../../entities/vault';

export function handleShareTransfer(event: Transfer): void {
  const vault = loadVault(event.address);
  const from = event.params.from;
  const to = event.params.to;
  const amount = event.params.value;

  const transfer = new ShareTransfer(eventId(event));
  transfer.vault = vault.id;
  transfer.from = from;
  transfer.to = to;
  transfer.amount = amount;
  transfer.timestamp = event.block.timestamp;
  transfer.blockNumber = event.block.number;
  transfer.transactionHash = event.transaction.hash;
  transfer.save();

  // The initial mint is recorded by ModelFractionalized; a transfer to oneself moves nothing the index keeps
  // (the vault settles the holder, which changes no claimable amount).
  if (from.equals(Address.zero()) || from.equals(to)) return;

  const isBurn = to.equals(Address.zero());
  const sender = getOrCreateHolding(vault, from);
  // A burn (redemption) has no receiver: `receiver` is then the sender and left untouched.
  const receiver = isBurn ? sender : getOrCreateHolding(vault, to);
  // As the vault does: settle both sides in every currency before balances move.
  const currencies = vault.currencies;
  for (let i = 0; i < currencies.length; i++) {
    settleHolding(sender, currencies[i]);
    if (!isBurn) settleHolding(receiver, currencies[i]);
  }
  if (isBurn) vault.totalSupply = vault.totalSupply.minus(amount);
  setHoldingBalance(vault, sender, sender.balance.minus(amount));
  if (!isBurn) setHoldingBalance(vault, receiver, receiver.balance.plus(amount));
  vault.save();
}
