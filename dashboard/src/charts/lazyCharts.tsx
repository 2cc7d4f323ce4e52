import { type ComponentProps, type ComponentType, lazy } from 'react';

import { WhenVisible } from './WhenVisible';

// Recharts is the largest dependency: pages paint their figures and tables first; a chart's chunk is fetched, and the
// chart drawn, once the chart is near the screen.
function deferred<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, height: string) {
  const Chart = lazy(load);
  return function DeferredChart(props: P) {
    return (
      <WhenVisible height={height}>
        <Chart {...(props as ComponentProps<typeof Chart>)} />
      </WhenVisible>
    );
  };
}

export const StackedAreaChart = deferred(() => import('./StackedAreaChart'), 'h-64');
export const LineSeriesChart = deferred(() => import('./LineSeriesChart'), 'h-64');
export const ShareDonut = deferred(() => import('./ShareDonut'), 'h-56');
