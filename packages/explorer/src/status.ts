import { ApiError } from './api.js';

/** The status line: a polite live region, so screen readers announce what an action did. */
export class Status {
  constructor(private readonly element: HTMLElement) {}

  info(message: string): void {
    this.show(message, 'info');
  }

  warn(message: string): void {
    this.show(message, 'warning');
  }

  error(error: unknown): void {
    const message = error instanceof ApiError ? error.message : 'The API could not be reached.';
    if (!(error instanceof ApiError)) console.error(error);
    this.show(message, 'error');
  }

  /** Clears the line when it shows an error: a new request is under way. */
  clearError(): void {
    if (this.element.dataset.tone !== 'error') return;
    this.element.textContent = '';
    delete this.element.dataset.tone;
  }

  private show(message: string, tone: string): void {
    this.element.textContent = message;
    this.element.dataset.tone = tone;
  }
}
