import { type RefObject, startTransition, useEffect, useRef, useState } from 'react';

/**
 * Whether the element in the returned ref has come within `margin` of the viewport (an IntersectionObserver
 * rootMargin, such as '50% 0px'); once it has, it stays true. The change is a transition: what it reveals renders in
 * slices rather than in one task.
 */
export function useNearViewport<T extends Element>(margin = '0px'): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true));
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, margin]);
  return [ref, near];
}
