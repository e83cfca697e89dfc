import { type DateRange, overlaps } from './date-range.js';
import { edgePanel } from './edge-panel.js';
import { expandByType } from './expand-by-type.js';
import { counted, dateOf, formatWord } from './format.js';
import type { GraphCanvas } from './graph.js';
import { lineagePanel, pathPanel } from './highlight-panel.js';
import { nodePanel } from './node-panel.js';
import { isMachineRead } from './provenance.js';
import {
  articleFacts,
  details,
  lineage,
  neighbourCounts,
  neighbourhood,
  PER_NODE,
  passages,
  shortestPath,
  subgraph,
} from './queries.js';
import type { Status } from './status.js';
import type { TimelineStrip } from './timeline-strip.js';
import type { Toolbar } from './toolbar.js';
import type { GraphView } from './types.js';
import { encodeState, type ViewState } from './url-state.js';

/** Most nodes the view holds from the API (the API's own cap on a subgraph). */
export const MAX_VIEW_NODES = 1_000;

type Highlight = { kind: 'lineage'; id: string } | { kind: 'path'; from: string; to: string };

export interface ExplorerParts {
  graph: GraphCanvas;
  toolbar: Toolbar;
  status: Status;
  /** Where the selected node or relationship is described. */
  details: HTMLElement;
  /** Where the highlighted lineage or path is described. */
  highlight: HTMLElement;
  /** A one-line description of the view, for everyone and for screen readers. */
  summary: HTMLElement;
  /** The view's dates, which narrow the date filter. */
  timeline: TimelineStrip;
}

/** What the analyst does with the view, and the state that a link to the page reopens. */
export class Explorer {
  private selected: string | undefined;
  private pathFrom: string | undefined;
  private highlighted: Highlight | undefined;
  private dates: DateRange = {};
  /** Machine-read nodes and relationships are hidden from the view (not removed from it). */
  private curatedOnly = false;
  /** For each node an expansion brought in, the node expanded: what collapsing that node takes away. */
  private readonly broughtBy = new Map<string, string>();
  private readonly expanded = new Set<string>();
  /**
   * Neighbours already asked for, by node and relationship type (`*`: any): where the next page
   * starts, or `all` once the last page is in.
   */
  private readonly pagesAsked = new Map<string, number | 'all'>();
  /** Node types the legend hides. */
  private hiddenTypes = new Set<string>();
  /** Answers for an earlier selection are dropped. */
  private selection = 0;
  private pending = 0;

  constructor(private readonly parts: ExplorerParts) {}

  private get graph(): GraphCanvas {
    return this.parts.graph;
  }

  /** Reopens a view from its link. */
  async restore(state: ViewState): Promise<void> {
    this.dates = { from: state.from, to: state.to };
    this.curatedOnly = state.curatedOnly ?? false;
    this.hiddenTypes = new Set(state.hiddenTypes);
    await this.busy(async () => {
      if (state.nodes.length) {
        this.graph.add(await subgraph(state.nodes.slice(0, MAX_VIEW_NODES)));
        await this.graph.layout();
        const unknown = state.nodes.filter((id) => !this.graph.has(id));
        if (unknown.length)
          this.parts.status.warn(
            `The link names ${counted(unknown.length, 'node')} the graph does not have: ${unknown.join(', ')}.`,
          );
      }
      this.restoreExpanded(state.expanded ?? []);
      if (state.lineage) await this.showLineage(state.lineage);
      if (state.path) await this.showPath(...state.path);
      this.applyFilters();
      if (state.selected && this.graph.has(state.selected)) await this.select(state.selected);
    });
    this.changed();
  }

  /** Shows a whole view in place of the current one: the debug entry point for large graphs. */
  async load(view: GraphView): Promise<void> {
    this.graph.clear();
    this.expanded.clear();
    this.broughtBy.clear();
    this.selected = this.pathFrom = this.highlighted = undefined;
    this.parts.highlight.replaceChildren();
    this.graph.add(view);
    await this.graph.layout();
    this.changed();
  }

  /** Selects a node, bringing it into the view first if needed. */
  open = (id: string): Promise<void> =>
    this.busy(async () => {
      await this.bringIn([id]);
      this.graph.center(id);
      await this.select(id);
      this.focusAfterOpening();
    });

