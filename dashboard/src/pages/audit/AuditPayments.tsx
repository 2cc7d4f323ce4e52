import { Fragment, useState } from 'react';
import { Link } from 'react-router';

import type { AuditQuery } from './audit.generated';
import { EntitlementCheck } from './EntitlementCheck';
import type { PaymentReconciliation } from './paymentReconciliation';
import { AUDIT_PAGE_SIZE } from './useAudit';
import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { CsvButton } from '../../components/CsvButton';
import { AddressLink, ModelLink, TxLink } from '../../components/Links';
import { Table, Td } from '../../components/Table';
import { toDecimalString } from '../../format/amount';
import { formatDateTime } from '../../format/time';

export type AuditPayment = AuditQuery['payments'][number];

/** Every payment of the page recounted from its payouts, failing first, with its entitlement check on demand. */
export function AuditPayments({
  data,
  rows,
  block,
  before,
  params,
}: {
  data: Pick<AuditQuery, 'payments' | 'tokens'>;
  rows: { payment: AuditPayment; check: PaymentReconciliation }[];
  block: number | null;
  before: string | null;
  params: URLSearchParams;
}) {
  const [checking, setChecking] = useState<string | null>(null);
  const tokenById = new Map(data.tokens.map((t) => [t.id, t]));
  const csvHeader = [
    'payment',
    'kind',
    'model id',
    'model',
    'token',
    'gross',
    'fee',
    'parent cut',
    'own payouts',
    'ancestor payouts',
    'unaccounted',
    'reconciled',
    'payout recipients',
    'payout amounts',
    'block',
    'transaction',
  ];
  const csvRows = rows.map(({ payment: p, check }) => [
    p.id,
    p.kind,
    p.model.id,
    p.model.name,
    p.token.symbol,
    p.gross,
    p.fee,
    p.parentCut,
    check.ownPayouts,
    check.ancestorPayouts,
    check.unaccounted,
    check.ok,
    p.payouts.map((x) => x.recipient.id).join(' '),
    p.payouts.map((x) => x.amount).join(' '),
    p.blockNumber,
    p.transactionHash,
  ]);
  const oldest = data.payments.at(-1)?.paymentId;

  return (
    <Card
      title="Payments"
      actions={
        <CsvButton
          filename={`payments${block === null ? '' : `-block-${block}`}${before ? `-before-${before}` : ''}.csv`}
          header={csvHeader}
          rows={csvRows}
        />
      }
    >
      <Table
        caption="Payments with their split and reconciliation, failing first"
        header={['Payment', 'Model', 'Gross', 'Fee', 'Parent cut', 'Payouts', 'Status', 'Tx', 'Entitlement']}
        testId="audit-payments"
      >
        {rows.map(({ payment: p, check }) => (
          <Fragment key={p.id}>
            <tr data-payment-id={p.id} data-reconciled={check.ok} className={check.ok ? '' : 'bg-red-50 dark:bg-red-950'}>
              <Td>
                #{p.id} {p.kind}
                <div className="text-xs text-slate-500">{formatDateTime(p.timestamp)}</div>
              </Td>
              <Td>
                <ModelLink id={p.model.id} name={p.model.name} />
              </Td>
              <Td>
                <Amount raw={p.gross} token={p.token} />
              </Td>
              <Td>
                <Amount raw={p.fee} token={p.token} />
              </Td>
              <Td>
                <Amount raw={p.parentCut} token={p.token} />
              </Td>
              <Td>
                <ul>
                  {p.payouts.map((x) => (
                    <li key={x.id} className="whitespace-nowrap text-xs">
                      <AddressLink address={x.recipient.id} /> <Amount raw={x.amount} token={p.token} />
                      {x.model.id !== p.model.id && <span> (parent #{x.model.id})</span>}
                    </li>
                  ))}
                </ul>
              </Td>
              <Td className={check.ok ? 'text-emerald-700 dark:text-emerald-300' : 'font-bold text-red-700 dark:text-red-300'}>
                {check.ok ? 'sums' : `off by ${toDecimalString(check.unaccounted + check.parentCutGap, 0)} units`}
              </Td>
              <Td>
                <TxLink hash={p.transactionHash} block={p.blockNumber} />
              </Td>
              <Td>
                <button
                  type="button"
                  className="text-xs underline"
                  aria-expanded={checking === p.id}
                  onClick={() => setChecking(checking === p.id ? null : p.id)}
                >
                  {checking === p.id ? 'Hide' : 'Check'}
                </button>
              </Td>
            </tr>
            {checking === p.id && (
              <tr>
                <td colSpan={9} className="bg-slate-50 p-3 dark:bg-slate-800">
                  <EntitlementCheck paymentId={p.id} block={p.blockNumber} token={tokenById.get(p.token.id) ?? p.token} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </Table>
      <nav aria-label="Payment pages" className="mt-3 flex gap-3 text-sm">
        {before && (
          <Link className="underline" to={{ search: withParam(params, 'before', null) }}>
            Newest payments
          </Link>
        )}
        {data.payments.length === AUDIT_PAGE_SIZE && oldest && (
          <Link className="underline" rel="next" to={{ search: withParam(params, 'before', oldest) }}>
            Older payments
          </Link>
        )}
      </nav>
    </Card>
  );
}

function withParam(params: URLSearchParams, key: string, value: string | null): string {
  const next = new URLSearchParams(params);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next.toString();
}
