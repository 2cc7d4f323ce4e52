import { memo } from 'react';

import { useLastData } from '../../hooks/useLastData';
import { ShareDonut } from '../../charts/lazyCharts';
import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { ClampedText } from '../../components/ChainText';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AddressLink, SafeUri, TxLink } from '../../components/Links';
import { RangeSelector, useRange } from '../../components/RangeSelector';
import { SectionsSkeleton } from '../../components/Skeleton';
import { Table, Td } from '../../components/Table';
import { useOnScreen } from '../../hooks/useOnScreen';
import { formatCount } from '../../format/amount';
import { shortAddress } from '../../format/address';
import { formatDateTime } from '../../format/time';
import type { TokenFieldsFragment } from '../../graphql/fragments.generated';
import { formatDuration } from './licenceStatus';
import { rangeWindow } from '../../charts/daySeries';
import type { ModelDetailsQuery } from './modelDetails.generated';
import { ModelCharts } from './ModelCharts';
import { ModelLedgers } from './ModelLedgers';
import { useModelDetails } from './useModelDetails';

const SUPPORT = ['against', 'for', 'abstain'];

/**
 * A model page below its figures, from its own query, asked for when the section comes on screen (at once on a
 * desktop; on a phone, once the reader scrolls past the figures): a phone opening the page does not wait for, download
 * or render the hundred-odd kilobytes it shows only further down. A new range keeps the last charts and tables on
 * screen until its own data arrive, rather than collapsing the section.
 */
export function ModelDetails({ id, name, tokens }: { id: string; name: string; tokens: TokenFieldsFragment[] }) {
  const [section, onScreen] = useOnScreen<HTMLElement>();
  const [range] = useRange();
  const days = rangeWindow(range, Date.now() / 1000);
  const { data, error } = useModelDetails(id, days.since, onScreen);
  const shown = useLastData(data, { range, ...days });

  return (
    <section
      ref={section}
      aria-label="Day series, offers, licences, payouts, split, shareholders, versions and governance"
      className="space-y-6"
      data-deferred={shown ? undefined : ''}
    >
      <div className="flex justify-end">
        <RangeSelector />
      </div>
      {error && !shown ? (
        <ErrorBanner error={error} what={`the details of model #${id}`} />
      ) : !shown ? (
        <SectionsSkeleton />
      ) : (
        <>
          <ModelCharts name={name} tokens={tokens} data={shown.data} {...shown.asked} />
          {shown.data.model && <Details data={shown.data} model={shown.data.model} />}
        </>
      )}
    </section>
  );
}

