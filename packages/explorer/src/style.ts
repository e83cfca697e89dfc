import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES } from './node-types.js';

/** Why an element may be hidden, each the class it is given for that reason (see GraphCanvas.hideUnless). */
export const HIDE_REASONS = ['outside-dates', 'machine-read', 'hidden-type'] as const;
export type HideReason = (typeof HIDE_REASONS)[number];
/** The selector of elements hidden for any reason. */
export const HIDDEN = HIDE_REASONS.map((reason) => `.${reason}`).join(', ');

/** Above this many relationships a node is a hub: drawn with a double border, expanded only in part. */
export const HUB_DEGREE = 30;

const HIGHLIGHT = '#facc15';

/** Machine-read facts (the `origin` GraphCanvas lifts from their properties): see graphStyle. */
const MACHINE = 'node[origin = "machine"]';
const MACHINE_EDGE = 'edge[origin = "machine"]';
const MACHINE_BORDER = '#475569';

/**
 * The graph's stylesheet. A large view draws its relationships as plain lines without arrows
 * (Cytoscape's haystack edges, the cheapest it has) and names fewer nodes, so that it stays responsive.
 */
export function graphStyle(large: boolean): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: large ? '' : 'data(label)',
        'background-color': '#94a3b8',
        width: 'mapData(degree, 0, 40, 16, 44)',
        height: 'mapData(degree, 0, 40, 16, 44)',
        'font-size': 10,
        color: '#1e293b',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        // Labels too small to read are not drawn: this keeps large views fast.
        'min-zoomed-font-size': 7,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(NODE_TYPES).map(([type, { color, shape }]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': color, shape },
    })),
    // In a large view only hubs and what the analyst looks at are named: thousands of labels cost
    // more to measure than they help at the zoom that shows them all.
    ...(large
      ? [
          {
            selector: `node[degree > ${HUB_DEGREE}], node.selected, node.highlighted`,
            style: { label: 'data(label)' },
          },
        ]
      : []),
    // A machine-read node is drawn in two rules. Its border's width and colour come before the
    // hub and expanded rules, which may widen it; its dashes and lighter fill come after them, so
    // that the mark survives expanding (later rules win in Cytoscape). Only the transient marks
    // below (highlight, path start) draw over it.
    { selector: MACHINE, style: { 'border-width': 2, 'border-color': MACHINE_BORDER } },
    {
      selector: `node[degree > ${HUB_DEGREE}]`,
      style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#0f172a' },
    },
    {
      selector: 'node.expanded',
      style: { 'border-width': 3, 'border-color': '#0f172a', 'border-style': 'solid' },
    },
    { selector: MACHINE, style: { 'border-style': 'dashed', 'background-opacity': 0.4 } },
    {
      selector: 'edge',
      style: large
        ? { width: 0.6, 'line-color': '#cbd5e1', 'curve-style': 'haystack' }
        : {
            width: 1.2,
            'line-color': '#cbd5e1',
            'target-arrow-color': '#cbd5e1',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.7,
            // Bezier curves draw two relationships between the same nodes apart, each clickable.
            'curve-style': 'bezier',
            'control-point-step-size': 28,
            label: 'data(caption)',
            'font-size': 7,
            color: '#475569',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'text-background-padding': '1px',
            'min-zoomed-font-size': 6,
          },
    },
    {
      selector: 'edge[type = "DERIVES_FROM"]',
      style: { 'line-style': 'dashed', 'line-color': '#a78bfa', 'target-arrow-color': '#a78bfa' },
    },
    {
      selector: 'edge[type = "PARTICIPATED_IN"]',
      style: { 'line-color': '#fdba74', 'target-arrow-color': '#fdba74' },
    },
    // Shorter dashes than a curated DERIVES_FROM's, so that a machine-read one still tells apart.
    { selector: MACHINE_EDGE, style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 3] } },
    { selector: '.faded', style: { opacity: 0.2 } },
    {
      selector: 'node.highlighted',
      style: { 'border-width': 5, 'border-color': HIGHLIGHT, 'border-style': 'solid', 'z-index': 10 },
    },
    {
      selector: 'edge.highlighted',
      style: { width: 4, 'line-color': HIGHLIGHT, 'target-arrow-color': HIGHLIGHT, 'z-index': 10 },
    },
    {
      selector: 'node.path-start',
      style: { 'border-width': 5, 'border-color': '#0ea5e9', 'border-style': 'dashed' },
    },
    {
      selector: '.selected',
      style: {
        'overlay-color': '#0ea5e9',
        'overlay-opacity': 0.25,
        'overlay-padding': 6,
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    {
      selector: 'edge.selected',
      style: { width: 4, 'line-color': '#0ea5e9', 'target-arrow-color': '#0ea5e9' },
    },
    { selector: HIDDEN, style: { display: 'none' } },
  ];
}
