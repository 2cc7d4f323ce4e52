import { type RefObject, startTransition, useEffect, useRef, useState } from 'react';

/**
 * Whether the element in the returned ref has come on screen; once it has, it stays true. The change is a
 * transition: what it reveals renders in slices rather than in one task.
 */
export function useOnScreen<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [onScreen, setOnScreen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (onScreen || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setOnScreen(true));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onScreen]);
  return [ref, onScreen];
}
