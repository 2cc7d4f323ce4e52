import { type ComponentProps, type ComponentType, lazy, Suspense } from 'react';

import { BlockSkeleton } from '../components/Skeleton';
import { WhenVisible } from './WhenVisible';

// Recharts is the largest dependency: pages paint their figures and tables first; a chart's chunk is fetched, and the
// chart drawn, once the chart is on screen, with a skeleton of its height while its chunk arrives.
function deferred<P extends object>(load: () => Promise<{ default: ComponentType<P> }>, height: string) {
  const Chart = lazy(load);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per chart when this module loads, never while rendering.
  return function DeferredChart(props: P) {
    return (
      <WhenVisible height={height}>
        <Suspense fallback={<BlockSkeleton height={height} label="Loading chart" />}>
          <Chart {...(props as ComponentProps<typeof Chart>)} />
        </Suspense>
      </WhenVisible>
    );
  };
}

export const StackedAreaChart = deferred(() => import('./StackedAreaChart'), 'h-64');
export const LineSeriesChart = deferred(() => import('./LineSeriesChart'), 'h-64');
export const ShareDonut = deferred(() => import('./ShareDonut'), 'h-56');
