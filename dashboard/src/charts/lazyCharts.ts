import { lazy } from 'react';

// Recharts is the largest dependency: pages paint their figures and tables first, charts arrive in their own chunk.
export const StackedBarChart = lazy(() => import('./StackedBarChart'));
export const LineSeriesChart = lazy(() => import('./LineSeriesChart'));
export const ShareDonut = lazy(() => import('./ShareDonut'));
