import './styles.css';
import { bindCuratorSignIn } from './curator-sign-in.js';
import { exposeHook } from './debug-hook.js';
import { byId } from './dom.js';
import { Explorer } from './explorer.js';
import { download, viewAsCsv, viewAsJson } from './export-view.js';
import { GraphCanvas } from './graph.js';
import { bindKeys } from './keyboard.js';
import { legend } from './legend.js';
import { Review } from './review.js';
import { SearchBox } from './search-box.js';
import { Status } from './status.js';
import { TimelineStrip } from './timeline-strip.js';
import { Toolbar } from './toolbar.js';
import { decodeState } from './url-state.js';

const status = new Status(byId('status'));
const graph = new GraphCanvas(byId('graph'));
const buttons = {
  expand: byId<HTMLButtonElement>('expand'),
  collapse: byId<HTMLButtonElement>('collapse'),
  lineage: byId<HTMLButtonElement>('lineage'),
  path: byId<HTMLButtonElement>('path'),
};
const from = byId<HTMLInputElement>('date-from');
const to = byId<HTMLInputElement>('date-to');
const explorer = new Explorer({
  graph,
  toolbar: new Toolbar(buttons),
  status,
  details: byId('details'),
  highlight: byId('highlight'),
  summary: byId('graph-summary'),
  timeline: new TimelineStrip(byId('timeline'), (range) => {
    from.value = range.from ?? '';
    to.value = range.to ?? '';
    onDates();
  }),
});
const review = new Review({
  explorer,
  status,
  panel: byId('review'),
  toggle: byId<HTMLButtonElement>('review-toggle'),
});
byId('review-toggle').addEventListener('click', review.toggle);
bindCuratorSignIn(
  {
    form: byId<HTMLFormElement>('curator-form'),
    token: byId<HTMLInputElement>('curator-token'),
    state: byId('curator-state'),
    signOut: byId<HTMLButtonElement>('curator-sign-out'),
    status,
  },
  (curator) => review.setCurator(curator),
);
graph.listen({ tap: (id) => void explorer.select(id), doubleTap: (id) => void explorer.expand(id) });

const search = new SearchBox(
  byId('search-input'),
  byId('search-results'),
  (hit) => {
    // Out of the box, so that the next keys are commands.
    search.blur();
    void ('source' in hit ? explorer.openArticle(hit.source) : explorer.openWithNeighbours(hit.node.id));
  },
  (error) => status.error(error),
);

buttons.expand.addEventListener('click', () => void explorer.expand());
buttons.collapse.addEventListener('click', () => explorer.collapse());
buttons.lineage.addEventListener('click', () => void explorer.lineage());
buttons.path.addEventListener('click', () => void explorer.path());
bindKeys({
  focusSearch: () => search.focus(),
  expand: () => void explorer.expand(),
  collapse: () => explorer.collapse(),
  lineage: () => void explorer.lineage(),
  path: () => void explorer.path(),
  cancel: explorer.cancel,
  zoom: (factor) => graph.zoomBy(factor),
  pan: (x, y) => graph.panBy(x, y),
  fit: () => graph.fit(),
  accept: review.accept,
  reject: review.reject,
  next: review.next,
});

function onDates(): void {
  explorer.setDates({ from: from.value || undefined, to: to.value || undefined });
}
from.addEventListener('change', onDates);
to.addEventListener('change', onDates);
const curatedOnly = byId<HTMLInputElement>('curated-only');
curatedOnly.addEventListener('change', () => explorer.setCuratedOnly(curatedOnly.checked));

const initial = decodeState(location.search);
byId('legend').replaceChildren(
  ...legend(new Set(initial.hiddenTypes), (hidden) => explorer.setHiddenTypes(hidden)),
);
byId('export-png').addEventListener('click', () => download('diplograph-view.png', graph.png()));
byId('export-json').addEventListener('click', () =>
  download('diplograph-view.json', viewAsJson(explorer.contents())),
);
byId('export-csv').addEventListener('click', () =>
  download('diplograph-view.csv', viewAsCsv(explorer.contents())),
);
exposeHook(explorer, graph);

from.value = initial.from ?? '';
to.value = initial.to ?? '';
curatedOnly.checked = initial.curatedOnly ?? false;
void explorer.restore(initial);
