import { describe, expect, it } from 'vitest';

import { modelsWhere, readModelQueryState, revenueWhere, weeklyGrowth } from './modelFilters';

const ETH = '0x0000000000000000000000000000000000000000';

describe('models list state', () => {
  it('reads search, filters, sort and cursor from the URL', () => {
    const state = readModelQueryState(new URLSearchParams('q=Llama&tier=Metered&sort=usage&after=120:7'), ETH);
    expect(state).toMatchObject({
      search: 'Llama',
      tier: 'Metered',
      sort: 'usage',
      currency: '',
      revenueCurrency: ETH,
      after: { value: '120', id: '7' },
    });
    expect(readModelQueryState(new URLSearchParams('sort=bogus'), ETH).sort).toBe('revenue');
  });

  it('builds a keyset filter on (value, id) descending', () => {
    const state = readModelQueryState(new URLSearchParams(`q= Vision &status=Active&after=5:12&currency=${ETH}`), ETH);
    expect(modelsWhere(state, 'licensesSold')).toEqual({
      and: [
        { searchText_contains: 'vision', status: 'Active' },
        { offers_: { currency: ETH } },
        { or: [{ licensesSold_lt: 5 }, { licensesSold: 5, id_lt: '12' }] },
      ],
    });
    expect(revenueWhere({ ...state, after: null })).toEqual({
      and: [{ token: ETH, model_: { searchText_contains: 'vision', status: 'Active' } }],
    });
  });

  it('leaves out empty filters, which graph-node rejects', () => {
    expect(modelsWhere(readModelQueryState(new URLSearchParams('q=llama'), ETH), 'licensesSold')).toEqual({
      and: [{ searchText_contains: 'llama' }],
    });
  });

  it('computes 7-day growth from day rows', () => {
    const today = 100;
    expect(
      weeklyGrowth(
        [
          { day: 100, dailyGross: '30' },
          { day: 92, dailyGross: '20' },
          { day: 80, dailyGross: '999' },
        ],
        today,
      ),
    ).toEqual({ last: 30n, previous: 20n, growth: 0.5 });
    expect(weeklyGrowth([{ day: 99, dailyGross: '1' }], today).growth).toBeNull();
  });
});
