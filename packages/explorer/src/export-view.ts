import type { GraphView } from './types.js';

/** The view as the API's GraphView JSON: what `subgraph(ids:)` would return for its nodes. */
export function viewAsJson(view: GraphView): Blob {
  return new Blob([`${JSON.stringify({ nodes: view.nodes, edges: view.edges }, null, 2)}\n`], {
    type: 'application/json',
  });
}

const COLUMNS = ['kind', 'id', 'type', 'label', 'source', 'target', 'date', 'origin'] as const;

/**
 * The view as one CSV table for a spreadsheet: a row per node, then a row per relationship with
 * the ids of its two ends. Fields are quoted when they need it (RFC 4180).
 */
export function viewAsCsv(view: GraphView): Blob {
  const date = (properties: Record<string, unknown>) => {
    const value = properties.date;
    return value && typeof value === 'object' && 'text' in value ? String(value.text) : '';
  };
  const rows = [
    ...view.nodes.map((n) => [
      'node',
      n.id,
      n.type,
      n.label,
      '',
      '',
      date(n.properties),
      n.properties.origin,
    ]),
    ...view.edges.map((e) => ['relationship', e.id, e.type, '', e.source, e.target, '', e.properties.origin]),
  ];
  const lines = [COLUMNS, ...rows].map((row) => row.map(field).join(','));
  return new Blob([`${lines.join('\r\n')}\r\n`], { type: 'text/csv' });
}

function field(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Saves the file as the browser saves a download. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has started the download; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
