import { useSearchParams } from 'react-router';

import { RANGES, type RangeKey, rangeFromParam } from '../charts/daySeries';

/** The time range lives in the URL (?range=30d), so a shared link shows the same window. */
export function useRange(): [RangeKey, (range: RangeKey) => void] {
  const [params, setParams] = useSearchParams();
  const range = rangeFromParam(params.get('range'));
  return [
    range,
    (next) =>
      setParams(
        (current) => {
          current.set('range', next);
          return current;
        },
        { replace: true },
      ),
  ];
}

export function RangeSelector() {
  const [range, setRange] = useRange();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not a form's fieldset (whose legend and border it would need).
    <div role="group" aria-label="Time range" className="flex gap-1 text-xs">
      {(Object.keys(RANGES) as RangeKey[]).map((key) => (
        <button
          key={key}
          type="button"
          aria-pressed={key === range}
          onClick={() => setRange(key)}
          className={`rounded px-2 py-0.5 ${key === range ? 'bg-indigo-700 text-white' : 'border border-slate-300 dark:border-slate-700'}`}
        >
          {key}
        </button>
      ))}
    </div>
  );
}
