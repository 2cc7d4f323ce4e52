import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';

import { isAddress } from '../format/address';

/** Any address: open its creator page (royalty income) or its portfolio (vault holdings). */
export function AddressSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const go = (page: 'creators' | 'portfolio') => (event?: FormEvent) => {
    event?.preventDefault();
    if (!isAddress(text)) {
      setError('Enter a 0x address of 40 hex digits');
      return;
    }
    setError(null);
    navigate(`/${page}/${text.trim().toLowerCase()}`);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is not yet announced by every screen reader; the role is.
    <form role="search" aria-label="Address" onSubmit={go('creators')} className="flex items-center gap-2 text-sm">
      <label htmlFor="address-search" className="sr-only">
        Address
      </label>
      <input
        id="address-search"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="0x… address"
        aria-invalid={error !== null}
        aria-describedby={error ? 'address-search-error' : undefined}
        className="w-44 rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-800 sm:w-72"
      />
      <button type="submit" className="rounded bg-indigo-700 px-2 py-1 text-white hover:bg-indigo-800">
        Creator
      </button>
      <button
        type="button"
        onClick={go('portfolio')}
        className="rounded border border-indigo-700 px-2 py-1 text-indigo-800 dark:border-indigo-300 dark:text-indigo-200"
      >
        Portfolio
      </button>
      {error && (
        <span id="address-search-error" role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </form>
  );
}
