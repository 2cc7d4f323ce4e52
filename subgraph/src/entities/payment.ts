import { BigInt } from '@graphprotocol/graph-ts';

import { Payment } from '../../generated/schema';

/** Whether a payment's parts sum to its gross, to the wei: gross = fee + parentCut + Σ payouts of the paid model,
 * and parentCut = Σ payouts of its ancestors. Holds once the transaction's last RoyaltyCredited is indexed. */
export function isReconciled(payment: Payment): bool {
  let parts = payment.fee.plus(payment.parentCut).plus(payment.payoutTotal);
  return parts.equals(payment.gross) && payment.parentCut.equals(payment.ancestorPayoutTotal);
}

export function loadPayment(paymentId: BigInt): Payment {
  return Payment.load(paymentId.toString())!;
}
