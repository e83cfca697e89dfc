// Lookups by kind, status and date that the API filters and sorts on.
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest, n.dateLatest);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_status IF NOT EXISTS FOR (n:Event) ON (n.status);
CREATE INDEX commitment_date IF NOT EXISTS FOR (n:Commitment) ON (n.dateEarliest, n.dateLatest);
CREATE INDEX commitment_kind IF NOT EXISTS FOR (n:Commitment) ON (n.kind);
CREATE INDEX commitment_status IF NOT EXISTS FOR (n:Commitment) ON (n.status);
CREATE INDEX instrument_date IF NOT EXISTS FOR (n:Instrument) ON (n.dateEarliest, n.dateLatest);
CREATE INDEX instrument_kind IF NOT EXISTS FOR (n:Instrument) ON (n.kind);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.publishedEarliest);
CREATE INDEX source_file IF NOT EXISTS FOR (n:Source) ON (n.file);
CREATE INDEX evidence_source IF NOT EXISTS FOR (n:Evidence) ON (n.sourceId);
// Sorting lists by name.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
// Tenures by date, for "who held a post on a date" across posts.
CREATE INDEX held_known IF NOT EXISTS FOR ()-[r:HELD]-() ON (r.knownFrom, r.knownTo);
