import type { ApolloClient } from '@apollo/client';
import { createQueryPreloader } from '@apollo/client/react';
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';

import { modelPageLoader, modelPageShouldRevalidate } from '../pages/model/modelPageLoader';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

/**
 * A page in a chunk of its own (the overview does not download the audit's code), which the router fetches before it
 * renders the page. Behind React.lazy instead, a page first rendered its loading fallback, and React holds a fallback
 * on screen for at least 300 ms: the page's query was sent that much later.
 */
function page(load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> {
  return { lazy: async () => ({ Component: (await load()).default }) };
}

/** The app's routes. A route's loader is set here, outside its lazy chunk, so the router runs it while the chunk downloads. */
export function createRouter(client: ApolloClient) {
  const preloadQuery = createQueryPreloader(client);
  return createBrowserRouter([
    {
      element: <Layout />,
      // What shows while the first page's chunk (and its loader's data) arrives: the frame, and a skeleton for the page.
      hydrateFallbackElement: <Layout loading />,
      children: [
        { index: true, ...page(() => import('../pages/overview/OverviewPage')) },
        { path: 'models', ...page(() => import('../pages/models/ModelsPage')) },
        {
          path: 'models/:id',
          loader: modelPageLoader(preloadQuery),
          shouldRevalidate: modelPageShouldRevalidate,
          ...page(() => import('../pages/model/ModelPage')),
        },
        { path: 'creators/:address', ...page(() => import('../pages/creator/CreatorPage')) },
        { path: 'portfolio/:address', ...page(() => import('../pages/portfolio/PortfolioPage')) },
        { path: 'audit', ...page(() => import('../pages/audit/AuditPage')) },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
