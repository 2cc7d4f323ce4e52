import { type ReactNode, startTransition, useEffect, useRef, useState } from 'react';

/**
 * Renders `children` only once its box comes near the screen. A chart costs tens of milliseconds of main thread to lay
 * out (several times that on a phone); those below the fold are drawn when scrolled to, not while the page loads.
 * The box keeps its height meanwhile, so nothing moves when the chart arrives.
 */
export function WhenVisible({ height, children }: { height: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setVisible(true));
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div ref={box} className={`${height} w-full`} data-deferred={visible ? undefined : ''}>
      {visible ? children : null}
    </div>
  );
}
