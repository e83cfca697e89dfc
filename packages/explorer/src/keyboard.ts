export interface KeyActions {
  focusSearch(): void;
  expand(): void;
  collapse(): void;
  lineage(): void;
  path(): void;
  cancel(): void;
  zoom(factor: number): void;
  pan(x: number, y: number): void;
  fit(): void;
  /** The review queue's decisions, when it is open. */
  accept(): void;
  reject(): void;
  next(): void;
}

/** How far one arrow key press pans, in pixels, and how much one + or - zooms. */
const PAN_STEP = 80;
const ZOOM_STEP = 1.25;

/**
 * Single keys act on the selected node, as the toolbar's hints say, and A, R, N on the fact of the
 * review queue; `/` or Ctrl+K goes to the search box; arrows pan and + - 0 zoom the graph. Keys typed into a field stay text.
 */
export function bindKeys(actions: KeyActions): void {
  const byKey: Record<string, () => void> = {
    '/': actions.focusSearch,
    e: actions.expand,
    c: actions.collapse,
    l: actions.lineage,
    p: actions.path,
    a: actions.accept,
    r: actions.reject,
    n: actions.next,
    Escape: actions.cancel,
    '+': () => actions.zoom(ZOOM_STEP),
    '=': () => actions.zoom(ZOOM_STEP),
    '-': () => actions.zoom(1 / ZOOM_STEP),
    '0': actions.fit,
    // The graph moves the way the arrow points, as a map does.
    ArrowLeft: () => actions.pan(PAN_STEP, 0),
    ArrowRight: () => actions.pan(-PAN_STEP, 0),
    ArrowUp: () => actions.pan(0, PAN_STEP),
    ArrowDown: () => actions.pan(0, -PAN_STEP),
  };
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      actions.focusSearch();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const action = byKey[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
}

/** Keys typed into a field are text, not commands. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
