import { Amount } from '../../components/Amount';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AddressLink } from '../../components/Links';
import { BlockSkeleton } from '../../components/Skeleton';
import { Table, Td } from '../../components/Table';
import { computeEntitlements, type LineageModel } from './entitlement';
import type { TokenInfo } from '../../format/amount';
import type { LineageModelFragment } from './entitlement.generated';
import { useEntitlement } from './useEntitlement';

type Nested = LineageModelFragment & { parent?: Nested | null };

function lineageOf(model: Nested): LineageModel[] {
  const chain: LineageModel[] = [];
  for (let m: Nested | null | undefined = model; m; m = m.parent) {
    const split = m.splits[0];
    chain.push({
      id: m.id,
      royaltyBps: m.royaltyBps,
      creator: m.creator.id,
      split: split ? { recipients: split.recipients, bps: split.bps } : null,
    });
  }
  return chain;
}

/** Each recipient's amount recomputed from the splits in force at the payment's block, beside what was credited. */
export function EntitlementCheck({ paymentId, block, token }: { paymentId: string; block: string; token: TokenInfo }) {
  const { data, error } = useEntitlement(paymentId, block);
  if (error) return <ErrorBanner error={error} what={`the entitlement check of payment #${paymentId}`} />;
  if (!data?.payment) return <BlockSkeleton height="h-16" label="Checking entitlements" />;
  const { payment } = data;
  const rows = computeEntitlements(
    { gross: BigInt(payment.gross), fee: BigInt(payment.fee) },
    lineageOf(payment.model as Nested),
    payment.payouts.map((p) => ({ modelId: p.model.id, recipient: p.recipient.id, amount: BigInt(p.amount) })),
  );
  const mismatches = rows.filter((r) => r.expected !== r.credited).length;
  return (
    <div className="space-y-2" data-testid={`entitlement-${paymentId}`}>
      <p className={`text-sm font-medium ${mismatches ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-300'}`}>
        {mismatches
          ? `${mismatches} recipient(s) credited differently from their entitlement`
          : 'Every recipient was credited exactly its entitlement'}
      </p>
      <Table
        caption={`Entitlements of payment #${paymentId}`}
        header={['Split of model', 'Recipient', 'Entitled', 'Credited', 'Difference']}
      >
        {rows.map((r) => (
          <tr key={`${r.modelId}-${r.recipient}`} className={r.expected === r.credited ? '' : 'bg-red-50 dark:bg-red-950'}>
            <Td>#{r.modelId}</Td>
            <Td>
              <AddressLink address={r.recipient} />
            </Td>
            <Td>
              <Amount raw={r.expected} token={token} fractionDigits={18} />
            </Td>
            <Td>
              <Amount raw={r.credited} token={token} fractionDigits={18} />
            </Td>
            <Td>{String(r.credited - r.expected)}</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
