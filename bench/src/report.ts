/** The benchmark's results as one Markdown document: a section per measure, each a table. */
type Row = object;
type Cell = string | number | boolean | null | undefined;

export function table(rows: Row[]): string {
  if (rows.length === 0) return '_no rows_\n';
  const header = Object.keys(rows[0]!);
  const line = (cells: Cell[]) => `| ${cells.map((c) => (c === null || c === undefined ? '—' : String(c))).join(' | ')} |`;
  const body = rows.map((row) => line(header.map((h) => (row as Record<string, Cell>)[h])));
  return `${[line(header), line(header.map(() => '---')), ...body].join('\n')}\n`;
}

export function markdown(title: string, context: string[], sections: { title: string; note?: string; rows: Row[] }[]): string {
  const parts = [`# ${title}\n`, ...context.map((c) => `- ${c}`), ''];
  for (const section of sections) {
    parts.push(`## ${section.title}\n`);
    if (section.note) parts.push(`${section.note}\n`);
    parts.push(table(section.rows));
  }
  return parts.join('\n');
}
