/** What a link to the explorer reopens: the nodes in view, the selection, the view settings and any highlight. */
export interface ViewState {
  nodes: string[];
  selected?: string;
  from?: string;
  to?: string;
  /** The commitment or instrument whose lineage is highlighted. */
  lineage?: string;
  /** The two ends of the highlighted shortest path. */
  path?: [string, string];
  /** Machine-read nodes and relationships are hidden. */
  curatedOnly?: boolean;
  /** The nodes expanded, which Collapse can fold again. */
  expanded?: string[];
  /** Node types the legend hides. */
  hiddenTypes?: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.nodes.length) params.set('nodes', state.nodes.join(','));
  if (state.selected) params.set('selected', state.selected);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.lineage) params.set('lineage', state.lineage);
  if (state.path) params.set('path', state.path.join(','));
  if (state.curatedOnly) params.set('curated', 'only');
  if (state.expanded?.length) params.set('expanded', state.expanded.join(','));
  if (state.hiddenTypes?.length) params.set('hide', state.hiddenTypes.join(','));
  return params.toString();
}

/** Reads a query string; anything malformed is dropped rather than trusted. */
export function decodeState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : undefined;
  };
  const path = list('path');
  return {
    nodes: [...new Set(list('nodes'))],
    selected: params.get('selected') || undefined,
    from: day('from'),
    to: day('to'),
    lineage: params.get('lineage') || undefined,
    path: path.length === 2 ? [path[0] as string, path[1] as string] : undefined,
    curatedOnly: params.get('curated') === 'only' || undefined,
    expanded: orNothing(list('expanded')),
    hiddenTypes: orNothing(list('hide')),
  };
}

function orNothing(items: string[]): string[] | undefined {
  return items.length ? items : undefined;
}
