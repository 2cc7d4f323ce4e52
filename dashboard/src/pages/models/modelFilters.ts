/**
 * The models list's state lives in the URL: search, filters, sort and the keyset cursor. This module turns it into
 * graph-node filters. Pages are keyset-paginated on (sort value, id), descending, as graph-node breaks ties on id in
 * the same direction: `after` holds the last row's value and id.
 */
import type { Model_Filter, Model_OrderBy, ModelRevenue_Filter } from '../../graphql/generated/types';

export const SORTS = {
  revenue: 'Revenue',
  licences: 'Licences sold',
  usage: 'Usage units',
  growth: '7-day growth',
  curation: 'Curation signal',
  newest: 'Newest',
} as const;
export type SortKey = keyof typeof SORTS;

export const SORT_FIELDS: Record<Exclude<SortKey, 'revenue' | 'growth'>, Model_OrderBy> = {
  licences: 'licensesSold',
  usage: 'usageUnits',
  curation: 'curationSignal',
  newest: 'registeredAt',
};

const INT_FIELDS = new Set<Model_OrderBy>(['licensesSold', 'activeLicenses', 'paymentCount']);

export interface ModelQueryState {
  search: string;
  category: string;
  tier: string;
  status: string;
  /** Models with an offer in this currency; '' for any. */
  currency: string;
  /** The currency revenue is ranked and shown in: the chosen one, else the default. */
  revenueCurrency: string;
  sort: SortKey;
  after: { value: string; id: string } | null;
}

export function readModelQueryState(params: URLSearchParams, defaultCurrency: string): ModelQueryState {
  const sort = params.get('sort');
  const after = params.get('after');
  const separator = after?.lastIndexOf(':') ?? -1;
  return {
    search: params.get('q') ?? '',
    category: params.get('category') ?? '',
    tier: params.get('tier') ?? '',
    status: params.get('status') ?? '',
    currency: params.get('currency') ?? '',
    revenueCurrency: params.get('currency') || defaultCurrency,
    sort: sort && sort in SORTS ? (sort as SortKey) : 'revenue',
    after: after && separator > 0 ? { value: after.slice(0, separator), id: after.slice(separator + 1) } : null,
  };
}

/** Filters on the model itself (what a nested `model_` filter can hold: graph-node nests child filters one level only). */
export function modelFilter(state: ModelQueryState): Model_Filter {
  const filter: Model_Filter = {};
  const search = state.search.trim().toLowerCase();
  if (search) filter.searchText_contains = search;
  if (state.category) filter.category = state.category;
  if (state.status) filter.status = state.status as Model_Filter['status'];
  return filter;
}

/** Filters by the model's offers: tier and currency of sale. */
export function offerFilter(state: ModelQueryState): Model_Filter {
  const offers: NonNullable<Model_Filter['offers_']> = {};
  if (state.tier) offers.tier = state.tier as NonNullable<Model_Filter['offers_']>['tier'];
  if (state.currency) offers.currency = state.currency;
  return Object.keys(offers).length ? { offers_: offers } : {};
}

export function modelsWhere(state: ModelQueryState, field: Model_OrderBy): Model_Filter {
  const and: Model_Filter[] = [modelFilter(state), offerFilter(state)];
  if (state.after) {
    // GraphQL Int fields take numbers; BigInt fields take strings.
    const value = INT_FIELDS.has(field) ? Number(state.after.value) : state.after.value;
    and.push({ or: [{ [`${field}_lt`]: value }, { [field]: value, id_lt: state.after.id }] });
  }
  // graph-node rejects an empty object inside `and`.
  return { and: and.filter((filter) => Object.keys(filter).length > 0) };
}

export function revenueWhere(state: ModelQueryState): ModelRevenue_Filter {
  const and: ModelRevenue_Filter[] = [{ token: state.revenueCurrency, model_: modelFilter(state) }];
  if (state.after) {
    and.push({ or: [{ cumulativeGross_lt: state.after.value }, { cumulativeGross: state.after.value, id_lt: state.after.id }] });
  }
  return { and };
}

/** 7-day growth of gross revenue: last 7 days against the 7 before; null when the earlier week had none. */
export function weeklyGrowth(
  days: { day: number; dailyGross: string }[],
  today: number,
): { last: bigint; previous: bigint; growth: number | null } {
  let last = 0n;
  let previous = 0n;
  for (const { day, dailyGross } of days) {
    if (day > today - 7) last += BigInt(dailyGross);
    else if (day > today - 14) previous += BigInt(dailyGross);
  }
  return { last, previous, growth: previous === 0n ? null : Number(((last - previous) * 10_000n) / previous) / 10_000 };
}
