import type { AuditQuery } from './audit.generated';
import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { TokenSymbol } from '../../components/ChainText';
import { AddressLink } from '../../components/Links';
import { Table, Td } from '../../components/Table';
import { formatCount } from '../../format/amount';

/** Per currency: revenue equals fees plus credits, and the market holds revenue less withdrawals. */
export function MarketReconciliation({ data }: { data: Pick<AuditQuery, 'tokens' | 'protocol'> }) {
  return (
    <Card title="Market-wide reconciliation">
      <Table
        caption="Totals per currency: revenue equals fees plus credits; the market holds revenue less withdrawals"
        header={[
          'Currency',
          'Payments',
          'Revenue (gross)',
          'Protocol fees (treasury)',
          'Credited to recipients',
          'Withdrawn',
          'Held by the market',
          'Sums',
        ]}
        testId="audit-summary"
      >
        {data.tokens.map((t) => {
          const sums =
            BigInt(t.cumulativeRevenue) === BigInt(t.cumulativeFees) + BigInt(t.cumulativeCredited) &&
            BigInt(t.marketBalance) === BigInt(t.cumulativeRevenue) - BigInt(t.cumulativeWithdrawn);
          return (
            <tr key={t.id} data-token={t.symbol}>
              <Td>
                <TokenSymbol symbol={t.symbol} />
              </Td>
              <Td>{formatCount(t.paymentCount)}</Td>
              <Td>
                <Amount raw={t.cumulativeRevenue} token={t} fractionDigits={t.decimals} />
              </Td>
              <Td>
                <Amount raw={t.cumulativeFees} token={t} fractionDigits={t.decimals} />
              </Td>
              <Td>
                <Amount raw={t.cumulativeCredited} token={t} fractionDigits={t.decimals} />
              </Td>
              <Td>
                <Amount raw={t.cumulativeWithdrawn} token={t} fractionDigits={t.decimals} />
              </Td>
              <Td>
                <Amount raw={t.marketBalance} token={t} fractionDigits={t.decimals} />
              </Td>
              <Td className={sums ? 'text-emerald-700 dark:text-emerald-300' : 'font-bold text-red-700 dark:text-red-300'}>
                {sums ? 'yes' : 'NO'}
              </Td>
            </tr>
          );
        })}
      </Table>
      <p className="mt-2 text-xs text-muted">
        Protocol fee {data.protocol ? data.protocol.feeBps / 100 : 0} % to the treasury{' '}
        <AddressLink address={data.protocol?.treasury ?? '0x'} />.
      </p>
    </Card>
  );
}
