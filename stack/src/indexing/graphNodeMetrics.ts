/**
 * Reads one sample from graph-node's Prometheus text (its `/metrics` page): the value of the first line of metric
 * `name` whose labels include every one of `labels`, or 0 when there is none (graph-node leaves out a series until it
 * has something to count).
 */
export function metricValue(metrics: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const close = line.lastIndexOf('}');
    const labelText = close > 0 ? line.slice(name.length + 1, close) : '';
    // Label values graph-node writes are deployment hashes, handler and function names: none holds `",`.
    const present = new Set(labelText ? labelText.split(/,(?=[a-zA-Z_]\w*=")/) : []);
    if (wanted.every((pair) => present.has(pair))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}
