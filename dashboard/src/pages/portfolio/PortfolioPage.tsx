import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';

import { LineSeriesChart } from '../../charts/lazyCharts';
import { PALETTE } from '../../charts/palette';
import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AddressLink, ModelLink } from '../../components/Links';
import { PageSkeleton } from '../../components/Skeleton';
import { Table, Td } from '../../components/Table';
import { toChartNumber } from '../../format/amount';
import { dayOf } from '../../format/time';
import { fillDays } from '../../charts/daySeries';
import { claimable, revenuePerWholeShare } from './claimable';
import { usePortfolio } from './usePortfolio';

export default function PortfolioPage() {
  const address = (useParams().address ?? '').toLowerCase();
  const [params, setParams] = useSearchParams();
  const { portfolio, yieldHistory } = usePortfolio(address);
  const holdings = portfolio.data?.account?.holdings ?? [];
  const compared = params.get('compare')?.split(',').filter(Boolean) ?? holdings.slice(0, 3).map((h) => h.vault.id);

  // Yield per whole share in the first currency each compared vault earned, per day (last value of the day).
  const comparison = useMemo(() => {
    const chosen = holdings.filter((h) => compared.includes(h.vault.id));
    const events = yieldHistory.data?.vaultRevenues ?? [];
    const points = chosen.flatMap((h) => {
      const token = h.vault.revenue[0]?.token;
      if (!token) return [];
      return events
        .filter((e) => e.vault.id === h.vault.id && e.token.id === token.id)
        .map((e) => ({
          day: dayOf(Number(e.timestamp)),
          key: h.vault.id,
          value: toChartNumber(revenuePerWholeShare(BigInt(e.revenuePerShare)), token.decimals),
        }));
    });
    const lastOfDay = new Map<string, { day: number; values: Record<string, number> }>();
    for (const p of points) lastOfDay.set(`${p.key}-${p.day}`, { day: p.day, values: { [p.key]: p.value } });
    const days = points.map((p) => p.day);
    const keys = chosen.map((h) => h.vault.id);
    const rows = days.length ? fillDays([...lastOfDay.values()], Math.min(...days), dayOf(Date.now() / 1000), keys, keys) : [];
    return {
      rows,
      series: chosen.map((h, i) => ({
        key: h.vault.id,
        label: `${h.vault.model.name} (${h.vault.revenue[0]?.token.symbol ?? ''})`,
        color: PALETTE[i % PALETTE.length]!,
      })),
    };
  }, [holdings, compared, yieldHistory.data]);

  if (portfolio.error && !portfolio.data) return <ErrorBanner error={portfolio.error} what={`the portfolio of ${address}`} />;
  if (!portfolio.data) return <PageSkeleton />;

  const toggle = (vault: string) =>
    setParams((current) => {
      const next = compared.includes(vault) ? compared.filter((v) => v !== vault) : [...compared, vault];
      current.set('compare', next.join(','));
      return current;
    });

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-muted">Investor portfolio</p>
        <h1 className="break-all font-mono text-xl font-semibold">{address}</h1>
        <p className="text-sm">
          <AddressLink address={address} /> royalty income
        </p>
      </div>
      {holdings.length === 0 ? (
        <EmptyState>This address holds no model shares at the indexed block.</EmptyState>
      ) : (
        <>
          <Card title="Holdings">
            <Table
              caption="Vault share holdings"
              header={['Compare', 'Model', 'Shares', 'Of supply', 'Holders', 'Revenue per share', 'Claimed', 'Claimable now']}
              testId="holdings-table"
            >
              {holdings.map((h) => (
                <tr key={h.id}>
                  <Td>
                    <input
                      type="checkbox"
                      aria-label={`Compare ${h.vault.model.name}`}
                      checked={compared.includes(h.vault.id)}
                      onChange={() => toggle(h.vault.id)}
                    />
                  </Td>
                  <Td>
                    <ModelLink id={h.vault.model.id} name={h.vault.model.name} />
                  </Td>
                  <Td>
                    <Amount raw={h.balance} token={{ symbol: h.vault.symbol, decimals: 18 }} fractionDigits={2} />
                  </Td>
                  <Td>{(Number(h.shareOfSupply) * 100).toFixed(2)} %</Td>
                  <Td>{h.vault.holderCount}</Td>
                  {(['perShare', 'claimed', 'claimable'] as const).map((column) => (
                    <Td key={column}>
                      {h.vault.revenue.map((r) => {
                        const mine = h.revenue.find((x) => x.token.id === r.token.id);
                        const value =
                          column === 'perShare'
                            ? revenuePerWholeShare(BigInt(r.revenuePerShare))
                            : column === 'claimed'
                              ? BigInt(mine?.claimed ?? '0')
                              : claimable(
                                  {
                                    balance: BigInt(h.balance),
                                    owed: BigInt(mine?.owed ?? '0'),
                                    settledRevenuePerShare: BigInt(mine?.settledRevenuePerShare ?? '0'),
                                  },
                                  BigInt(r.revenuePerShare),
                                );
                        return (
                          <div key={r.id}>
                            <Amount raw={value} token={r.token} />
                          </div>
                        );
                      })}
                    </Td>
                  ))}
                </tr>
              ))}
            </Table>
          </Card>
          <Card title="Yield per share over time (comparison)">
            {yieldHistory.error && <ErrorBanner error={yieldHistory.error} what="the yield history" />}
            {comparison.rows.length === 0 ? (
              <EmptyState>No revenue has reached the chosen vaults yet.</EmptyState>
            ) : (
              <LineSeriesChart
                data={comparison.rows}
                series={comparison.series}
                label="Cumulative revenue per whole share of each compared model"
              />
            )}
          </Card>
        </>
      )}
    </div>
  );
}
