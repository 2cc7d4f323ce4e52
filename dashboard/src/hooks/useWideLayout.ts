import { useSyncExternalStore } from 'react';

/** Tailwind's `lg` breakpoint: from it up pages lay out in columns, below it in one column, as on a phone. */
const WIDE = '(min-width: 1024px)';

function subscribe(onChange: () => void) {
  const query = matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether pages lay out in columns (a desktop or a tablet held sideways) rather than in one; follows resizes. */
export function useWideLayout(): boolean {
  return useSyncExternalStore(subscribe, () => matchMedia(WIDE).matches);
}
