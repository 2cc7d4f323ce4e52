import { type CsvCell, toCsv } from './csv';

/** Saves the rows as `filename` through the browser's download. */
export function downloadCsv(filename: string, header: string[], rows: CsvCell[][]): void {
  const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}
