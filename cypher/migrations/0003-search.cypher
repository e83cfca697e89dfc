// One full-text index over names, aliases, acronyms, titles and quoted passages. The
// standard-folding analyzer lowercases and strips accents, so "sitail" matches "Sitaïl".
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Organization|Country|Place|Post|Event|Instrument|Axis|Commitment|Theme|Source|Evidence)
ON EACH [n.name, n.aliases, n.acronym, n.quote]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
