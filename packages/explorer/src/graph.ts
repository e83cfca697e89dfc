import cytoscape, {
  type Core,
  type ElementDefinition,
  type LayoutOptions,
  type NodeSingular,
} from 'cytoscape';
import { formatWord } from './format.js';
import { isMachineRead } from './provenance.js';
import { graphStyle, HIDDEN, type HideReason } from './style.js';
import type { GraphEdge, GraphNode, GraphView } from './types.js';

/** Up to this many nodes the view is laid out by force; above, in rings by degree, which stays fast. */
const FORCE_LAYOUT_MAX = 400;

/** Above this many nodes the view is drawn in the lighter style (see graphStyle). */
const LARGE_VIEW = 1_500;

export interface GraphEvents {
  /** A node or relationship was clicked or tapped. */
  tap(id: string): void;
  /** A node was double-clicked. */
  doubleTap(id: string): void;
}

/** A node as drawn: where on the page, whether it can be seen, its classes (selected, highlighted…) and border. */
export interface DrawnNode {
  id: string;
  label: string;
  type: string;
  x: number;
  y: number;
  visible: boolean;
  classes: string[];
  /** How its border is drawn (solid, dashed, double): machine-read nodes are dashed. */
  borderStyle: string;
}

/** A relationship as drawn: the middle of its line, and the caption shown on it. */
export interface DrawnEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  x: number;
  y: number;
  caption: string;
  visible: boolean;
}

/**
 * Where a node or relationship comes from, as a top-level data field: style selectors match data
 * fields, not fields nested in `properties`.
 */
function originOf(element: GraphNode | GraphEdge): 'machine' | 'curated' {
  return isMachineRead(element.properties) ? 'machine' : 'curated';
}

/** The drawing of the view: a Cytoscape instance holding GraphView nodes and edges. */
export class GraphCanvas {
  private cy: Core;
  private large = false;
  private events: GraphEvents | undefined;

  constructor(readonly container: HTMLElement) {
    this.cy = this.create(false);
  }

  listen(events: GraphEvents): void {
    this.events = events;
    this.bind();
  }

  /** Adds what the view holds that is not drawn yet; new nodes start next to `near`. Returns their ids. */
  add(view: GraphView, near?: string): string[] {
    const origin = near && this.has(near) ? this.cy.getElementById(near).position() : this.centre();
    const fresh = new Set<string>();
    const elements: ElementDefinition[] = [];
    for (const node of view.nodes) {
      if (this.has(node.id) || fresh.has(node.id)) continue;
      const angle = Math.random() * 2 * Math.PI;
      const position = { x: origin.x + 60 * Math.cos(angle), y: origin.y + 60 * Math.sin(angle) };
      elements.push({ group: 'nodes', data: { ...node, origin: originOf(node) }, position });
      fresh.add(node.id);
    }
    const present = (id: string) => fresh.has(id) || this.has(id);
    for (const edge of view.edges) {
      if (this.has(edge.id) || !present(edge.source) || !present(edge.target)) continue;
      elements.push({
        group: 'edges',
        data: { ...edge, origin: originOf(edge), caption: formatWord(edge.type) },
      });
    }
    this.restyle(this.cy.nodes().length + fresh.size);
    // One call: Cytoscape styles and indexes the whole lot at once.
    this.cy.add(elements);
    return [...fresh];
  }

  /**
   * Takes the view as the API gives it now: the data of the nodes and relationships in it is
   * replaced, relationships it no longer has between them leave, and new ones come in.
   */
  refresh(view: GraphView, near?: string): string[] {
    const edges = new Set(view.edges.map((e) => e.id));
    this.cy.batch(() => {
      for (const node of view.nodes) {
        if (this.has(node.id)) this.cy.getElementById(node.id).data({ ...node, origin: originOf(node) });
      }
      for (const edge of view.edges) {
        if (this.has(edge.id)) this.cy.getElementById(edge.id).data({ ...edge, origin: originOf(edge) });
      }
      this.cy
        .edges()
        .filter((e) => !edges.has(e.id()))
        .remove();
    });
    return this.add(view, near);
  }

