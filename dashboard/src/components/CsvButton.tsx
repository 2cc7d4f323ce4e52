import type { CsvCell } from '../export/csv';
import { downloadCsv } from '../export/downloadCsv';

export function CsvButton({ filename, header, rows }: { filename: string; header: string[]; rows: CsvCell[][] }) {
  return (
    <button
      type="button"
      onClick={() => downloadCsv(filename, header, rows)}
      disabled={rows.length === 0}
      className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
    >
      Export CSV ({rows.length} rows)
    </button>
  );
}