  /** Opens a node found by search: it comes with its neighbours, the whole of them in sight. */
  openWithNeighbours = (id: string): Promise<void> =>
    this.busy(async () => {
      await this.bringIn([id]);
      // The neighbours first, all in sight; the panel, whose lists take longer to read, then.
      if (!this.expanded.has(id)) await this.expand(id);
      this.graph.fit();
      await this.select(id);
      this.focusAfterOpening();
    });

  /** Brings into view the facts an article holds (a search hit on its text), all in sight. */
  openArticle = (source: { id: string; title: string }): Promise<void> =>
    this.busy(async () => {
      const ids = await articleFacts(source.id);
      if (ids.length === 0) {
        this.parts.status.info(`“${source.title}” holds no fact of the graph yet.`);
        return;
      }
      await this.bringIn(ids);
      this.graph.fit();
      const shown = ids.filter((id) => this.graph.has(id)).length;
      this.parts.status.info(`${counted(shown, 'fact')} of “${source.title}” in view.`);
      this.changed();
    });

  private focusAfterOpening(): void {
    // The button or result that opened it is gone: keyboard and screen-reader users land on its description.
    if (document.activeElement === document.body) {
      this.parts.details.querySelector<HTMLElement>('#details-title')?.focus();
    }
  }

  /** Selects a node or relationship of the view and describes it in the panel. */
  async select(id: string): Promise<void> {
    this.selected = id;
    this.graph.mark('selected', [id]);
    this.changed();
    const asked = ++this.selection;
    const node = this.graph.node(id);
    const edge = this.graph.edge(id);
    if (node) {
      this.parts.details.replaceChildren(...nodePanel(node, this.graph.edgeCountOf(id), null, this.open));
      if (!overlaps(dateOf(node.properties), this.dates)) {
        this.parts.status.warn(`${node.label} is outside the dates chosen: it is hidden in the graph.`);
      } else if (this.curatedOnly && isMachineRead(node.properties)) {
        this.parts.status.warn(
          `${node.label} is machine-read: it is hidden in the graph while Curated only is on.`,
        );
      }
      const [found, counts] = (await this.busy(() => Promise.all([details(id), neighbourCounts(id)]))) ?? [];
      if (asked === this.selection)
        this.parts.details.replaceChildren(
          ...nodePanel(node, this.graph.edgeCountOf(id), found ?? null, this.open),
          ...(counts?.length ? [expandByType(counts, (type) => void this.expand(id, type))] : []),
        );
    } else if (edge) {
      const ends = { source: this.graph.node(edge.source), target: this.graph.node(edge.target) };
      this.parts.details.replaceChildren(...edgePanel(edge, ends, null, this.open));
      const ids = Array.isArray(edge.properties.evidence) ? edge.properties.evidence.map(String) : [];
      const found = await this.busy(() => passages(ids));
      if (asked === this.selection)
        this.parts.details.replaceChildren(...edgePanel(edge, ends, found ?? [], this.open));
    }
  }

  /** Selects a relationship, bringing its two ends into the view first if needed. */
  openRelationship = (id: string, source: string, target: string): Promise<void> =>
    this.busy(async () => {
      await this.bringIn([source, target], source);
      this.graph.center(source);
      if (this.graph.has(id)) await this.select(id);
    });

  /**
   * A curator's decision landed, this one's or another's: what it took out of the graph (the
   * facts given, and any the graph no longer holds) leaves the view, what it brought in (the
   * entity a merge kept) comes in, and the rest is read again, so that the view and the panel
   * show the graph as it now is.
   */
  reviewed = (gone: string[], kept: string[]): Promise<void> =>
    this.busy(async () => {
      const asked = [...new Set([...kept, ...this.graph.nodeIds()])]
        .filter((id) => !gone.includes(id))
        .slice(0, MAX_VIEW_NODES);
      const view = asked.length ? await subgraph(asked) : undefined;
      const held = new Set(view?.nodes.map((node) => node.id));
      const left = [...gone, ...asked.filter((id) => !held.has(id))].filter((id) => this.graph.has(id));
      this.graph.remove(left);
      for (const id of left) {
        this.broughtBy.delete(id);
        this.expanded.delete(id);
      }
      if (view) this.graph.refresh(view, kept[0]);
      if (this.selected && !this.graph.has(this.selected)) this.selected = undefined;
      await this.graph.layout();
      this.applyFilters();
      if (this.selected) await this.select(this.selected);
      else this.parts.details.replaceChildren();
      this.changed();
    });