  remove(ids: Iterable<string>): void {
    this.cy.batch(() => {
      for (const id of ids) this.cy.getElementById(id).remove();
    });
    this.restyle(this.cy.nodes().length);
  }

  clear(): void {
    this.cy.elements().remove();
    this.restyle(0);
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  nodeIds(): string[] {
    return this.cy.nodes().map((n) => n.id());
  }

  edgeCount(): number {
    return this.cy.edges().length;
  }

  /** Nodes in the view that a date range or Curated only hides. */
  hiddenNodeCount(): number {
    return this.cy.nodes(HIDDEN).length;
  }

  node(id: string): GraphNode | undefined {
    const element = this.cy.getElementById(id);
    return element.nonempty() && element.isNode() ? (element.data() as GraphNode) : undefined;
  }

  edge(id: string): GraphEdge | undefined {
    const element = this.cy.getElementById(id);
    return element.nonempty() && element.isEdge() ? (element.data() as GraphEdge) : undefined;
  }

  /** How many of the node's relationships the view draws. */
  edgeCountOf(id: string): number {
    return this.cy.getElementById(id).connectedEdges().length;
  }

  /** The node's neighbours in the view. */
  neighboursOf(id: string): string[] {
    return this.cy
      .getElementById(id)
      .neighborhood('node')
      .map((n) => n.id());
  }

  /** Neighbours of the node that are linked to nothing else in the view. */
  leavesOf(id: string): string[] {
    const node = this.cy.getElementById(id);
    return node
      .neighborhood('node')
      .filter((n) => n.neighborhood('node').every((m) => m.same(node)))
      .map((n) => n.id());
  }

  /** Gives the class to exactly these elements. */
  mark(className: string, ids: Iterable<string>): void {
    this.cy.batch(() => {
      this.cy.elements(`.${className}`).removeClass(className);
      for (const id of ids) this.cy.getElementById(id).addClass(className);
    });
  }

  toggleClass(id: string, className: string, on: boolean): void {
    this.cy.getElementById(id).toggleClass(className, on);
  }

  /** Ids of the edges that join consecutive nodes of the paths, whichever way they point. */
  edgesAlong(paths: string[][]): string[] {
    const ids: string[] = [];
    for (const path of paths) {
      for (let i = 1; i < path.length; i++) {
        const a = this.cy.getElementById(path[i - 1] ?? '');
        const b = this.cy.getElementById(path[i] ?? '');
        ids.push(...a.edgesWith(b).map((e) => e.id()));
      }
    }
    return ids;
  }

  /** Fades everything but these elements; with none, fades nothing. */
  focusOn(ids: Set<string> | undefined): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('faded');
      if (ids)
        this.cy
          .elements()
          .filter((e) => !ids.has(e.id()))
          .addClass('faded');
    });
  }

  /**
   * Hides, for this reason, the nodes the predicate rejects (and their edges) and shows again
   * those it keeps; with `edges`, it judges relationships too. Reasons hide independently: an
   * element shows when no reason hides it. Returns how many nodes and relationships it rejects.
   */
  hideUnless(
    reason: HideReason,
    keep: (element: GraphNode | GraphEdge) => boolean,
    edges = false,
  ): { nodes: number; edges: number } {
    const hidden = { nodes: 0, edges: 0 };
    this.cy.batch(() => {
      for (const node of this.cy.nodes()) {
        const shown = keep(node.data() as GraphNode);
        node.toggleClass(reason, !shown);
        if (!shown) hidden.nodes++;
      }
      if (!edges) return;
      for (const edge of this.cy.edges()) {
        const shown = keep(edge.data() as GraphEdge);
        edge.toggleClass(reason, !shown);
        if (!shown) hidden.edges++;
      }
    });
    return hidden;
  }

  async layout(): Promise<void> {
    const count = this.cy.nodes().length;
    const options: LayoutOptions =
      count <= FORCE_LAYOUT_MAX
        ? {
            name: 'cose',
            animate: false,
            randomize: false,
            fit: true,
            padding: 40,
            nodeDimensionsIncludeLabels: true,
          }
        : {
            name: 'concentric',
            animate: false,
            fit: true,
            padding: 20,
            minNodeSpacing: 4,
            concentric: (node: NodeSingular) => node.degree(false),
            levelWidth: () => 2,
          };
    const layout = this.cy.layout(options);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
  }

  zoomBy(factor: number): void {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  panBy(x: number, y: number): void {
    this.cy.panBy({ x, y });
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }

  /**
   * Pans, and zooms out if it must, so that all these nodes are in sight; it never zooms in, so a
   * highlight of two nodes does not fill the screen.
   */
  reveal(ids: Iterable<string>): void {
    const nodes = this.cy.collection();
    for (const id of ids) nodes.merge(this.cy.getElementById(id).filter((e) => e.isNode()));
    if (nodes.empty()) return;
    // The canvas may have changed size since the last frame (the status line wrapped): read it now.
    this.cy.resize();
    const box = nodes.boundingBox({});
    const view = this.cy.extent();
    if (box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2) return;
    const zoom = this.cy.zoom();
    this.cy.fit(nodes, 40);
    if (this.cy.zoom() > zoom) {
      this.cy.zoom(zoom);
      this.cy.center(nodes);
    }
  }

  center(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.nonempty()) this.cy.center(node);
  }

  /** What the view holds, as the API gave it: for export. */
  contents(): GraphView {
    const strip = <T extends object>(data: T & { origin?: unknown; caption?: unknown }) => {
      const { origin: _origin, caption: _caption, ...rest } = data;
      return rest;
    };
    return {
      nodes: this.cy.nodes().map((n) => strip(n.data() as GraphNode)),
      edges: this.cy.edges().map((e) => strip(e.data() as GraphEdge)),
      truncated: false,
    };
  }

  /** The view as a PNG picture, the whole of it, on white. */
  png(): Blob {
    return this.cy.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 });
  }

  /** Where each relationship is drawn, in page coordinates: its middle, which a pointer would click. */
  drawnEdges(): DrawnEdge[] {
    const box = this.container.getBoundingClientRect();
    return this.cy.edges().map((e) => {
      const { x, y } = e.renderedMidpoint();
      return {
        id: e.id(),
        type: String(e.data('type')),
        source: e.source().id(),
        target: e.target().id(),
        x: box.left + x,
        y: box.top + y,
        caption: String(e.style('label')),
        visible: e.visible(),
      };
    });
  }

  /** Where each node is drawn, in page coordinates: what a pointer would click. */
  drawnNodes(): DrawnNode[] {
    const box = this.container.getBoundingClientRect();
    return this.cy.nodes().map((n) => {
      const { x, y } = n.renderedPosition();
      const inside = x >= 0 && y >= 0 && x <= box.width && y <= box.height;
      return {
        id: n.id(),
        label: String(n.data('label')),
        type: String(n.data('type')),
        x: box.left + x,
        y: box.top + y,
        visible: inside && n.visible(),
        classes: n.classes(),
        borderStyle: String(n.style('border-style')),
      };
    });
  }

  private create(large: boolean): Core {
    return cytoscape({
      container: this.container,
      style: graphStyle(large),
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.02,
      maxZoom: 4,
      // While a large view is panned or zoomed it moves as a picture, without its relationships:
      // drawing thousands of them every frame would stall the page.
      textureOnViewport: large,
      hideEdgesOnViewport: large,
    });
  }

  private bind(): void {
    const events = this.events;
    if (!events) return;
    this.cy.on('tap', 'node, edge', (event) => events.tap(event.target.id()));
    this.cy.on('dbltap', 'node', (event) => events.doubleTap(event.target.id()));
  }

  /**
   * Draws the view in the lighter mode above LARGE_VIEW nodes and the full one below. Renderer
   * options are fixed when Cytoscape starts, so switching starts a new instance with the same elements.
   */
  private restyle(nodes: number): void {
    const large = nodes > LARGE_VIEW;
    if (large === this.large) return;
    this.large = large;
    const elements = this.cy.elements().jsons();
    const viewport = { zoom: this.cy.zoom(), pan: this.cy.pan() };
    this.cy.destroy();
    this.cy = this.create(large);
    this.cy.add(elements as ElementDefinition[]);
    this.cy.viewport(viewport);
    this.bind();
  }

  private centre(): { x: number; y: number } {
    const extent = this.cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }
}
