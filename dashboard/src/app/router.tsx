import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';

import { Layout } from './Layout';
import { NotFound } from './NotFound';

// Each page is its own chunk: the overview does not download the audit's code.
const OverviewPage = lazy(() => import('../pages/overview/OverviewPage'));
const ModelsPage = lazy(() => import('../pages/models/ModelsPage'));
const ModelPage = lazy(() => import('../pages/model/ModelPage'));
const CreatorPage = lazy(() => import('../pages/creator/CreatorPage'));
const PortfolioPage = lazy(() => import('../pages/portfolio/PortfolioPage'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage'));

export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: 'models', element: <ModelsPage /> },
      { path: 'models/:id', element: <ModelPage /> },
      { path: 'creators/:address', element: <CreatorPage /> },
      { path: 'portfolio/:address', element: <PortfolioPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
