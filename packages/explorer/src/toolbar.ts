import { PER_NODE } from './queries.js';
import { HUB_DEGREE } from './style.js';
import type { GraphNode } from './types.js';

export interface ToolbarButtons {
  expand: HTMLButtonElement;
  collapse: HTMLButtonElement;
  lineage: HTMLButtonElement;
  path: HTMLButtonElement;
}

/** The actions on the selected node: enabled when they apply, labelled with what they will do. */
export class Toolbar {
  constructor(private readonly buttons: ToolbarButtons) {}

  update(node: GraphNode | undefined, state: { canCollapse: boolean; pathFrom?: GraphNode }): void {
    const { expand, collapse, lineage, path } = this.buttons;
    expand.disabled = !node;
    collapse.disabled = !node || !state.canCollapse;
    lineage.disabled = !node || !(node.type === 'Commitment' || node.type === 'Instrument');
    path.disabled = !node;
    const hub = node && node.degree > HUB_DEGREE;
    label(expand, hub ? `Expand (hub: ${node.degree} relationships, ${PER_NODE} at a time)` : 'Expand');
    expand.classList.toggle('warning', Boolean(hub));
    label(
      path,
      state.pathFrom && state.pathFrom.id !== node?.id
        ? `Path from ${state.pathFrom.label} to here`
        : 'Path from here',
    );
  }
}

/** Sets the words of a button and keeps its key hint. */
function label(button: HTMLButtonElement, text: string): void {
  const words = button.querySelector('.words');
  if (words) words.textContent = text;
}
