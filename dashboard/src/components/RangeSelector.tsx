import { useSearchParams } from 'react-router';

import { RANGES, type RangeKey, rangeFromParam } from '../charts/daySeries';
import { ToggleGroup } from './ToggleGroup';

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
  return <ToggleGroup label="Time range" options={Object.keys(RANGES) as RangeKey[]} value={range} onChange={setRange} />;
}
