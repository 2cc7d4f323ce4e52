import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';

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

export const router = createBrowserRouter([
  {
    element: <Layout />,
    // What shows while the first page's chunk arrives: the frame, and a skeleton where the page will be.
    hydrateFallbackElement: <Layout loading />,
    children: [
      { index: true, ...page(() => import('../pages/overview/OverviewPage')) },
      { path: 'models', ...page(() => import('../pages/models/ModelsPage')) },
      { path: 'models/:id', ...page(() => import('../pages/model/ModelPage')) },
      { path: 'creators/:address', ...page(() => import('../pages/creator/CreatorPage')) },
      { path: 'portfolio/:address', ...page(() => import('../pages/portfolio/PortfolioPage')) },
      { path: 'audit', ...page(() => import('../pages/audit/AuditPage')) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
