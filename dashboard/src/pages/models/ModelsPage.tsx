import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';

import { Amount } from '../../components/Amount';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ChainText } from '../../components/ChainText';
import { AddressLink, ModelLink } from '../../components/Links';
import { PageSkeleton } from '../../components/Skeleton';
import { Table, Td } from '../../components/Table';
import { formatChange, formatCount } from '../../format/amount';
import { dayOf } from '../../format/time';
import type { TokenFieldsFragment } from '../../graphql/fragments.generated';
import type { ModelListRowFragment } from './models.generated';
import { ETH_TOKEN_ID, TIERS } from '../../graphql/ids';
import {
  modelFilter,
  modelsWhere,
  readModelQueryState,
  revenueWhere,
  SORT_FIELDS,
  SORTS,
  type SortKey,
  weeklyGrowth,
} from './modelFilters';
import { useModelsByField, useModelsByRevenue, useModelsGrowth } from './useModels';

export const PAGE_SIZE = 25;
const STATUSES = ['Active', 'Paused', 'Delisted'];

interface Row {
  model: ModelListRowFragment;
  /** The sort value shown in the last column, already formatted. */
  metric: React.ReactNode;
  cursor: string;
}

export default function ModelsPage() {
  const [params, setParams] = useSearchParams();
  const state = readModelQueryState(params, ETH_TOKEN_ID);
  const today = dayOf(Date.now() / 1000);
  const field = state.sort === 'revenue' || state.sort === 'growth' ? 'licensesSold' : SORT_FIELDS[state.sort];

  const byField = useModelsByField(modelsWhere(state, field), field, PAGE_SIZE, state.sort === 'revenue' || state.sort === 'growth');
  const byRevenue = useModelsByRevenue(revenueWhere(state), PAGE_SIZE, state.sort !== 'revenue');
  const growth = useModelsGrowth(today - 13, state.revenueCurrency, modelFilter(state), state.sort !== 'growth');
  const active = state.sort === 'revenue' ? byRevenue : state.sort === 'growth' ? growth : byField;
  const tokens: TokenFieldsFragment[] = active.data?.tokens ?? [];
  const token = tokens.find((t) => t.id === state.revenueCurrency);

  const rows: Row[] = useMemo(() => {
    if (byRevenue.data && state.sort === 'revenue' && token) {
      return byRevenue.data.modelRevenues.map((r) => ({
        model: r.model,
        metric: <Amount raw={r.cumulativeGross} token={token} />,
        cursor: `${r.cumulativeGross}:${r.id}`,
      }));
    }
    if (growth.data && state.sort === 'growth') {
      const byModel = new Map<string, { model: ModelListRowFragment; days: { day: number; dailyGross: string }[] }>();
      for (const s of growth.data.modelTokenDailySnapshots) {
        const entry = byModel.get(s.model.id) ?? { model: s.model, days: [] };
        entry.days.push(s);
        byModel.set(s.model.id, entry);
      }
      return [...byModel.values()]
        .map((entry) => ({ model: entry.model, ...weeklyGrowth(entry.days, today) }))
        .sort((a, b) => (b.growth ?? Infinity) - (a.growth ?? Infinity) || (b.last > a.last ? 1 : -1))
        .map((entry) => ({
          model: entry.model,
          metric: (
            <>
              {formatChange(entry.growth)} ({token ? <Amount raw={entry.last} token={token} fractionDigits={2} /> : entry.last} this week)
            </>
          ),
          cursor: '',
        }));
    }
    if (byField.data && state.sort !== 'revenue' && state.sort !== 'growth') {
      return byField.data.models.map((m) => {
        const value = String(m[field as 'licensesSold' | 'usageUnits' | 'curationSignal' | 'registeredAt']);
        return { model: m, metric: state.sort === 'newest' ? `#${m.id}` : formatCount(value), cursor: `${value}:${m.id}` };
      });
    }
    return [];
  }, [byRevenue.data, byField.data, growth.data, state.sort, token, field, today]);

  const update = (changes: Record<string, string>) =>
    setParams((current) => {
      for (const [key, value] of Object.entries(changes)) {
        if (value) current.set(key, value);
        else current.delete(key);
      }
      if (!('after' in changes)) current.delete('after');
      return current;
    });

  const hasNext = state.sort !== 'growth' && rows.length === PAGE_SIZE;
  const nextParams = new URLSearchParams(params);
  nextParams.set('after', rows.at(-1)?.cursor ?? '');

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Models</h1>
      <form className="flex flex-wrap items-end gap-3 text-sm" onSubmit={(event) => event.preventDefault()} aria-label="Filter models">
        <label className="flex flex-col">
          Search name, category or tag
          <input
            type="search"
            defaultValue={state.search}
            onChange={(event) => update({ q: event.target.value })}
            className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-800"
          />
        </label>
        <label className="flex flex-col">
          Category
          <input
            defaultValue={state.category}
            onBlur={(event) => update({ category: event.target.value.trim() })}
            placeholder="any"
            className="w-28 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-800"
          />
        </label>
        <Select label="Status" value={state.status} options={STATUSES} onChange={(status) => update({ status })} />
        <Select
          label="Tier"
          value={state.sort === 'revenue' ? '' : state.tier}
          options={[...TIERS]}
          onChange={(tier) => update({ tier })}
          disabled={state.sort === 'revenue'}
          hint={state.sort === 'revenue' ? 'not with revenue sort' : undefined}
        />
        <label className="flex flex-col">
          Sold in
          {/* At most a fixed width: a select is as wide as its longest option, and the options are on-chain symbols. */}
          <select
            value={state.currency}
            onChange={(event) => update({ currency: event.target.value })}
            className="max-w-40 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-800"
          >
            <option value="">{state.sort === 'revenue' || state.sort === 'growth' ? 'ETH (revenue in)' : 'any currency'}</option>
            {tokens.map((t) => (
              <option key={t.id} value={t.id}>
                {t.symbol}
              </option>
            ))}
          </select>
        </label>
        <Select
          label="Sort by"
          value={state.sort}
          options={Object.keys(SORTS)}
          labels={SORTS}
          onChange={(sort) => update({ sort })}
          allowEmpty={false}
        />
      </form>

      {active.error && <ErrorBanner error={active.error} what="the models" />}
      {!active.data && !active.error ? (
        <PageSkeleton />
      ) : rows.length === 0 ? (
        <EmptyState>No model matches these filters.</EmptyState>
      ) : (
        <Table
          caption={`Models sorted by ${SORTS[state.sort]}`}
          header={['#', 'Model', 'Category', 'Tags', 'Status', 'Creator', 'Licences', SORTS[state.sort]]}
          testId="models-table"
        >
          {rows.map(({ model, metric }) => (
            <tr key={model.id} data-model-id={model.id}>
              <Td className="tabular-nums">{model.id}</Td>
              <Td>
                <ModelLink id={model.id} name={model.name} />
                {model.parent && <span className="ml-1 text-xs text-slate-500">(derivative of #{model.parent.id})</span>}
              </Td>
              <Td>
                <ChainText text={model.category} className="max-w-[16ch]" />
              </Td>
              <Td className="text-xs">
                <ChainText text={model.tags.join(', ')} className="max-w-[18ch]" />
              </Td>
              <Td>{model.status}</Td>
              <Td>
                <AddressLink address={model.creator.id} />
              </Td>
              <Td className="tabular-nums">{formatCount(model.licensesSold)}</Td>
              <Td className="tabular-nums">{metric}</Td>
            </tr>
          ))}
        </Table>
      )}
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {state.after && (
          <Link
            to={{
              search: (() => {
                const p = new URLSearchParams(params);
                p.delete('after');
                return p.toString();
              })(),
            }}
            className="underline"
          >
            First page
          </Link>
        )}
        {hasNext && (
          <Link to={{ search: nextParams.toString() }} className="underline" rel="next">
            Next page
          </Link>
        )}
      </nav>
    </div>
  );
}

function Select(props: {
  label: string;
  value: string;
  options: string[];
  labels?: Record<string, string>;
  onChange: (value: string) => void;
  allowEmpty?: boolean;
  disabled?: boolean;
  hint?: string;
}) {
  const { label, value, options, labels, onChange, allowEmpty = true, disabled, hint } = props;
  return (
    <label className="flex flex-col">
      {label}
      <select
        value={value}
        disabled={disabled}
        title={hint}
        onChange={(event) => onChange(event.target.value)}
        className="rounded border border-slate-300 bg-white px-2 py-1 disabled:opacity-50 dark:border-slate-700 dark:bg-slate-800"
      >
        {allowEmpty && <option value="">any</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {labels?.[option as SortKey] ?? option}
          </option>
        ))}
      </select>
    </label>
  );
}
