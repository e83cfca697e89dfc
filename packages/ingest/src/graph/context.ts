import type { EntityLabel, FuzzyDate } from '@diplograph/schema';
import type { Article } from '../corpus/read-corpus.js';
import type { FactDocument } from '../facts/read-facts.js';
import { formatPath, type Problem } from '../problems.js';
import { GraphBuilder } from './graph-data.js';

/** A place in a fact file: the document and the path of a value inside it. */
export interface Location {
  doc: FactDocument;
  path: (string | number)[];
}

export function at(location: Location, ...more: (string | number)[]): Location {
  return { doc: location.doc, path: [...location.path, ...more] };
}

/** An article as a source of facts: its id in the graph and its publication date. */
export interface SourceInfo {
  id: string;
  article: Article;
  published: FuzzyDate | null;
}

/** State shared by the steps that compile fact files into graph rows. */
export class BuildContext {
  readonly problems: Problem[] = [];
  readonly graph = new GraphBuilder();
  /** Every id of the graph, with its label and where it was defined. */
  readonly entities = new Map<string, { label: EntityLabel; location?: Location }>();
  readonly sources = new Map<string, SourceInfo>();

  report(location: Location, message: string): void {
    this.problems.push({
      file: location.doc.file,
      line: location.doc.lineOf(location.path),
      path: formatPath(location.path) || undefined,
      message,
    });
  }

  /** Registers an id; reports a duplicate with the place of the first definition. */
  define(id: string, label: EntityLabel, location: Location): void {
    const existing = this.entities.get(id);
    if (existing) {
      const first = existing.location
        ? `${existing.location.doc.file}:${existing.location.doc.lineOf(existing.location.path) ?? '?'}`
        : 'the corpus';
      this.report(
        at(location, 'id'),
        `duplicate id "${id}": already defined as ${existing.label} in ${first}`,
      );
      return;
    }
    this.entities.set(id, { label, location });
  }
}
