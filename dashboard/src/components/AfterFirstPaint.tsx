import { type ReactNode, useDeferredValue } from 'react';

/**
 * Renders `children` once the rest of the page is on screen, as a transition: React renders a transition in slices of
 * a few milliseconds, so a long page's lower sections do not hold a phone's main thread in one task when its data
 * arrives. Renders nothing until then (the sections are below the fold).
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : null;
}
