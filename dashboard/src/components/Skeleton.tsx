export function BlockSkeleton({ height = 'h-40', label = 'Loading' }: { height?: string; label?: string }) {
  return (
    <div role="progressbar" aria-label={label} className={`${height} w-full animate-pulse rounded-lg bg-slate-200 dark:bg-slate-800`} />
  );
}

/** A page's figures and first section while its data loads, under a title that is already shown. */
export function SectionsSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true">
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <BlockSkeleton key={i} height="h-20" />
        ))}
      </div>
      <BlockSkeleton height="h-64" />
    </div>
  );
}

export function PageSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true">
      <BlockSkeleton height="h-8" label="Loading page" />
      <SectionsSkeleton />
    </div>
  );
}
