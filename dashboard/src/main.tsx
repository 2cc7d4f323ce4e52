import './styles.css';

import { ApolloProvider } from '@apollo/client/react';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';

import { createApolloClient } from './app/apolloClient';
import { createRouter } from './app/router';
import { applyStoredTheme } from './app/theme';

applyStoredTheme();

const client = createApolloClient();
// Created before React renders: the router starts the first page's chunk and loader at once.
const router = createRouter(client);
const root = createRoot(document.getElementById('root')!);
// As a transition, the first render is done in slices of a few milliseconds instead of one task a phone feels.
startTransition(() =>
  root.render(
    <StrictMode>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </StrictMode>,
  ),
);
