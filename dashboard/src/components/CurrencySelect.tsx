import { useSearchParams } from 'react-router';

import { ETH_TOKEN_ID } from '../graphql/ids';

/** The currency in which revenue is charted and ranked lives in the URL (?currency=0x…); ETH by default. */
export function useCurrency(): [string, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const currency = params.get('currency') ?? ETH_TOKEN_ID;
  return [
    currency,
    (id) =>
      setParams(
        (current) => {
          current.set('currency', id);
          return current;
        },
        { replace: true },
      ),
  ];
}

/**
 * Before the currencies are known (`tokens` undefined) it shows disabled, at the same fixed width, so the controls
 * around it do not move when they arrive.
 */
export function CurrencySelect({ tokens }: { tokens: { id: string; symbol: string }[] | undefined }) {
  const [currency, setCurrency] = useCurrency();
  return (
    <label className="flex items-center gap-1 text-xs">
      Currency
      <select
        value={tokens ? currency : ''}
        disabled={!tokens}
        onChange={(event) => setCurrency(event.target.value)}
        className="w-24 rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-700 dark:bg-slate-800"
      >
        {tokens ? (
          tokens.map((token) => (
            <option key={token.id} value={token.id}>
              {token.symbol}
            </option>
          ))
        ) : (
          <option value="">…</option>
        )}
      </select>
    </label>
  );
}