const Details = memo(function Details({ data, model }: { data: ModelDetailsQuery; model: NonNullable<ModelDetailsQuery['model']> }) {
  return (
    <>
      <Card title="Offers">
        {model.offers.length === 0 ? (
          <EmptyState>No offer yet.</EmptyState>
        ) : (
          <Table
            caption="Licence offers"
            header={['Offer', 'Tier', 'Price', 'Per unit', 'Duration', 'Sold', 'Cap', 'Transferable', 'Derivatives', 'Active']}
          >
            {model.offers.map((o) => (
              <tr key={o.id}>
                <Td>#{o.id}</Td>
                <Td>{o.tier}</Td>
                <Td>
                  <Amount raw={o.price} token={o.currency} />
                </Td>
                <Td>{o.unitPrice === '0' ? '—' : <Amount raw={o.unitPrice} token={o.currency} fractionDigits={8} />}</Td>
                <Td>{formatDuration(o.duration)}</Td>
                <Td>{o.sold}</Td>
                <Td>{o.maxSupply === '0' ? 'none' : o.maxSupply}</Td>
                <Td>{o.transferable ? 'yes' : 'no'}</Td>
                <Td>{o.derivativesAllowed ? 'allowed' : 'no'}</Td>
                <Td>{o.active ? 'yes' : 'no'}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>

      <ModelLedgers licenses={data.licenses} payouts={data.royaltyPayouts} />

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title="Royalty split">
          <ShareDonut
            slices={model.split.recipients.map((r, i) => ({ name: shortAddress(r), value: model.split.bps[i]! / 100 }))}
            label={`Royalty split of ${model.name}, percent per recipient`}
          />
          <Table caption="Royalty split recipients" header={['Recipient', 'Share']}>
            {model.split.recipients.map((r, i) => (
              <tr key={r}>
                <Td>
                  <AddressLink address={r} />
                </Td>
                <Td>
                  {model.split.bps[i]! / 100} %{i === 0 ? ' (receives rounding dust)' : ''}
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
        <Card title="Shareholders">
          {!model.vault ? (
            <EmptyState>Not fractionalised: the owner holds the whole model.</EmptyState>
          ) : (
            <>
              <ShareDonut
                slices={model.vault.holdings.map((h) => ({ name: shortAddress(h.account.id), value: Number(h.shareOfSupply) * 100 }))}
                label={`Share of ${model.vault.symbol} supply per holder, percent`}
              />
              <Table caption="Shareholders" header={['Holder', 'Shares', 'Of supply']} testId="holders-table">
                {model.vault.holdings.map((h) => (
                  <tr key={h.id}>
                    <Td>
                      <AddressLink address={h.account.id} to="portfolio" />
                    </Td>
                    <Td>
                      <Amount raw={h.balance} token={{ symbol: model.vault!.symbol, decimals: 18 }} fractionDigits={2} />
                    </Td>
                    <Td>{(Number(h.shareOfSupply) * 100).toFixed(2)} %</Td>
                  </tr>
                ))}
              </Table>
            </>
          )}
        </Card>
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Card title="Versions">
          <ol className="space-y-2 border-l border-slate-300 pl-4 text-sm dark:border-slate-700">
            {model.versions.map((v) => (
              <li key={v.id}>
                <p className="font-medium">
                  v{v.version} · {formatDateTime(v.timestamp)}
                </p>
                <ClampedText text={v.changelog || '—'} className="text-slate-700 dark:text-slate-300" testId="version-changelog" />
                <p className="text-xs" data-testid="version-uri">
                  <SafeUri uri={v.uri} />
                </p>
              </li>
            ))}
          </ol>
        </Card>
        <Card title="Proposals and disputes">
          {model.proposals.length === 0 && model.disputes.length === 0 && <EmptyState>No proposal or dispute.</EmptyState>}
          <ul className="space-y-3 text-sm">
            {model.proposals.map((p) => (
              <li key={p.id}>
                <ClampedText text={p.description} className="font-medium" testId="proposal-description" />
                <p className="text-xs text-muted">
                  {p.status} · by {shortAddress(p.proposer.id)} · for {formatCount(p.forVotes)} / against {formatCount(p.againstVotes)} /
                  abstain {formatCount(p.abstainVotes)} (share units) · {p.votes.length} votes:{' '}
                  {p.votes.map((v) => `${shortAddress(v.voter.id)} ${SUPPORT[v.support]}`).join(', ')}
                </p>
              </li>
            ))}
            {model.disputes.map((d) => (
              <li key={d.id}>
                <p className="font-medium">
                  Dispute #{d.id} against {d.subject === 'License' ? `licence #${d.license?.id}` : 'the model'}: {d.status}
                </p>
                <p className="text-xs text-muted">
                  raised {formatDateTime(d.raisedAt)} by {shortAddress(d.claimant.id)} · evidence <SafeUri uri={d.evidenceURI} />
                  {d.resolvedAt && <> · resolved {formatDateTime(d.resolvedAt)}</>}
                  {d.reasonURI && (
                    <>
                      {' '}
                      · ruling <SafeUri uri={d.reasonURI} />
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <p className="text-xs text-slate-500">
        Registered {formatDateTime(model.registeredAt)} in <TxLink hash={model.registeredTransaction} />.
      </p>
    </>
  );
});
