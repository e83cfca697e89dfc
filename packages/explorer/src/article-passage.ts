import { h } from './dom.js';
import { formatDate } from './format.js';
import type { ReviewPassage } from './types.js';

/**
 * A passage where it stands: its article's whole text, the passage marked, in a box of its own
 * that `revealPassages` scrolls to it. Should the text no longer hold the passage at its offsets
 * (an article changed since the ingest), the quote alone is shown, and said so.
 */
export function articlePassage(passage: ReviewPassage): HTMLElement {
  const { text, title, published } = passage.source;
  const found = text.slice(passage.start, passage.end) === passage.quote;
  return h(
    'figure',
    { class: 'article' },
    h(
      'figcaption',
      {},
      h('cite', {}, title),
      published ? ` — ${formatDate(published)}` : ' — undated',
      found ? '' : h('span', { class: 'note' }, ' (the article no longer reads so at these offsets)'),
    ),
    found
      ? h(
          'div',
          { class: 'article-text', tabindex: '0', 'aria-label': `The article, the passage marked` },
          text.slice(0, passage.start),
          h('mark', { class: 'passage' }, passage.quote),
          text.slice(passage.end),
        )
      : h('blockquote', {}, `« ${passage.quote} »`),
  );
}

/** Scrolls each article box of the element so that its marked passage is in the middle. */
export function revealPassages(within: HTMLElement): void {
  for (const box of within.querySelectorAll<HTMLElement>('.article-text')) {
    const mark = box.querySelector<HTMLElement>('mark');
    // The box is positioned (styles.css): the mark's offset is from its top.
    if (mark) box.scrollTop = mark.offsetTop - (box.clientHeight - mark.offsetHeight) / 2;
  }
}
