/**
 * Recounts a payment from its raw payouts instead of trusting the subgraph's `reconciled` flag:
 * gross = fee + parentCut + Σ credits under the paid model's split, and parentCut = Σ credits under ancestors' splits.
 */
export interface PaymentToReconcile {
  id: string;
  gross: string;
  fee: string;
  parentCut: string;
  model: { id: string };
  payouts: { amount: string; model: { id: string } }[];
}

export interface PaymentReconciliation {
  id: string;
  /** Σ credited under the paid model's split. */
  ownPayouts: bigint;
  /** Σ credited under ancestors' splits (the parent cut as it arrived). */
  ancestorPayouts: bigint;
  /** gross − fee − parentCut − ownPayouts: zero when the payment sums. */
  unaccounted: bigint;
  /** parentCut − ancestorPayouts: zero when the parent cut reached the ancestors in full. */
  parentCutGap: bigint;
  ok: boolean;
}

export function reconcilePayment(payment: PaymentToReconcile): PaymentReconciliation {
  let ownPayouts = 0n;
  let ancestorPayouts = 0n;
  for (const payout of payment.payouts) {
    if (payout.model.id === payment.model.id) ownPayouts += BigInt(payout.amount);
    else ancestorPayouts += BigInt(payout.amount);
  }
  const unaccounted = BigInt(payment.gross) - BigInt(payment.fee) - BigInt(payment.parentCut) - ownPayouts;
  const parentCutGap = BigInt(payment.parentCut) - ancestorPayouts;
  return { id: payment.id, ownPayouts, ancestorPayouts, unaccounted, parentCutGap, ok: unaccounted === 0n && parentCutGap === 0n };
}

/** Payments that do not sum come first (loudly), then the rest in their original order. */
export function failingFirst<T>(rows: T[], isOk: (row: T) => boolean): T[] {
  return [...rows.filter((row) => !isOk(row)), ...rows.filter(isOk)];
}
