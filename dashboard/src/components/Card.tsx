export function Card({ title, children, actions }: { title: string; children: React.ReactNode; actions?: React.ReactNode }) {
  const id = `card-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        {/* Titles can name a token by its on-chain symbol: they wrap anywhere rather than widen the card. */}
        <h2 id={id} className="min-w-0 text-base font-semibold wrap-anywhere">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** `change` null: a change is coming, and its line is kept so that the card does not grow when it arrives. */
export function Kpi({ label, value, change, testId }: { label: string; value: React.ReactNode; change?: string | null; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900" data-testid={testId}>
      {/* A label can carry a token's symbol: one line, in full in its title. */}
      <dt className="truncate text-xs text-muted" title={label}>
        {label}
      </dt>
      <dd className="mt-1 truncate text-lg font-semibold tabular-nums">{value}</dd>
      {change !== undefined && <dd className="text-xs text-muted">{change === null ? '\u00a0' : `${change} vs 7 days ago`}</dd>}
    </div>
  );
}
