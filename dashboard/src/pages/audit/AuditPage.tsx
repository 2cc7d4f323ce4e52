import type { FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { AuditGovernance } from './AuditGovernance';
import { AuditPayments } from './AuditPayments';
import { MarketReconciliation } from './MarketReconciliation';
import { failingFirst, reconcilePayment } from './paymentReconciliation';
import { StrandedFunds } from './StrandedFunds';
import { useAudit } from './useAudit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { PageSkeleton } from '../../components/Skeleton';
import { formatCount } from '../../format/amount';
import { formatDateTime } from '../../format/time';

export default function AuditPage() {
  const [params, setParams] = useSearchParams();
  const block = params.get('block') ? Number(params.get('block')) : null;
  const before = params.get('before');
  const { data, error } = useAudit(block, before);

  const setBlock = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('block')?.toString().trim() ?? '';
    setParams((current) => {
      if (/^\d+$/.test(value)) current.set('block', value);
      else current.delete('block');
      current.delete('before');
      return current;
    });
  };

  if (error && !data) return <ErrorBanner error={error} what="the audit" />;
  if (!data) return <PageSkeleton />;

  const rows = failingFirst(
    data.payments.map((p) => ({ payment: p, check: reconcilePayment(p) })),
    (row) => row.check.ok,
  );
  const failing = new Map<string, (typeof data.unreconciled)[number]>();
  for (const p of data.unreconciled) failing.set(p.id, p);
  for (const row of rows) if (!row.check.ok) failing.set(row.payment.id, row.payment);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">DAO audit</h1>
          <p className="text-sm text-muted" data-testid="audit-block">
            {block === null ? 'Latest indexed block' : 'Time travel to block'} {formatCount(data._meta?.block.number ?? 0)}
            {data._meta?.block.timestamp ? ` (${formatDateTime(data._meta.block.timestamp)} UTC)` : ''}
          </p>
        </div>
        <form onSubmit={setBlock} className="flex items-end gap-2 text-sm" aria-label="Block">
          <label className="flex flex-col">
            Audit at block
            <input
              name="block"
              inputMode="numeric"
              defaultValue={block ?? ''}
              placeholder="latest"
              className="w-32 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-800"
            />
          </label>
          <button type="submit" className="rounded bg-indigo-700 px-3 py-1 text-white">
            Go
          </button>
        </form>
      </div>

      {failing.size > 0 ? (
        <div
          role="alert"
          className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-100"
          data-testid="reconciliation-alert"
        >
          <p className="text-lg font-bold">{failing.size} payment(s) do not sum</p>
          <p className="text-sm">
            Payments {[...failing.keys()].map((id) => `#${id}`).join(', ')}: gross ≠ fee + parent cut + payouts, or the parent cut did not
            reach the ancestors.
          </p>
        </div>
      ) : (
        <p
          className="rounded-lg border border-emerald-600 bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
          data-testid="reconciliation-ok"
        >
          Every payment reconciles: 0 issues across {formatCount(data.protocol?.paymentCount ?? 0)} payments and{' '}
          {formatCount(data.protocol?.payoutCount ?? 0)} payouts.
        </p>
      )}

      <MarketReconciliation data={data} />
      <AuditPayments data={data} rows={rows} block={block} before={before} params={params} />
      <StrandedFunds data={data} />
      <AuditGovernance data={data} />
    </div>
  );
}
