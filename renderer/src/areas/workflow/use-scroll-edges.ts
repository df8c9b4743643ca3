import { useEffect, useRef, useState } from 'react';

/**
 * Whether the table has more to show to the left / right of what is in view (antd's edge shadows), from the
 * scroller's size and position as the browser reports them after layout: starts with "more to the right"
 * (a 1260 px table in a laptop window) and corrects itself once the ResizeObserver has seen the real size.
 */
export function useScrollEdges() {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ moreLeft: false, moreRight: true });
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const update = () => {
      const moreLeft = el.scrollLeft > 0;
      const moreRight = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((was) => (was.moreLeft === moreLeft && was.moreRight === moreRight ? was : { moreLeft, moreRight }));
    };
    const observer = new ResizeObserver(update);
    observer.observe(el);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, []);
  return { scrollRef, ...edges };
}
