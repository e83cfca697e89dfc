import type { FuzzyDate, SourceInput, SourceMetadataInput } from '@diplograph/schema';
import type { Article } from '../corpus/read-corpus.js';
import type { FactDocument } from '../facts/read-facts.js';
import { findPublicationDate } from '../text/publication-date.js';
import { at, type BuildContext, type Location } from './context.js';
import { dateProperties } from './dates.js';
import { searchFields } from './search-fields.js';

/** The id of an article that has no curated entry: `src-` and its file name as a slug. */
export function sourceIdOf(file: string): string {
  const slug = file
    .replace(/\.txt$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `src-${slug}`;
}

/**
 * Makes one Source per article. Metadata comes from the curated entry, else the sidecar file,
 * else the page itself; a date read off the page is marked as inferred.
 */
export function buildSources(ctx: BuildContext, articles: Article[], documents: FactDocument[]): void {
  const curated = new Map<string, { input: SourceInput; location: Location }>();
  for (const doc of documents) {
    doc.data.sources.forEach((input, index) => {
      const location = { doc, path: ['sources', index] };
      if (curated.has(input.file)) ctx.report(at(location, 'file'), `a second entry for ${input.file}`);
      else curated.set(input.file, { input, location });
    });
  }
  const files = new Set(articles.map((a) => a.file));
  for (const [file, { location }] of curated) {
    if (!files.has(file)) ctx.report(at(location, 'file'), `no article ${file} in the corpus folder`);
  }

  for (const article of articles) {
    const entry = curated.get(article.file);
    const id = entry?.input.id ?? sourceIdOf(article.file);
    const metadata: SourceMetadataInput = {
      ...article.metadata,
      ...definedOnly(entry?.input ?? {}),
    } as SourceMetadataInput;
    const published = publication(ctx, metadata, article, entry?.location);
    if (entry) ctx.define(id, 'Source', entry.location);
    else if (ctx.entities.has(id)) continue;
    else ctx.entities.set(id, { label: 'Source' });
    ctx.sources.set(id, { id, article, published: published.date });
    const name = metadata.title ?? pageTitle(article);
    ctx.graph.addNode({
      label: 'Source',
      id,
      props: {
        id,
        name,
        ...searchFields({ name }),
        file: article.file,
        publisher: metadata.publisher ?? null,
        author: metadata.author ?? null,
        ...dateProperties('published', published.date),
        publishedInferred: published.inferred,
        language: metadata.language ?? 'fr',
        url: metadata.url ?? null,
        sha256: article.sha256,
        length: article.text.length,
        // The whole text, so that a curator sees a passage where it stands (Source.text).
        articleText: article.text,
      },
    });
  }
}

function publication(
  ctx: BuildContext,
  metadata: SourceMetadataInput,
  article: Article,
  location: Location | undefined,
): { date: FuzzyDate | null; inferred: boolean } {
  const given = metadata.published;
  if (given && 'text' in given) return { date: given, inferred: false };
  if (given && location)
    ctx.report(at(location, 'published'), 'a publication date must be a date, not an expression');
  const found = findPublicationDate(article.text, article.regions);
  return { date: found?.date ?? null, inferred: found !== null };
}

function pageTitle(article: Article): string {
  const title = article.regions.find((r) => r.kind === 'title');
  return (title ? article.text.slice(title.start, title.end) : article.file).trim();
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