  /**
   * Brings in the next PER_NODE of the node's neighbours (through one relationship type, if given):
   * pressing it again on a hub pages through the rest, and the status line says where it stands.
   */
  expand = (id = this.selected, type?: string): Promise<void> =>
    this.busy(async () => {
      const node = id ? this.graph.node(id) : undefined;
      if (!id || !node) return;
      if (this.graph.nodeIds().length >= MAX_VIEW_NODES) {
        this.parts.status.warn(
          `The view holds ${MAX_VIEW_NODES} nodes or more: collapse some before expanding.`,
        );
        return;
      }
      const key = `${id} ${type ?? '*'}`;
      const through = type ? ` through ${formatWord(type)}` : '';
      const asked = this.pagesAsked.get(key) ?? 0;
      if (asked === 'all') {
        this.parts.status.info(`All the neighbours of ${node.label}${through} have been brought in.`);
        return;
      }
      const skip = asked;
      const view = await neighbourhood(id, { skip, types: type ? [type] : undefined });
      if (!view) return this.parts.status.warn(`${node.label} is no longer in the graph.`);
      this.pagesAsked.set(key, view.truncated ? skip + PER_NODE : 'all');
      const added = this.graph.add(view, id);
      for (const other of added) this.broughtBy.set(other, id);
      this.markExpanded(id);
      await this.graph.layout();
      this.applyFilters();
      const more = counted(added.length, 'more node');
      if (view.truncated) {
        this.parts.status.warn(
          `${node.label} is a hub with ${node.degree} relationships: neighbours ${skip + 1}–${skip + PER_NODE}${through} ` +
            `shown (${more}); Expand again for the next ${PER_NODE}.`,
        );
      } else if (skip > 0) {
        this.parts.status.info(`Expanded ${node.label}${through}: the last neighbours, ${more}.`);
      } else {
        this.parts.status.info(`Expanded ${node.label}${through}: ${more}.`);
      }
      this.changed();
    });

  /**
   * Marks the nodes of a link as expanded, each its neighbours in view brought in by it (the first
   * expanded one that reaches them), so that Collapse folds them again as before the link was copied.
   */
  private restoreExpanded(ids: string[]): void {
    const expanded = ids.filter((id) => this.graph.has(id));
    for (const id of expanded) this.markExpanded(id);
    for (const id of expanded) {
      for (const other of this.graph.neighboursOf(id)) {
        if (!this.expanded.has(other) && !this.broughtBy.has(other)) this.broughtBy.set(other, id);
      }
    }
  }

  private markExpanded(id: string): void {
    if (!this.graph.has(id)) return;
    this.expanded.add(id);
    this.graph.toggleClass(id, 'expanded', true);
  }

  /**
   * Takes away what expanding this node brought in, and the neighbours that hang only off it; never
   * what is selected, highlighted, or expanded itself.
   */
  collapse = (id = this.selected): void => {
    const node = id ? this.graph.node(id) : undefined;
    if (!id || !node) return;
    const kept = new Set([this.selected, this.pathFrom, ...this.highlightedNodes(), ...this.expanded]);
    const brought = [...this.broughtBy].filter(([, by]) => by === id).map(([other]) => other);
    const removed = [...new Set([...brought, ...this.graph.leavesOf(id)])].filter(
      (other) => !kept.has(other),
    );
    this.graph.remove(removed);
    for (const other of removed) this.broughtBy.delete(other);
    this.expanded.delete(id);
    for (const key of [...this.pagesAsked.keys()]) if (key.startsWith(`${id} `)) this.pagesAsked.delete(key);
    this.graph.toggleClass(id, 'expanded', false);
    this.parts.status.info(
      `Collapsed ${node.label}: ${removed.length} node${removed.length === 1 ? '' : 's'} removed.`,
    );
    this.changed();
  };

  /** Highlights what a commitment or instrument traces back to and what traces back to it. */
  lineage = (id = this.selected): Promise<void> =>
    this.busy(async () => {
      const node = id ? this.graph.node(id) : undefined;
      if (!id || !node) return;
      if (node.type !== 'Commitment' && node.type !== 'Instrument') {
        this.parts.status.warn('Lineage is for commitments and instruments.');
        return;
      }
      await this.showLineage(id);
      this.changed();
    });

  /** First press marks where the path starts; the second, on another node, finds the shortest path. */
  path = (id = this.selected): Promise<void> =>
    this.busy(async () => {
      const node = id ? this.graph.node(id) : undefined;
      if (!id || !node) return;
      if (!this.pathFrom || this.pathFrom === id) {
        this.pathFrom = id;
        this.graph.mark('path-start', [id]);
        this.parts.status.info(`Path from ${node.label}: select another node, then choose Path (P).`);
      } else {
        await this.showPath(this.pathFrom, id);
      }
      this.changed();
    });

