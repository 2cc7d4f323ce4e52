import { type ComponentProps, lazy } from 'react';

import { WhenVisible } from './WhenVisible';

// Recharts is the largest dependency: pages paint their figures and tables first; a chart's chunk is fetched, and the
// chart drawn, once the chart is near the screen.
const LazyStackedBarChart = lazy(() => import('./StackedBarChart'));
const LazyLineSeriesChart = lazy(() => import('./LineSeriesChart'));
const LazyShareDonut = lazy(() => import('./ShareDonut'));

export function StackedBarChart(props: ComponentProps<typeof LazyStackedBarChart>) {
  return (
    <WhenVisible height="h-64">
      <LazyStackedBarChart {...props} />
    </WhenVisible>
  );
}

export function LineSeriesChart(props: ComponentProps<typeof LazyLineSeriesChart>) {
  return (
    <WhenVisible height="h-64">
      <LazyLineSeriesChart {...props} />
    </WhenVisible>
  );
}

export function ShareDonut(props: ComponentProps<typeof LazyShareDonut>) {
  return (
    <WhenVisible height="h-56">
      <LazyShareDonut {...props} />
    </WhenVisible>
  );
}
