import { h } from './dom.js';
import { formatDate } from './format.js';
import { NODE_TYPES } from './node-types.js';
import { search } from './queries.js';
import type { ArticleHit, SearchHit } from './types.js';

/** A result: a node, or an article whose text matches. */
export type Hit = SearchHit | ArticleHit;

/** Wait this long after the last keystroke before asking: one request per pause, not per key. */
const DEBOUNCE_MS = 150;

/**
 * Search as you type, as an ARIA combobox: arrows move through the results (the nodes, then the
 * articles whose text matches), Enter picks, Escape closes. Answers to older keystrokes that
 * arrive late are dropped.
 */
export class SearchBox {
  private hits: Hit[] = [];
  private active = -1;
  private asked = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly list: HTMLElement,
    private readonly pick: (hit: Hit) => void,
    private readonly fail: (error: unknown) => void,
  ) {
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => this.close());
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  blur(): void {
    this.input.blur();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  private async run(): Promise<void> {
    const text = this.input.value.trim();
    const asked = ++this.asked;
    if (text.length < 2) return this.close();
    try {
      const { nodes, articles } = await search(text);
      if (asked === this.asked) this.show([...nodes, ...articles], text);
    } catch (error) {
      this.fail(error);
    }
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open || this.hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.setActive((this.active + step + this.hits.length) % this.hits.length);
    } else if (event.key === 'Enter') {
      const hit = this.hits[Math.max(this.active, 0)];
      if (!open || !hit) return;
      event.preventDefault();
      this.choose(hit);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.close();
    }
  }

  private show(hits: Hit[], text: string): void {
    this.hits = hits;
    this.active = -1;
    const options = hits.map((hit, i) =>
      h(
        'div',
        {
          id: `search-option-${i}`,
          role: 'option',
          class: 'source' in hit ? 'article-hit' : undefined,
          'aria-selected': 'false',
          // Keep the focus in the box: a click on a result must not blur it first.
          onmousedown: (event) => event.preventDefault(),
          onclick: () => this.choose(hit),
        },
        ...('source' in hit ? articleOption(hit) : nodeOption(hit)),
      ),
    );
    this.list.replaceChildren(
      ...(options.length
        ? options
        : [h('div', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, `No match for “${text}”`)]),
    );
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.input.removeAttribute('aria-activedescendant');
  }

  private setActive(index: number): void {
    this.active = index;
    for (const [i, option] of [...this.list.children].entries()) {
      option.setAttribute('aria-selected', String(i === index));
    }
    this.input.setAttribute('aria-activedescendant', `search-option-${index}`);
    this.list.children[index]?.scrollIntoView({ block: 'nearest' });
  }

  private choose(hit: Hit): void {
    this.close();
    this.pick(hit);
  }

  private close(): void {
    this.asked++;
    clearTimeout(this.timer);
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

function nodeOption(hit: SearchHit): (HTMLElement | string)[] {
  return [
    h('span', { class: 'swatch', style: `background:${NODE_TYPES[hit.type]?.color ?? '#94a3b8'}` }),
    h('span', { class: 'name' }, hit.node.name ?? hit.node.id),
    hit.node.date ? h('span', { class: 'when' }, formatDate(hit.node.date)) : '',
    h('span', { class: 'type' }, hit.type),
  ];
}

/** An article: its title and date, and the words of its text that match. */
function articleOption(hit: ArticleHit): HTMLElement[] {
  return [
    h('span', { class: 'swatch article', 'aria-hidden': 'true' }),
    h('span', { class: 'name' }, hit.source.title),
    h('span', { class: 'when' }, hit.source.published ? formatDate(hit.source.published) : 'undated'),
    h('span', { class: 'type' }, 'Article'),
    ...(hit.excerpt ? [h('span', { class: 'excerpt' }, `“${hit.excerpt}”`)] : []),
  ];
}
