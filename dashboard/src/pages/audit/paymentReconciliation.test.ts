import { describe, expect, it } from 'vitest';

import { failingFirst, reconcilePayment } from './paymentReconciliation';

const payout = (model: string, amount: string) => ({ amount, model: { id: model } });

describe('reconcilePayment', () => {
  it('accepts a derivative payment whose fee, parent cut and credits sum to the gross', () => {
    const result = reconcilePayment({
      id: '7',
      gross: '1000',
      fee: '25',
      parentCut: '97',
      model: { id: '2' },
      payouts: [payout('2', '600'), payout('2', '278'), payout('1', '97')],
    });
    expect(result).toEqual({ id: '7', ownPayouts: 878n, ancestorPayouts: 97n, unaccounted: 0n, parentCutGap: 0n, ok: true });
  });

  it('flags a payment with a missing credit, by how much', () => {
    const result = reconcilePayment({
      id: '8',
      gross: '1000',
      fee: '25',
      parentCut: '0',
      model: { id: '3' },
      payouts: [payout('3', '974')],
    });
    expect(result.ok).toBe(false);
    expect(result.unaccounted).toBe(1n);
  });

  it('flags a parent cut that did not reach the ancestors', () => {
    const result = reconcilePayment({
      id: '9',
      gross: '100',
      fee: '0',
      parentCut: '10',
      model: { id: '5' },
      payouts: [payout('5', '90'), payout('4', '9')],
    });
    expect(result).toMatchObject({ ok: false, unaccounted: 0n, parentCutGap: 1n });
  });

  it('lists failing payments first', () => {
    const rows = [
      { id: 'a', ok: true },
      { id: 'b', ok: false },
      { id: 'c', ok: true },
    ];
    expect(failingFirst(rows, (row) => row.ok).map((row) => row.id)).toEqual(['b', 'a', 'c']);
  });
});
