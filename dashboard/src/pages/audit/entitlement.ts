/**
 * What each recipient of a payment was entitled to, recomputed from the splits in force at the payment's block and
 * the lineage's royalties, exactly as LicenseMarket settles it:
 * net = gross − fee; a derivative owes its parent net × parent.royaltyBps / 10,000 (the parent cut); each model's
 * split takes what reached it less its own parent's royalty, which moves one level up; within a split every
 * recipient but the first gets amount × bps / 10,000 (rounded down) and the first gets the rest.
 */
export interface SplitInForce {
  recipients: string[];
  bps: number[];
}

export interface LineageModel {
  id: string;
  royaltyBps: number;
  /** The split at the payment's block; null means none was recorded (the creator takes everything). */
  split: SplitInForce | null;
  creator: string;
}

export interface Entitlement {
  modelId: string;
  recipient: string;
  expected: bigint;
  credited: bigint;
}

const BPS = 10_000n;

function distribute(model: LineageModel, amount: bigint): { recipient: string; amount: bigint }[] {
  const split = model.split ?? { recipients: [model.creator], bps: [10_000] };
  const shares = split.recipients.map((recipient, i) => ({
    recipient,
    amount: i === 0 ? 0n : (amount * BigInt(split.bps[i]!)) / BPS,
  }));
  const others = shares.reduce((sum, share) => sum + share.amount, 0n);
  shares[0]!.amount = amount - others;
  return shares;
}

/**
 * `lineage` starts with the paid model and lists its ancestors upwards. Credits of zero are never emitted, so an
 * entitlement of zero with nothing credited is dropped.
 */
export function computeEntitlements(
  payment: { gross: bigint; fee: bigint },
  lineage: LineageModel[],
  payouts: { modelId: string; recipient: string; amount: bigint }[],
): Entitlement[] {
  const expected: { modelId: string; recipient: string; amount: bigint }[] = [];
  let reaching = payment.gross - payment.fee;
  for (let level = 0; level < lineage.length && reaching > 0n; level++) {
    const model = lineage[level]!;
    const parent = lineage[level + 1];
    const cut = parent ? (reaching * BigInt(parent.royaltyBps)) / BPS : 0n;
    for (const share of distribute(model, reaching - cut)) expected.push({ modelId: model.id, ...share });
    reaching = cut;
  }

  const key = (modelId: string, recipient: string) => `${modelId}:${recipient.toLowerCase()}`;
  const rows = new Map<string, Entitlement>();
  for (const e of expected) {
    const row = rows.get(key(e.modelId, e.recipient)) ?? { modelId: e.modelId, recipient: e.recipient, expected: 0n, credited: 0n };
    row.expected += e.amount;
    rows.set(key(e.modelId, e.recipient), row);
  }
  for (const p of payouts) {
    const row = rows.get(key(p.modelId, p.recipient)) ?? { modelId: p.modelId, recipient: p.recipient, expected: 0n, credited: 0n };
    row.credited += p.amount;
    rows.set(key(p.modelId, p.recipient), row);
  }
  return [...rows.values()].filter((row) => row.expected !== 0n || row.credited !== 0n);
}
