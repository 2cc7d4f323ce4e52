import type { PreloadQueryFunction } from '@apollo/client/react';
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from 'react-router';

import { ModelPageDocument } from './model.generated';

/**
 * Sends the model page's first query while the router downloads the page's code, rather than once that code has run,
 * and resolves when the figures have arrived: the page renders once, with them.
 *
 * Not normalised into Apollo's cache: no other query reads these entities. Errors come back as the result's `error`
 * (errorPolicy all), for the page's banner to say what failed.
 */
export function modelPageLoader(preloadQuery: PreloadQueryFunction) {
  return async ({ params }: LoaderFunctionArgs) => {
    const id = params.id ?? '';
    const queryRef = preloadQuery(ModelPageDocument, { variables: { id }, fetchPolicy: 'no-cache', errorPolicy: 'all' });
    return { id, queryRef: await preloadQuery.toPromise(queryRef) };
  };
}

export type ModelPageLoader = ReturnType<typeof modelPageLoader>;

/** The first query depends on the model only: a new range (a search parameter) does not ask for it again. */
export function modelPageShouldRevalidate({ currentParams, nextParams }: ShouldRevalidateFunctionArgs): boolean {
  return currentParams.id !== nextParams.id;
}
