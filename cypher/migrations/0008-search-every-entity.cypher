// entity_search (0003) named every label of the model, so a label added later was not searched
// until the index was made again. It now covers the label Entity, which every node of a fact, a
// passage or an article carries (staged nodes get it only when published): the same nodes as
// before, and any label the model gains. This migration replaces 0003's index (see migrate.ts).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity)
ON EACH [n.searchAcronym, n.searchName, n.searchAliases, n.searchQuote]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
