import type { ReactNode } from 'react';

import { useOnScreen } from '../hooks/useOnScreen';

/**
 * Renders `children` only once its box is on screen. A chart costs tens of milliseconds of main thread to lay out, and
 * the first one hundreds on a phone, where Recharts' code is still cold: those below the fold are drawn when scrolled
 * to, not while the page loads, and not in advance either, which would hold a phone's main thread while the page is
 * still loading. The box keeps its height meanwhile, so nothing moves when the chart arrives.
 */
export function WhenVisible({ height, children }: { height: string; children: ReactNode }) {
  const [box, visible] = useOnScreen<HTMLDivElement>();
  return (
    <div ref={box} className={`${height} w-full`} data-deferred={visible ? undefined : ''}>
      {visible ? children : null}
    </div>
  );
}
