// One full-text index over the words of acronyms, names, aliases, post titles and quoted passages.
// The ingest stores them folded (lowercase, no accents, no elided articles) in search* fields; the
// API folds queries the same way, so "sitail" finds "Sitaïl" and "gmmp" the group.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Country|Place|Post|Event|Instrument|Axis|Commitment|Theme|Source|Evidence)
ON EACH [n.searchAcronym, n.searchName, n.searchAliases, n.searchQuote]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
