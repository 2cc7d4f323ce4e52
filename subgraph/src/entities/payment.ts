import { Payment } from '../../generated/schema';

/** Whether a payment's parts sum to its gross, to the wei: gross = fee + parentCut + Σ payouts of the paid model,
 * and parentCut = Σ payouts of its ancestors. */
export function isReconciled(payment: Payment): bool {
  const parts = payment.fee.plus(payment.parentCut).plus(payment.payoutTotal);
  return parts.equals(payment.gross) && payment.parentCut.equals(payment.ancestorPayoutTotal);
}
