/** The chart colours themed in styles.css (--color-chart-1 … 8), in the order series take them. */
export const PALETTE = Array.from({ length: 8 }, (_, i) => `var(--color-chart-${i + 1})`);
