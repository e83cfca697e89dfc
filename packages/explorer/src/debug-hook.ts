import type { Explorer } from './explorer.js';
import type { DrawnEdge, DrawnNode, GraphCanvas } from './graph.js';
import type { GraphView } from './types.js';

/**
 * `window.explorer`, for tests and the render benchmark: `load(view)` shows a whole GraphView (as
 * the API returns it) in place of the current view; `drawnNodes()` and `drawnEdges()` tell where each node and relationship is drawn.
 */
export interface ExplorerHook {
  load(view: GraphView): Promise<void>;
  drawnNodes(): DrawnNode[];
  drawnEdges(): DrawnEdge[];
}

declare global {
  interface Window {
    explorer?: ExplorerHook;
  }
}

export function exposeHook(explorer: Explorer, graph: GraphCanvas): void {
  window.explorer = {
    load: (view) => explorer.load(view),
    drawnNodes: () => graph.drawnNodes(),
    drawnEdges: () => graph.drawnEdges(),
  };
}