  /** Escape: cancels a path being chosen, else clears the highlight. */
  cancel = (): void => {
    if (this.pathFrom) {
      this.pathFrom = undefined;
      this.graph.mark('path-start', []);
      this.parts.status.info('Path cancelled.');
    } else {
      this.clearHighlight();
    }
    this.changed();
  };

  setDates(range: DateRange): void {
    this.dates = range;
    this.applyFilters();
    this.changed();
  }

  /** Hides or shows again what machine reading added, leaving the view's nodes as they are. */
  setCuratedOnly(on: boolean): void {
    this.curatedOnly = on;
    const hidden = this.applyFilters();
    if (!on) this.parts.status.info('Machine-read nodes and relationships are shown.');
    else if (hidden.nodes + hidden.edges === 0)
      this.parts.status.info('Curated only: nothing machine-read is in view.');
    this.changed();
  }

  /** Hides the nodes of these types (the legend's toggles), leaving them in the view. */
  setHiddenTypes(types: Iterable<string>): void {
    const before = this.hiddenTypes;
    this.hiddenTypes = new Set(types);
    this.applyFilters();
    // Nodes of a type shown again may lie beyond what the view was fitted to while they were hidden.
    const shownAgain = this.graph.nodeIds().filter((id) => {
      const type = this.graph.node(id)?.type;
      return type !== undefined && before.has(type) && !this.hiddenTypes.has(type);
    });
    this.graph.reveal(shownAgain);
    this.changed();
  }

  /** What the view holds, for export: its nodes and relationships as drawn. */
  contents(): GraphView {
    return this.graph.contents();
  }

  /** The state a link reopens. */
  state(): ViewState {
    return {
      nodes: this.graph.nodeIds(),
      selected: this.selected,
      from: this.dates.from,
      to: this.dates.to,
      lineage: this.highlighted?.kind === 'lineage' ? this.highlighted.id : undefined,
      path: this.highlighted?.kind === 'path' ? [this.highlighted.from, this.highlighted.to] : undefined,
      curatedOnly: this.curatedOnly || undefined,
      expanded: [...this.expanded].filter((id) => this.graph.has(id)),
      hiddenTypes: [...this.hiddenTypes],
    };
  }

  private async showLineage(id: string): Promise<void> {
    const found = await lineage(id);
    const paths = [
      ...found.ancestry.map((entry) => [id, ...entry.path.map((step) => step.to.id)]),
      ...found.descendants.map((entry) => [entry.node.id, ...entry.path.map((step) => step.to.id)]),
    ];
    const ids = [id, ...paths.flat()];
    await this.bringIn(ids, id);
    const root = { id, name: this.graph.node(id)?.label ?? id };
    this.parts.highlight.replaceChildren(...lineagePanel(root, found, this.open, this.clearHighlight));
    this.parts.status.info(
      `Lineage of ${root.name}: it traces back to ${found.ancestry.length}, ` +
        `${found.descendants.length} trace${found.descendants.length === 1 ? 's' : ''} back to it.`,
    );
    this.setHighlight({ kind: 'lineage', id }, [...ids, ...this.graph.edgesAlong(paths)]);
  }

  private async showPath(from: string, to: string): Promise<void> {
    const found = await shortestPath(from, to);
    this.pathFrom = undefined;
    this.graph.mark('path-start', []);
    const ids = found.paths[0]?.nodeIds ?? [];
    this.graph.add(found.view, from);
    await this.graph.layout();
    this.applyFilters();
    const links = ids.slice(1).map((id, i) => {
      const before = ids[i];
      const edge = found.view.edges.find(
        (e) => (e.source === before && e.target === id) || (e.source === id && e.target === before),
      );
      return { type: edge?.type ?? '', forward: edge?.source === before };
    });
    const nodes = ids.map((id) => ({ id, name: this.graph.node(id)?.label ?? id }));
    this.parts.highlight.replaceChildren(...pathPanel(nodes, links, this.open, this.clearHighlight));
    const [start, end] = [this.graph.node(from)?.label ?? from, this.graph.node(to)?.label ?? to];
    this.parts.status.info(
      ids.length
        ? `Shortest path from ${start} to ${end}: ${ids.length - 1} step${ids.length === 2 ? '' : 's'}.`
        : `No path of 6 steps or fewer joins ${start} and ${end}.`,
    );
    if (ids.length) this.setHighlight({ kind: 'path', from, to }, [...ids, ...this.graph.edgesAlong([ids])]);
  }

