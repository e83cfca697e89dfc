// Analysts search the articles' own text (Query.articleSearch), folded as names are: one index on
// the Source nodes' text, apart from entity_search, so that long texts do not outrank names there.
CREATE FULLTEXT INDEX source_text IF NOT EXISTS
FOR (n:Source)
ON EACH [n.articleText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
