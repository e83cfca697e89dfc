import { ApiError } from './api.js';
import { revealPassages } from './article-passage.js';
import type { Explorer } from './explorer.js';
import { formatWord } from './format.js';
import { type ReviewView, reviewPanel } from './review-panel.js';
import { decide, mergeCandidates, reviewItems } from './review-queries.js';
import type { Status } from './status.js';
import type { DecisionInput, ReviewItem } from './types.js';

export interface ReviewParts {
  explorer: Explorer;
  status: Status;
  /** Where the queue's fact is shown. */
  panel: HTMLElement;
  /** The header's button that opens and closes the queue. */
  toggle: HTMLButtonElement;
}

/**
 * The review queue: one machine-read fact at a time, least sure first, shown in the graph and in
 * its articles. A curator decides it (A accepts, R rejects, or a correction or merge from the
 * panel); N passes to the next. A decided fact leaves the queue, so after a decision the same
 * place holds the next fact, and the view is read again to show the graph as it now is.
 */
export class Review {
  /** The place of the fact shown, from 0, for the panel; the queue is read by `after`. */
  private position = 0;
  /** The cursor of the fact before the one shown; null for the first. */
  private after: string | null = null;
  /** The type the queue is narrowed to; '' for all. */
  private filter = '';
  private item: ReviewItem | null = null;
  private curator = false;
  private deciding = false;

  constructor(private readonly parts: ReviewParts) {}

  get isOpen(): boolean {
    return !this.parts.panel.hidden;
  }

  toggle = (): void => {
    if (this.isOpen) this.close();
    else void this.show();
  };

  close = (): void => {
    this.parts.panel.hidden = true;
    this.parts.panel.replaceChildren();
    this.parts.toggle.setAttribute('aria-pressed', 'false');
  };

  /** Signing in or out: decisions are offered or taken away. */
  setCurator(curator: boolean): void {
    this.curator = curator;
    if (this.isOpen) void this.show();
  }

  next = (): void => {
    if (!this.isOpen || !this.item) return;
    this.after = this.item.cursor;
    this.position++;
    void this.show();
  };

  /** A: the panel's Accept, which only a curator is offered. */
  accept = (): void => this.press('#review-accept');

  /** R: the panel's Reject. */
  reject = (): void => this.press('#review-reject');

  /** Reads the fact at the current place of the queue, shows it, and opens it in the graph. */
  async show(): Promise<void> {
    const { panel, toggle, status, explorer } = this.parts;
    panel.hidden = false;
    toggle.setAttribute('aria-pressed', 'true');
    panel.setAttribute('aria-busy', 'true');
    try {
      const types = this.filter ? [this.filter] : null;
      const found = await reviewItems({ after: this.after }, types);
      let items = found.items;
      if (items.length === 0 && this.after && found.total > 0) {
        // Past the end (the last fact passed, or facts decided meanwhile): back to the last one,
        // read with the one before it, whose cursor leads to it.
        const last = await reviewItems({ after: null, skip: Math.max(found.total - 2, 0), first: 2 }, types);
        this.after = last.items.length === 2 ? (last.items[0]?.cursor ?? null) : null;
        this.position = found.total - 1;
        items = last.items.slice(-1);
      }
      const item = items[0] ?? null;
      this.item = item;
      const candidates = item && !item.source ? await mergeCandidates(item) : [];
      this.render({
        position: this.position,
        total: found.total,
        item,
        candidates,
        curator: this.curator,
        filter: this.filter,
      });
      if (item?.source && item.target) {
        await explorer.openRelationship(item.fact, item.source, item.target);
      } else if (item) {
        await explorer.open(item.fact);
      }
    } catch (error) {
      status.error(error);
    } finally {
      panel.setAttribute('aria-busy', 'false');
    }
  }

  private render(view: ReviewView): void {
    const { panel, explorer } = this.parts;
    panel.replaceChildren(
      ...reviewPanel(view, {
        open: (id) => void explorer.open(id),
        decide: (decision) => void this.decide(decision),
        next: this.next,
        close: this.close,
        narrow: (filter) => {
          this.filter = filter;
          this.position = 0;
          this.after = null;
          void this.show();
        },
      }),
    );
    revealPassages(panel);
  }

  private press(button: string): void {
    if (!this.isOpen || !this.item) return;
    const found = this.parts.panel.querySelector<HTMLButtonElement>(button);
    if (found) found.click();
    else this.parts.status.warn('Sign in as a curator to decide.');
  }

  /** Sends the decision; once it lands, the view and the queue follow the graph. */
  private async decide(decision: DecisionInput): Promise<void> {
    const { status, explorer } = this.parts;
    const item = this.item;
    if (this.deciding || !item) return;
    this.deciding = true;
    try {
      await decide(decision);
      const gone = decision.kind === 'reject' || decision.kind === 'merge' ? [decision.fact] : [];
      await explorer.reviewed(gone, decision.kind === 'merge' ? [decision.into] : []);
      status.info(`${describe(decision)}: ${item.label}.`);
      await this.show();
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'CONFLICT')) {
        status.error(error);
        return;
      }
      // Another curator decided the fact first, and theirs stands: the view and the queue read the
      // graph again, and the message says why the fact moved on.
      await explorer.reviewed([], []);
      await this.show();
      status.warn(`Another curator decided ${item.label} first; theirs stands, yours was not recorded.`);
    } finally {
      this.deciding = false;
    }
  }
}

function describe(decision: DecisionInput): string {
  switch (decision.kind) {
    case 'accept':
      return 'Accepted';
    case 'reject':
      return 'Rejected';
    case 'correct':
      return `Corrected the ${formatWord(decision.field)} to ${decision.value}`;
    case 'merge':
      return `Merged into ${decision.into}`;
  }
}