  /**
   * Marks what is highlighted and brings it all into sight. It comes after the status line is
   * written: a message that wraps makes the canvas shorter, which would leave a node below its edge.
   */
  private setHighlight(highlight: Highlight, ids: string[]): void {
    this.highlighted = highlight;
    this.graph.mark('highlighted', ids);
    this.graph.focusOn(new Set(ids));
    this.graph.reveal(ids);
  }

  private clearHighlight = (): void => {
    this.highlighted = undefined;
    this.graph.mark('highlighted', []);
    this.graph.focusOn(undefined);
    this.parts.highlight.replaceChildren();
    this.changed();
  };

  private highlightedNodes(): string[] {
    if (!this.highlighted) return [];
    return this.highlighted.kind === 'lineage'
      ? [this.highlighted.id]
      : [this.highlighted.from, this.highlighted.to];
  }

  /** Adds the nodes that are not in the view yet, with their relationships to what is. */
  private async bringIn(ids: string[], near = this.selected): Promise<void> {
    if (ids.every((id) => this.graph.has(id))) return;
    const wanted = [...new Set([...ids, ...this.graph.nodeIds()])].slice(0, MAX_VIEW_NODES);
    this.graph.add(await subgraph(wanted), near);
    await this.graph.layout();
    this.applyFilters();
  }

  /**
   * Hides what falls outside the dates and, with Curated only, what is machine-read; says what it
   * hid. Returns what Curated only hides.
   */
  private applyFilters(): { nodes: number; edges: number } {
    const outside = this.graph.hideUnless('outside-dates', (e) => overlaps(dateOf(e.properties), this.dates));
    const machine = this.graph.hideUnless(
      'machine-read',
      (e) => !this.curatedOnly || !isMachineRead(e.properties),
      true,
    );
    const types = this.graph.hideUnless(
      'hidden-type',
      (e) => !('label' in e) || !this.hiddenTypes.has(e.type),
    );
    const said: string[] = [];
    if (types.nodes) said.push(`${counted(types.nodes, 'node')} of the types the legend hides.`);
    if (outside.nodes)
      said.push(
        `${outside.nodes} node${outside.nodes === 1 ? ' is' : 's are'} outside the dates chosen and hidden.`,
      );
    if (machine.nodes + machine.edges)
      said.push(
        `Curated only: ${counted(machine.nodes, 'machine-read node')} and ${counted(machine.edges, 'machine-read relationship')} hidden.`,
      );
    if (said.length) this.parts.status.info(said.join(' '));
    return machine;
  }

  /** After every change: the toolbar, the summary and the URL follow the state. */
  private changed(): void {
    const node = this.selected ? this.graph.node(this.selected) : undefined;
    this.parts.toolbar.update(node, {
      canCollapse: Boolean(
        this.selected && (this.expanded.has(this.selected) || this.graph.leavesOf(this.selected).length),
      ),
      pathFrom: this.pathFrom ? this.graph.node(this.pathFrom) : undefined,
    });
    const [nodes, edges] = [this.graph.nodeIds().length, this.graph.edgeCount()];
    const hidden = this.graph.hiddenNodeCount();
    const selected = node ?? (this.selected ? this.graph.edge(this.selected) : undefined);
    this.parts.summary.textContent =
      `${nodes} node${nodes === 1 ? '' : 's'}, ${edges} relationship${edges === 1 ? '' : 's'} in view` +
      (hidden ? ` (${hidden} hidden).` : '.') +
      (selected
        ? ` Selected: ${'label' in selected ? `${selected.label} (${selected.type})` : selected.type}.`
        : '');
    this.parts.timeline.update(this.graph.contents(), this.dates);
    const query = encodeState(this.state());
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  /** Marks the graph busy while the work runs; an error goes to the status line. */
  private async busy<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.pending++;
    // An error of an earlier request is not this one's.
    this.parts.status.clearError();
    this.graph.container.setAttribute('aria-busy', 'true');
    try {
      return await work();
    } catch (error) {
      this.parts.status.error(error);
      return undefined;
    } finally {
      if (--this.pending === 0) this.graph.container.setAttribute('aria-busy', 'false');
    }
  }
}
