import type { DataState, OperationVariables } from '@apollo/client';
import { type QueryRef, useQueryRefHandlers } from '@apollo/client/react';
import { startTransition, useEffect } from 'react';

/**
 * Polling for a query a route loader preloaded (preloaded queries take no pollInterval). Each refetch is a transition,
 * so the page keeps showing the last figures until the next have arrived, and a failed poll keeps them too.
 */
export function useRefetchEvery<TData, TVariables extends OperationVariables, TStates extends DataState<TData>['dataState']>(
  queryRef: QueryRef<TData, TVariables, TStates>,
  intervalMs: number,
): void {
  const { refetch } = useQueryRefHandlers(queryRef);
  useEffect(() => {
    const timer = setInterval(() => startTransition(() => void refetch()), intervalMs);
    return () => clearInterval(timer);
  }, [refetch, intervalMs]);
}
