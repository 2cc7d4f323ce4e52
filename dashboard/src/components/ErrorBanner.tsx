import { SUBGRAPH_URL } from '../graphql/endpoint';

/** Says what failed: the endpoint being unreachable reads differently from a query graph-node rejected. */
export function ErrorBanner({ error, what }: { error: Error; what: string }) {
  const unreachable = /fetch|network|Failed to/i.test(error.message) && !/GraphQL/i.test(error.name);
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 wrap-anywhere bg-red-50 p-4 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">Could not load {what}.</p>
      <p className="mt-1">
        {unreachable
          ? `The subgraph at ${SUBGRAPH_URL} did not answer: start the stack with npm start, or set VITE_SUBGRAPH_URL.`
          : `The subgraph answered with an error: ${error.message}`}
      </p>
    </div>
  );
}
