import { parseFuzzyDate } from '@diplograph/schema';
import type { Article } from '../corpus/read-corpus.js';
import type { GraphData, RelationshipRow } from '../graph/graph-data.js';
import type { DateMention } from '../text/french-dates.js';
import { extractDates } from './dates.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { linkMentions, type Mention, mentionRows } from './link-mentions.js';
import { combineProposals, proposeFromArticle, type SourceRef } from './propose.js';
import type { Proposal } from './review-file.js';
import { storySentences } from './story.js';

/** What machine reading finds in one article. */
export interface ArticleExtraction {
  source: SourceRef;
  mentions: Mention[];
  dates: DateMention[];
  proposals: Proposal[];
}

export function extractArticle(
  article: Pick<Article, 'text' | 'regions'>,
  source: SourceRef,
  gazetteer: Gazetteer,
): ArticleExtraction {
  const sentences = storySentences(article);
  const mentions = linkMentions(sentences, gazetteer);
  const dates = extractDates(article, source.published);
  const proposals = proposeFromArticle(source, sentences, mentions, dates, gazetteer);
  return { source, mentions, dates, proposals };
}

/** Each article with its Source as the compiled graph has it: id and publication date. */
export function articleSources(
  graph: GraphData,
  articles: Article[],
): Array<{ article: Article; source: SourceRef }> {
  const byFile = new Map(graph.nodes.filter((n) => n.label === 'Source').map((n) => [n.props.file, n.props]));
  return articles.flatMap((article) => {
    const props = byFile.get(article.file);
    if (!props) return [];
    const published = typeof props.published === 'string' ? parseFuzzyDate(props.published) : null;
    return [
      {
        article,
        source: {
          id: String(props.id),
          file: article.file,
          text: article.text,
          published: typeof published === 'string' ? null : published,
        },
      },
    ];
  });
}

/**
 * Reads every article against what the graph knows: the MENTIONS relationships of the known
 * entities it names, and the proposals of new ones, joined across articles.
 */
export function extractCorpus(
  graph: GraphData,
  articles: Article[],
): { mentions: RelationshipRow[]; proposals: Proposal[] } {
  const gazetteer = buildGazetteer(graph);
  const results = articleSources(graph, articles).map(({ article, source }) =>
    extractArticle(article, source, gazetteer),
  );
  return {
    mentions: results.flatMap((r) => mentionRows(r.source.id, r.mentions)),
    proposals: combineProposals(results.flatMap((r) => r.proposals)),
  };
}
