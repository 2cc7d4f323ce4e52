import { useState } from 'react';

/**
 * The last data a query returned, with what it was asked for (`asked`: its range, say). When the variables change,
 * the last data stay on screen, drawn as they were asked for, until the new data arrive, rather than a skeleton that
 * collapses the section under the reader.
 */
export function useLastData<TData, TAsked>(data: TData | undefined, asked: TAsked): { data: TData; asked: TAsked } | undefined {
  const [last, setLast] = useState<{ data: TData; asked: TAsked }>();
  const fresh = data !== undefined && data !== last?.data;
  if (fresh) setLast({ data, asked });
  return fresh ? { data, asked } : last;
}
