import { useReadQuery } from '@apollo/client/react';
import { memo } from 'react';
import { useLoaderData } from 'react-router';

import { useRefetchEvery } from '../../hooks/useRefetchEvery';
import { Amount } from '../../components/Amount';
import { Card, Kpi } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ChainText, ClampedText, TokenSymbol } from '../../components/ChainText';
import { FirstRows } from '../../components/FirstRows';
import { AddressLink, ModelLink, SafeUri } from '../../components/Links';
import { Table, Td } from '../../components/Table';
import { formatCount } from '../../format/amount';
import type { ModelPageQuery } from './model.generated';
import { ModelDetails } from './ModelDetails';
import type { ModelPageLoader } from './modelPageLoader';

export default function ModelPage() {
  const { id, queryRef } = useLoaderData<ModelPageLoader>();
  const { data, error } = useReadQuery(queryRef);
  useRefetchEvery(queryRef, 15_000);

  if (!data) return <ErrorBanner error={error ?? new Error('no data')} what={`model #${id}`} />;
  if (!data.model) return <EmptyState>There is no model #{id} at the indexed block.</EmptyState>;
  return <ModelContent model={data.model} />;
}

const ModelContent = memo(function ModelContent({ model }: { model: NonNullable<ModelPageQuery['model']> }) {
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-muted">
          Model #{model.id} · <ChainText text={model.category} className="max-w-[24ch]" testId="model-category" /> · version{' '}
          {model.currentVersion} · <span data-testid="model-status">{model.status}</span>
        </p>
        {/* Two lines at most until expanded: a long name must not fill the first screen. */}
        <ClampedText as="h1" lines={2} text={model.name} className="text-xl font-semibold sm:text-2xl" testId="model-name" />
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
          <div>
            <dt className="inline text-muted">Creator </dt>
            <dd className="inline">
              <AddressLink address={model.creator.id} />
            </dd>
          </div>
          <div>
            <dt className="inline text-muted">Owner </dt>
            <dd className="inline">
              <AddressLink address={model.owner.id} />
              {model.vault && (
                <span className="text-xs">
                  {' '}
                  (share vault <TokenSymbol symbol={model.vault.symbol} />)
                </span>
              )}
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="inline text-muted">Model card </dt>
            <dd className="inline" data-testid="model-uri">
              <SafeUri uri={model.uri} />
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="inline text-muted">Content hash </dt>
            <dd className="inline break-all font-mono text-xs">{model.contentHash}</dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="inline text-muted">Tags </dt>
            <dd className="inline" data-testid="model-tags">
              {model.tags.length === 0 ? '—' : <TagList tags={model.tags} />}
            </dd>
          </div>
          <div>
            <dt className="inline text-muted">Royalty owed by derivatives </dt>
            <dd className="inline">{model.royaltyBps / 100} %</dd>
          </div>
          <div>
            <dt className="inline text-muted">Parent </dt>
            <dd className="inline">{model.parent ? <ModelLink id={model.parent.id} name={model.parent.name} /> : '—'}</dd>
          </div>
          <div>
            <dt className="inline text-muted">Derivatives </dt>
            <dd className="inline">
              {model.children.length === 0 ? (
                '—'
              ) : (
                <FirstRows rows={model.children} limit={6}>
                  {(shown) =>
                    shown.map((child) => (
                      <span key={child.id} className="mr-2">
                        <ModelLink id={child.id} name={child.name} />
                      </span>
                    ))
                  }
                </FirstRows>
              )}
            </dd>
          </div>
        </dl>
      </header>

      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6">
        {model.revenue.map((r) => (
          <Kpi
            key={r.id}
            testId={`model-revenue-${r.token.symbol}`}
            label={`Revenue (${r.token.symbol})`}
            value={<Amount raw={r.cumulativeGross} token={r.token} fractionDigits={2} />}
          />
        ))}
        <Kpi testId="model-licensesSold" label="Licences sold" value={formatCount(model.licensesSold)} />
        <Kpi testId="model-activeLicenses" label="Active licences" value={formatCount(model.activeLicenses)} />
        <Kpi testId="model-usageUnits" label="Usage units" value={formatCount(model.usageUnits)} />
        <Kpi testId="model-paymentCount" label="Payments" value={formatCount(model.paymentCount)} />
      </dl>

      <Card title="Revenue by currency">
        <Table
          caption="Revenue by currency"
          header={['Currency', 'Gross', 'Protocol fees', 'To parent models', 'Credited to this split', 'From derivatives']}
        >
          {model.revenue.map((r) => (
            <tr key={r.id}>
              <Td>
                <TokenSymbol symbol={r.token.symbol} />
              </Td>
              <Td>
                <Amount raw={r.cumulativeGross} token={r.token} />
              </Td>
              <Td>
                <Amount raw={r.cumulativeFees} token={r.token} />
              </Td>
              <Td>
                <Amount raw={r.cumulativeParentCut} token={r.token} />
              </Td>
              <Td>
                <Amount raw={r.cumulativeCredited} token={r.token} />
              </Td>
              <Td>
                <Amount raw={r.cumulativeDerivativeIncome} token={r.token} />
              </Td>
            </tr>
          ))}
        </Table>
      </Card>

      <ModelDetails id={model.id} name={model.name} tokens={model.revenue.map((r) => r.token)} />
    </div>
  );
});

/** A model's tags, each cut to a chip's width; past the first eight (the registry's bound), behind a control. */
function TagList({ tags }: { tags: string[] }) {
  return (
    <FirstRows rows={tags} limit={8}>
      {(shown) => (
        <ul className="inline">
          {shown.map((tag, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: on-chain tags may repeat, so a tag's place is its identity.
            <li key={i} className="mr-1 inline-block rounded bg-slate-100 px-1.5 text-xs dark:bg-slate-800">
              <ChainText text={tag} className="max-w-[20ch] align-bottom" />
            </li>
          ))}
        </ul>
      )}
    </FirstRows>
  );
}
